import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoMe, fakeApi, problem } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

type TokenRow = {
  id: string;
  name: string;
  tokenPrefix: string;
  createdAt: string;
  expiresAt?: string;
  lastUsedAt?: string;
};

const existing: TokenRow = {
  id: 't-1',
  name: 'Nightly export',
  tokenPrefix: 'tl_abc1',
  createdAt: '2026-10-01T09:00:00Z',
};

function tokenApi(initial: TokenRow[]) {
  let items = [...initial];
  return fakeApi({
    'GET /api/v1/me': { status: 200, body: demoMe },
    'GET /api/v1/me/tokens': () => ({ status: 200, body: { items, next: null } }),
    'POST /api/v1/me/tokens': (_req, body) => {
      const { name } = body as { name: string };
      if (!name)
        return problem(422, 'Invalid request', 'name: must not be blank', [
          { field: 'name', message: 'must not be blank' },
        ]);
      items = [...items, { ...existing, id: 't-2', name, tokenPrefix: 'tl_new9' }];
      return {
        status: 201,
        body: {
          id: 't-2',
          name,
          token: 'tl_new9_secret_value',
          createdAt: '2026-11-02T10:00:00Z',
          expiresAt: null,
        },
      };
    },
    'DELETE /api/v1/me/tokens/:id': (req) => {
      const id = new URL(req.url).pathname.split('/').pop();
      items = items.filter((t) => t.id !== id);
      return { status: 204 };
    },
  });
}

describe('Personal API tokens', () => {
  it('lists the tokens without their secrets', async () => {
    tokenApi([existing]);
    renderApp('/tokens');

    const row = await screen.findByRole('row', { name: /Nightly export/ });
    expect(within(row).getByText('tl_abc1…')).toBeInTheDocument();
    expect(within(row).getByText('Never')).toBeInTheDocument();
  });

  it('marks a token whose expiry has passed', async () => {
    tokenApi([{ ...existing, expiresAt: '2020-01-01T00:00:00Z' }]);
    renderApp('/tokens');
    const row = await screen.findByRole('row', { name: /Nightly export/ });
    expect(within(row).getByText(/^Expired /)).toBeInTheDocument();
  });

  it('shows an empty state when there are no tokens', async () => {
    tokenApi([]);
    renderApp('/tokens');
    expect(await screen.findByText('No tokens yet')).toBeInTheDocument();
  });

  it('shows a created token once, with a copy button, and lists it', async () => {
    const { calls } = tokenApi([]);
    const { user } = renderApp('/tokens');
    await screen.findByText('No tokens yet');

    await user.type(screen.getByLabelText('Token name'), 'CI pipeline');
    await user.click(screen.getByRole('button', { name: 'Create token' }));

    const notice = await screen.findByRole('region', { name: 'Token “CI pipeline” created' });
    expect(within(notice).getByLabelText('New token value')).toHaveTextContent(
      'tl_new9_secret_value',
    );
    await user.click(within(notice).getByRole('button', { name: 'Copy token' }));
    expect(await navigator.clipboard.readText()).toBe('tl_new9_secret_value');
    expect(within(notice).getByRole('status')).toHaveTextContent('Copied to clipboard');

    expect(await screen.findByRole('row', { name: /CI pipeline/ })).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ name: 'CI pipeline' });

    await user.click(within(notice).getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByText('tl_new9_secret_value')).not.toBeInTheDocument();
  });

  it('puts the field error next to the token name', async () => {
    tokenApi([]);
    const { user } = renderApp('/tokens');
    await screen.findByText('No tokens yet');

    await user.click(screen.getByRole('button', { name: 'Create token' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('name: must not be blank');
    expect(screen.getByLabelText('Token name')).toHaveAccessibleDescription('must not be blank');
    expect(screen.queryByRole('region', { name: /created/ })).not.toBeInTheDocument();
  });

  it('revokes a token after confirmation and drops it from the list', async () => {
    const { calls } = tokenApi([existing]);
    const { user } = renderApp('/tokens');

    await user.click(await screen.findByRole('button', { name: 'Revoke Nightly export' }));
    await user.click(screen.getByRole('button', { name: 'Confirm revoking Nightly export' }));

    await waitFor(() =>
      expect(screen.queryByRole('row', { name: /Nightly export/ })).not.toBeInTheDocument(),
    );
    expect(screen.getByText('No tokens yet')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'DELETE' && c.path === '/api/v1/me/tokens/t-1')).toBe(
      true,
    );
  });

  it('shows the problem when the list cannot be loaded', async () => {
    fakeApi({
      'GET /api/v1/me': { status: 200, body: demoMe },
      'GET /api/v1/me/tokens': problem(
        503,
        'Service Unavailable',
        'The database is not reachable.',
      ),
    });
    renderApp('/tokens');
    expect(await screen.findByRole('alert')).toHaveTextContent('The database is not reachable.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
