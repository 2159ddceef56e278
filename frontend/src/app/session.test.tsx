import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getAccessToken } from '@/lib/auth/token-storage';
import { demoMe, fakeApi, problem } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

describe('Session', () => {
  it('sends a visitor without a session to sign in', async () => {
    fakeApi({});
    renderApp('/tokens', { signedIn: false });
    expect(
      await screen.findByRole('heading', { name: 'Sign in to Throughline' }),
    ).toBeInTheDocument();
  });

  it('sends the user to sign in when the service answers 401', async () => {
    fakeApi({
      'GET /api/v1/me': problem(401, 'Unauthorized', 'The access token has expired.'),
    });
    renderApp('/');
    expect(
      await screen.findByRole('heading', { name: 'Sign in to Throughline' }),
    ).toBeInTheDocument();
    expect(getAccessToken()).toBeNull();
  });

  it('signs out from the shell', async () => {
    fakeApi({
      'GET /api/v1/me': { status: 200, body: demoMe },
      'GET /api/v1/workspaces': { status: 200, body: { items: [], next: null } },
      'GET /api/v1/workspaces/:id/members': { status: 200, body: { items: [], next: null } },
    });
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(
      await screen.findByRole('heading', { name: 'Sign in to Throughline' }),
    ).toBeInTheDocument();
    expect(getAccessToken()).toBeNull();
  });

  it('shows an error with a retry when the account cannot be loaded', async () => {
    fakeApi({
      'GET /api/v1/me': problem(500, 'Internal Server Error', 'Something broke on our side.'),
    });
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('Something broke on our side.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
