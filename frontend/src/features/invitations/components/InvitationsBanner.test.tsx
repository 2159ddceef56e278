import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoMe, fakeApi, problem } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

const invitation = {
  id: 'i-1',
  workspaceId: 'w-9',
  workspaceName: 'Fabrikam Labs',
  email: 'coordinator@example.com',
  role: 'coordinator',
  state: 'pending',
  invitedAt: '2026-11-20T09:00:00Z',
};

function invitationsApi(answer: 'accept' | 'decline' | 'gone') {
  let open = [invitation];
  let me = demoMe;
  return fakeApi({
    'GET /api/v1/me': () => ({ status: 200, body: me }),
    'GET /api/v1/me/tokens': { status: 200, body: { items: [], next: null } },
    'GET /api/v1/me/invitations': () => ({ status: 200, body: { items: open, next: null } }),
    [`POST /api/v1/invitations/:id/${answer === 'gone' ? 'accept' : answer}`]: () => {
      if (answer === 'gone')
        return problem(409, 'Conflict', 'This invitation was declined already');
      open = [];
      if (answer === 'accept') {
        me = {
          ...demoMe,
          memberships: [
            ...demoMe.memberships,
            { workspaceId: 'w-9', workspaceName: 'Fabrikam Labs', role: 'coordinator' },
          ],
        };
      }
      return {
        status: 200,
        body: { ...invitation, state: answer === 'accept' ? 'accepted' : 'declined' },
      };
    },
  });
}

describe('Invitations banner', () => {
  it('lets the invited user accept, after which the workspace is theirs to switch to', async () => {
    const { calls } = invitationsApi('accept');
    const { user } = renderApp('/tokens');
    const banner = await screen.findByRole('region', { name: 'You are invited to a workspace' });
    expect(banner).toHaveTextContent('Fabrikam Labs as Coordinator');

    await user.click(
      within(banner).getByRole('button', { name: 'Accept the invitation to Fabrikam Labs' }),
    );

    await waitFor(() =>
      expect(
        screen.queryByRole('region', { name: 'You are invited to a workspace' }),
      ).not.toBeInTheDocument(),
    );
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([
      '/api/v1/invitations/i-1/accept',
    ]);
    const switcher = screen.getByRole('combobox', { name: 'Workspace' });
    expect(await within(switcher).findByRole('option', { name: 'Fabrikam Labs' })).toBeVisible();
  });

  it('lets the invited user decline', async () => {
    const { calls } = invitationsApi('decline');
    const { user } = renderApp('/tokens');
    const banner = await screen.findByRole('region', { name: 'You are invited to a workspace' });
    await user.click(
      within(banner).getByRole('button', { name: 'Decline the invitation to Fabrikam Labs' }),
    );
    await waitFor(() =>
      expect(
        screen.queryByRole('region', { name: 'You are invited to a workspace' }),
      ).not.toBeInTheDocument(),
    );
    expect(calls.find((c) => c.method === 'POST')?.path).toBe('/api/v1/invitations/i-1/decline');
  });

  it('shows the problem when the answer is refused', async () => {
    invitationsApi('gone');
    const { user } = renderApp('/tokens');
    const banner = await screen.findByRole('region', { name: 'You are invited to a workspace' });
    await user.click(
      within(banner).getByRole('button', { name: 'Accept the invitation to Fabrikam Labs' }),
    );
    expect(await within(banner).findByRole('alert')).toHaveTextContent(
      'This invitation was declined already',
    );
  });
});
