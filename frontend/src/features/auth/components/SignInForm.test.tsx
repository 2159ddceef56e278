import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getAccessToken } from '@/lib/auth/token-storage';
import { demoMe, fakeApi, problem } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

describe('Sign in', () => {
  it('shows the problem detail when the credentials are wrong', async () => {
    fakeApi({
      'POST /api/v1/auth/login': problem(401, 'Unauthorized', 'Email or password is not correct.'),
    });
    const { user } = renderApp('/sign-in', { signedIn: false });

    await user.type(screen.getByLabelText('Email'), 'coordinator@example.com');
    await user.type(screen.getByLabelText('Password'), 'wrong-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is not correct.');
    expect(screen.getByRole('heading', { name: 'Sign in to Throughline' })).toBeInTheDocument();
    expect(getAccessToken()).toBeNull();
  });

  it('says when to try again after too many attempts', async () => {
    fakeApi({
      'POST /api/v1/auth/login': {
        ...problem(429, 'Too Many Requests', 'Too many sign-in attempts.'),
        headers: { 'Retry-After': '30' },
      },
    });
    const { user } = renderApp('/sign-in', { signedIn: false });

    await user.type(screen.getByLabelText('Email'), 'coordinator@example.com');
    await user.type(screen.getByLabelText('Password'), 'x');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many sign-in attempts. Try again in 30 seconds.',
    );
  });

  it('puts field errors next to their fields', async () => {
    fakeApi({
      'POST /api/v1/auth/login': problem(422, 'Invalid request', 'email: must not be blank', [
        { field: 'email', message: 'must not be blank' },
      ]),
    });
    const { user } = renderApp('/sign-in', { signedIn: false });

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const email = screen.getByLabelText('Email');
    expect(await screen.findByText('must not be blank')).toBeInTheDocument();
    expect(email).toHaveAccessibleDescription('must not be blank');
    expect(email).toBeInvalid();
  });

  it('signs in, keeps the token and opens the app', async () => {
    const { calls } = fakeApi({
      'POST /api/v1/auth/login': {
        status: 200,
        body: { accessToken: 'jwt-123', tokenType: 'Bearer', expiresIn: 3600 },
      },
      'GET /api/v1/me': { status: 200, body: demoMe },
      'GET /api/v1/workspaces': { status: 200, body: { items: [], next: null } },
      'GET /api/v1/workspaces/:id/projects': { status: 200, body: { items: [], next: null } },
      'GET /api/v1/workspaces/:id/members': { status: 200, body: { items: [], next: null } },
    });
    const { user } = renderApp('/sign-in', { signedIn: false });

    await user.type(screen.getByLabelText('Email'), 'coordinator@example.com');
    await user.type(screen.getByLabelText('Password'), 'throughline-demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Portfolio' })).toBeInTheDocument();
    expect(getAccessToken()).toBe('jwt-123');
    expect(calls[0]?.body).toEqual({
      email: 'coordinator@example.com',
      password: 'throughline-demo',
    });
    expect(calls.find((c) => c.path === '/api/v1/me')?.authorization).toBe('Bearer jwt-123');
  });
});
