import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getAccessToken } from '@/lib/auth/token-storage';
import { fakeApi, problem } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

const me = {
  user: { id: 'u-9', name: 'Robin Rivera', email: 'robin@example.com' },
  memberships: [{ workspaceId: 'w-9', workspaceName: 'Rivera Studio', role: 'owner' }],
};

async function fillIn(user: ReturnType<typeof renderApp>['user']) {
  await user.type(screen.getByLabelText('Your name'), 'Robin Rivera');
  await user.type(screen.getByLabelText('Email'), 'robin@example.com');
  await user.type(screen.getByLabelText('Password'), 'correct-horse-battery');
  await user.type(screen.getByLabelText('Workspace name'), 'Rivera Studio');
}

describe('Register', () => {
  it('creates the account and lands in the new workspace', async () => {
    const { calls } = fakeApi({
      'POST /api/v1/auth/register': {
        status: 201,
        body: {
          user: me.user,
          workspace: {
            id: 'w-9',
            name: 'Rivera Studio',
            role: 'owner',
            createdAt: '2026-11-02T10:00:00Z',
          },
          accessToken: 'jwt-new',
          tokenType: 'Bearer',
          expiresIn: 3600,
        },
      },
      'GET /api/v1/workspaces/:id/portfolio': {
        status: 200,
        body: { workspaceId: 'w-9', overallocatedPeople: 0, projects: [] },
      },
      'GET /api/v1/me': { status: 200, body: me },
      'GET /api/v1/workspaces': {
        status: 200,
        body: {
          items: [
            { id: 'w-9', name: 'Rivera Studio', role: 'owner', createdAt: '2026-11-02T10:00:00Z' },
          ],
          next: null,
        },
      },
      'GET /api/v1/workspaces/:id/members': {
        status: 200,
        body: {
          items: [
            {
              userId: 'u-9',
              name: 'Robin Rivera',
              email: 'robin@example.com',
              role: 'owner',
              joinedAt: '2026-11-02T10:00:00Z',
            },
          ],
          next: null,
        },
      },
    });
    const { user } = renderApp('/register', { signedIn: false });

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('heading', { name: 'Portfolio' })).toBeInTheDocument();
    expect(await screen.findByText(/Every project of Rivera Studio/)).toBeInTheDocument();
    expect(await screen.findByText('No projects yet')).toBeInTheDocument();
    expect(getAccessToken()).toBe('jwt-new');
    expect(calls[0]?.body).toEqual({
      name: 'Robin Rivera',
      email: 'robin@example.com',
      password: 'correct-horse-battery',
      workspaceName: 'Rivera Studio',
    });
  });

  it('shows the conflict detail and per-field messages', async () => {
    fakeApi({
      'POST /api/v1/auth/register': problem(422, 'Invalid request', 'Some fields are not valid.', [
        { field: 'email', message: 'is already registered' },
        { field: 'password', message: 'size must be between 10 and 200' },
      ]),
    });
    const { user } = renderApp('/register', { signedIn: false });

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Some fields are not valid.');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('is already registered');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      'At least 10 characters. size must be between 10 and 200',
    );
    expect(getAccessToken()).toBeNull();
  });
});
