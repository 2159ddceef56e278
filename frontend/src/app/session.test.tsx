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

  it('signs out from the shell, and the next sign-in starts at home', async () => {
    fakeApi({
      'POST /api/v1/auth/login': {
        status: 200,
        body: { accessToken: 'jwt-2', tokenType: 'Bearer', expiresIn: 3600 },
      },
      'GET /api/v1/me': { status: 200, body: demoMe },
      'GET /api/v1/me/tokens': { status: 200, body: { items: [] } },
      'GET /api/v1/workspaces': { status: 200, body: { items: [] } },
      'GET /api/v1/workspaces/:id/projects': { status: 200, body: { items: [] } },
      'GET /api/v1/workspaces/:id': { status: 200, body: { id: 'w-1', name: 'Northwind Agency' } },
      'GET /api/v1/workspaces/:id/members': { status: 200, body: { items: [] } },
    });
    localStorage.setItem('throughline.workspaceId', 'w-2');
    const { user } = renderApp('/tokens');
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(
      await screen.findByRole('heading', { name: 'Sign in to Throughline' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Your session has ended/)).not.toBeInTheDocument();
    expect(getAccessToken()).toBeNull();
    expect(localStorage.getItem('throughline.workspaceId')).toBeNull();

    await user.type(screen.getByLabelText('Email'), 'coordinator@example.com');
    await user.type(screen.getByLabelText('Password'), 'throughline-demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Portfolio' })).toBeInTheDocument();
  });

  it('shows an error with a retry when the account cannot be loaded', async () => {
    fakeApi({
      'GET /api/v1/me': problem(500, 'Internal Server Error', 'Something broke on our side.'),
    });
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('Something broke on our side.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('moves focus to the new screen after navigating from the menu', async () => {
    fakeApi({
      'GET /api/v1/me': { status: 200, body: demoMe },
      'GET /api/v1/me/tokens': { status: 200, body: { items: [] } },
      'GET /api/v1/workspaces': { status: 200, body: { items: [] } },
      'GET /api/v1/workspaces/:id': { status: 200, body: { id: 'w-1', name: 'Northwind Agency' } },
      'GET /api/v1/workspaces/:id/members': { status: 200, body: { items: [] } },
    });
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: 'API tokens' }));
    expect(await screen.findByRole('heading', { name: 'Personal API tokens' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveFocus();
    expect(document.title).toBe('API tokens · Throughline');
  });

  it('remembers the chosen workspace for the next visit', async () => {
    fakeApi({
      'GET /api/v1/me': { status: 200, body: demoMe },
      'GET /api/v1/workspaces': { status: 200, body: { items: [] } },
      'GET /api/v1/workspaces/:id/members': { status: 200, body: { items: [] } },
    });
    const first = renderApp('/');
    await first.user.selectOptions(
      await screen.findByRole('combobox', { name: 'Workspace' }),
      'Contoso Studio',
    );
    first.unmount();

    renderApp('/');
    expect(await screen.findByRole('combobox', { name: 'Workspace' })).toHaveDisplayValue(
      'Contoso Studio',
    );
  });

  it('sends the user to sign in when a change is refused with 401', async () => {
    fakeApi({
      'GET /api/v1/me': { status: 200, body: demoMe },
      'GET /api/v1/me/tokens': { status: 200, body: { items: [] } },
      'POST /api/v1/me/tokens': problem(401, 'Unauthorized', 'The access token was revoked.'),
    });
    const { user } = renderApp('/tokens');
    await user.type(await screen.findByLabelText('Token name'), 'CI');
    await user.click(screen.getByRole('button', { name: 'Create token' }));
    expect(
      await screen.findByRole('heading', { name: 'Sign in to Throughline' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Your session has ended.');
  });
});
