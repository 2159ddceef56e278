import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoMe, fakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

const existing = {
  id: 'f-1',
  kind: 'personal',
  projectId: null,
  createdAt: '2026-11-01T09:00:00Z',
  lastUsedAt: null,
  hint: 'Ab3x…',
};

function feedsApi(initial = [existing]) {
  let items = [...initial];
  return fakeApi({
    'GET /api/v1/me': { status: 200, body: demoMe },
    'GET /api/v1/me/notification-preferences': { status: 200, body: { types: {}, digest: 'none' } },
    'GET /api/v1/me/calendar-feeds': () => ({ status: 200, body: { items } }),
    'POST /api/v1/me/calendar-feeds': () => {
      items = [{ ...existing, id: 'f-2', hint: 'Zz9q…' }, ...items];
      return {
        status: 201,
        body: {
          id: 'f-2',
          url: '/api/v1/calendar-feeds/Zz9qSECRETSECRETSECRETSECRETSECRETSECRETSEC.ics',
        },
      };
    },
    'DELETE /api/v1/calendar-feeds/:id': (req) => {
      const id = new URL(req.url).pathname.split('/').pop();
      items = items.filter((f) => f.id !== id);
      return { status: 204 };
    },
  });
}

describe('Subscribe in your calendar', () => {
  it('lists live feeds by their hint, never their address', async () => {
    feedsApi();
    renderApp('/notifications/preferences');
    const list = await screen.findByRole('list', { name: 'Your calendar feeds' });
    expect(within(list).getByText('Ab3x…')).toBeInTheDocument();
    expect(within(list).getByText('not fetched yet')).toBeInTheDocument();
  });

  it('shows a created feed once, as an https address to copy and a webcal link', async () => {
    const { calls } = feedsApi([]);
    const { user } = renderApp('/notifications/preferences');
    await user.click(await screen.findByRole('button', { name: 'Create calendar feed' }));

    const notice = await screen.findByRole('region', { name: 'New calendar feed' });
    const https = `${location.origin}/api/v1/calendar-feeds/Zz9qSECRETSECRETSECRETSECRETSECRETSECRETSEC.ics`;
    expect(within(notice).getByLabelText('Calendar feed address')).toHaveTextContent(https);
    expect(
      within(notice).getByRole('link', { name: 'Open in your calendar application' }),
    ).toHaveAttribute('href', https.replace(/^https?:/, 'webcal:'));
    await user.click(within(notice).getByRole('button', { name: 'Copy address' }));
    expect(await navigator.clipboard.readText()).toBe(https);
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/v1/me/calendar-feeds')).toBe(
      true,
    );

    await user.click(within(notice).getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByText(https)).not.toBeInTheDocument();
    expect(await screen.findByText('Zz9q…')).toBeInTheDocument();
  });

  it('revokes a feed after confirmation', async () => {
    const { calls } = feedsApi();
    const { user } = renderApp('/notifications/preferences');
    await user.click(await screen.findByRole('button', { name: 'Revoke feed Ab3x…' }));
    await user.click(screen.getByRole('button', { name: 'Confirm revoking feed Ab3x…' }));
    await waitFor(() => expect(screen.queryByText('Ab3x…')).not.toBeInTheDocument());
    expect(
      calls.some((c) => c.method === 'DELETE' && c.path === '/api/v1/calendar-feeds/f-1'),
    ).toBe(true);
  });
});
