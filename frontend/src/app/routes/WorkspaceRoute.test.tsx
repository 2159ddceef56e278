import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoMe, fakeApi, problem } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

const workspaces = {
  items: [
    { id: 'w-1', name: 'Northwind Agency', role: 'owner', createdAt: '2026-01-05T09:00:00Z' },
    { id: 'w-2', name: 'Contoso Studio', role: 'viewer', createdAt: '2026-03-05T09:00:00Z' },
  ],
  next: null,
};
const owner = {
  userId: 'u-1',
  name: 'Casey Coordinator',
  email: 'coordinator@example.com',
  role: 'owner',
  joinedAt: '2026-01-05T09:00:00Z',
};

function homeApi() {
  let version = 3;
  let name = 'Northwind Agency';
  const pat = {
    ...owner,
    userId: 'u-2',
    name: 'Pat Planner',
    email: 'pat@example.com',
    role: 'member',
  };
  const members: Record<string, Array<typeof owner>> = { 'w-1': [owner, pat], 'w-2': [owner] };
  type Invitation = { id: string; email: string; role: string; state: string; invitedAt: string };
  let invitations: Invitation[] = [];
  return fakeApi({
    'GET /api/v1/me': { status: 200, body: demoMe },
    'GET /api/v1/workspaces': { status: 200, body: workspaces },
    'GET /api/v1/workspaces/:id': () => ({
      status: 200,
      body: { id: 'w-1', name, role: 'owner', createdAt: '2026-01-05T09:00:00Z' },
      headers: { ETag: `"${version}"` },
    }),
    'PATCH /api/v1/workspaces/:id': (req, body) => {
      if (req.headers.get('If-Match') !== `"${version}"`) {
        return problem(412, 'Precondition Failed', 'The object has changed since you read it.');
      }
      version += 1;
      name = (body as { name: string }).name;
      return {
        status: 200,
        body: { id: 'w-1', name, role: 'owner', createdAt: '2026-01-05T09:00:00Z' },
        headers: { ETag: `"${version}"` },
      };
    },
    'GET /api/v1/workspaces/:id/members': (req) => {
      const id = new URL(req.url).pathname.split('/')[4] ?? '';
      return { status: 200, body: { items: members[id] ?? [], next: null } };
    },
    'PATCH /api/v1/workspaces/:id/members/:userId': (req, body) => {
      const [, , , , id = '', , userId] = new URL(req.url).pathname.split('/');
      const { role } = body as { role: string };
      if (userId === 'u-1' && role !== 'owner') {
        return problem(409, 'Conflict', 'A workspace needs at least one owner.');
      }
      members[id] = (members[id] ?? []).map((m) => (m.userId === userId ? { ...m, role } : m));
      return { status: 200, body: members[id]?.find((m) => m.userId === userId) };
    },
    'DELETE /api/v1/workspaces/:id/members/:userId': (req) => {
      const [, , , , id = '', , userId] = new URL(req.url).pathname.split('/');
      members[id] = (members[id] ?? []).filter((m) => m.userId !== userId);
      return { status: 204 };
    },
    'POST /api/v1/workspaces/:id/people': (_req, body) => {
      const { email } = body as { email: string };
      return email === 'known@example.com'
        ? problem(409, 'E-mail already used', 'The e-mail is already the person "Kim"')
        : { status: 201, body: { id: 'pe-9', ...(body as object) } };
    },
    'POST /api/v1/workspaces/:id/members': (_req, body) => {
      const input = body as { email: string; role: string; name?: string };
      if (input.email === 'taken@example.com') {
        return problem(409, 'Conflict', 'taken@example.com is already a member of this workspace.');
      }
      const invitation = {
        id: `i-${invitations.length + 1}`,
        workspaceId: 'w-1',
        workspaceName: name,
        email: input.email,
        role: input.role,
        state: 'pending',
        invitedAt: '2026-11-02T10:00:00Z',
      };
      invitations = [...invitations, invitation];
      return { status: 202, body: { ...invitation, initialPassword: 'first-pass-123' } };
    },
    'GET /api/v1/workspaces/:id/invitations': () => ({
      status: 200,
      body: { items: invitations, next: null },
    }),
    'DELETE /api/v1/invitations/:id': (req) => {
      const id = new URL(req.url).pathname.split('/')[4];
      invitations = invitations.filter((i) => i.id !== id);
      return { status: 204 };
    },
  });
}

describe('Home', () => {
  it('lists the workspaces and marks the current one', async () => {
    homeApi();
    renderApp('/workspace');
    const list = await screen.findByRole('list', { name: 'Your workspaces' });
    expect(within(list).getByText('Northwind Agency')).toBeInTheDocument();
    expect(
      within(list).getByLabelText('Northwind Agency is the current workspace'),
    ).toBeInTheDocument();
    expect(
      within(list).getByRole('button', { name: 'Switch to Contoso Studio' }),
    ).toBeInTheDocument();
  });

  it('lets an owner invite a member, shows the first password once and the open invitation', async () => {
    const { calls } = homeApi();
    const { user } = renderApp('/workspace');
    const form = await screen.findByRole('form', { name: 'Invite a member' });
    expect(await screen.findByText('No open invitations.')).toBeInTheDocument();

    await user.type(within(form).getByLabelText('Email'), 'ada@example.com');
    await user.type(within(form).getByLabelText('Name (if they have no account)'), 'Ada Lovelace');
    await user.selectOptions(within(form).getByLabelText('Role'), 'coordinator');
    await user.click(within(form).getByRole('button', { name: 'Invite' }));

    expect(
      await within(form).findByText(/ada@example.com was invited as Coordinator/),
    ).toBeInTheDocument();
    expect(within(form).getByText('first-pass-123')).toBeInTheDocument();
    expect(
      await within(form).findByText(
        'Ada Lovelace was added to People, so work can be assigned to them.',
      ),
    ).toBeInTheDocument();
    const pending = await screen.findByRole('table', { name: 'Invited, not yet accepted' });
    expect(within(pending).getByRole('row', { name: /ada@example.com/ })).toHaveTextContent(
      'Coordinator · invited',
    );
    // not a member until they accept
    expect(
      within(screen.getByRole('table', { name: 'Workspace members' })).queryByText(
        'ada@example.com',
      ),
    ).not.toBeInTheDocument();

    await user.click(
      within(pending).getByRole('button', {
        name: 'Withdraw the invitation of ada@example.com',
      }),
    );
    expect(await screen.findByText('No open invitations.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      path: '/api/v1/workspaces/w-1/members',
      body: { email: 'ada@example.com', role: 'coordinator', name: 'Ada Lovelace' },
    });
    expect(calls.find((c) => c.path.endsWith('/people') && c.method === 'POST')?.body).toEqual({
      name: 'Ada Lovelace',
      email: 'ada@example.com',
    });
  });

  it('keeps the person who already has the invited address instead of adding a second one', async () => {
    homeApi();
    const { user } = renderApp('/workspace');
    const form = await screen.findByRole('form', { name: 'Invite a member' });
    await user.type(within(form).getByLabelText('Email'), 'known@example.com');
    await user.click(within(form).getByRole('button', { name: 'Invite' }));
    expect(
      await within(form).findByText(
        'Someone in People already has this address; that person record is theirs.',
      ),
    ).toBeInTheDocument();
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the problem detail when the member cannot be added', async () => {
    homeApi();
    const { user } = renderApp('/workspace');
    const form = await screen.findByRole('form', { name: 'Invite a member' });
    await user.type(within(form).getByLabelText('Email'), 'taken@example.com');
    await user.click(within(form).getByRole('button', { name: 'Invite' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'taken@example.com is already a member of this workspace.',
    );
  });

  it('switches workspace from the header and hides member management from a viewer', async () => {
    homeApi();
    const { user } = renderApp('/workspace');
    await screen.findByRole('form', { name: 'Invite a member' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Workspace' }), 'Contoso Studio');

    expect(
      await screen.findByRole('heading', { name: 'Members of Contoso Studio' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Invite a member' })).not.toBeInTheDocument();
    expect(screen.getByText('Only owners and admins can invite members.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Change role of/ })).not.toBeInTheDocument();
  });

  it('pages through a long member list with the next cursor', async () => {
    const second = {
      ...owner,
      userId: 'u-2',
      name: 'Pat Planner',
      email: 'pat@example.com',
      role: 'member',
    };
    const { calls } = fakeApi({
      'GET /api/v1/me': { status: 200, body: demoMe },
      'GET /api/v1/workspaces': { status: 200, body: workspaces },
      'GET /api/v1/workspaces/:id/members': (req) =>
        new URL(req.url).searchParams.get('cursor') === 'page-2'
          ? { status: 200, body: { items: [second], next: null } }
          : { status: 200, body: { items: [owner], next: 'page-2' } },
    });
    const { user } = renderApp('/workspace');
    await screen.findByRole('row', { name: /Casey Coordinator/ });
    expect(screen.queryByRole('row', { name: /Pat Planner/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show more' }));

    expect(await screen.findByRole('row', { name: /Pat Planner/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.path.endsWith('/members'))).toHaveLength(2);
  });

  it('renames the workspace with the ETag it read', async () => {
    const { calls } = homeApi();
    const { user } = renderApp('/workspace');
    const form = await screen.findByRole('form', { name: 'Rename workspace' });
    const field = await within(form).findByDisplayValue('Northwind Agency');

    await user.clear(field);
    await user.type(field, 'Northwind Agency GmbH');
    await user.click(within(form).getByRole('button', { name: 'Rename' }));

    expect(await within(form).findByText('Workspace renamed.')).toBeInTheDocument();
    const patch = calls.find((c) => c.method === 'PATCH');
    expect(patch?.body).toEqual({ name: 'Northwind Agency GmbH' });
    expect(calls.filter((c) => c.path === '/api/v1/me').length).toBeGreaterThan(1);
  });

  it('shows the 412 detail when someone else renamed the workspace first', async () => {
    fakeApi({
      'GET /api/v1/me': { status: 200, body: demoMe },
      'GET /api/v1/workspaces': { status: 200, body: workspaces },
      'GET /api/v1/workspaces/:id/members': { status: 200, body: { items: [owner], next: null } },
      'GET /api/v1/workspaces/:id': {
        status: 200,
        body: workspaces.items[0],
        headers: { ETag: '"1"' },
      },
      'PATCH /api/v1/workspaces/:id': problem(
        412,
        'Precondition Failed',
        'The object has changed since you read it; fetch it again and retry.',
      ),
    });
    const { user } = renderApp('/workspace');
    const form = await screen.findByRole('form', { name: 'Rename workspace' });
    const field = await within(form).findByDisplayValue('Northwind Agency');
    await user.type(field, ' Ltd');
    await user.click(within(form).getByRole('button', { name: 'Rename' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'The object has changed since you read it; fetch it again and retry.',
    );
  });

  it('creates a workspace and makes it the current one', async () => {
    const created = {
      id: 'w-3',
      name: 'Fabrikam',
      role: 'owner',
      createdAt: '2026-11-02T10:00:00Z',
    };
    let me = demoMe;
    let list = workspaces;
    const { calls } = fakeApi({
      'GET /api/v1/me': () => ({ status: 200, body: me }),
      'GET /api/v1/workspaces': () => ({ status: 200, body: list }),
      'GET /api/v1/workspaces/:id': { status: 200, body: created, headers: { ETag: '"0"' } },
      'GET /api/v1/workspaces/:id/members': { status: 200, body: { items: [owner] } },
      'POST /api/v1/workspaces': () => {
        me = {
          ...demoMe,
          memberships: [
            ...demoMe.memberships,
            { workspaceId: 'w-3', workspaceName: 'Fabrikam', role: 'owner' },
          ],
        };
        list = { ...workspaces, items: [...workspaces.items, created] };
        return { status: 201, body: created };
      },
    });
    const { user } = renderApp('/workspace');
    await screen.findByRole('list', { name: 'Your workspaces' });

    await user.type(screen.getByLabelText('New workspace name'), 'Fabrikam');
    await user.click(screen.getByRole('button', { name: 'Create workspace' }));

    expect(await screen.findByRole('heading', { name: 'Members of Fabrikam' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Workspace' })).toHaveDisplayValue('Fabrikam');
    expect(await screen.findByLabelText('Fabrikam is the current workspace')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ name: 'Fabrikam' });
  });

  it("changes a member's role", async () => {
    const { calls } = homeApi();
    const { user } = renderApp('/workspace');
    await user.click(await screen.findByRole('button', { name: 'Change role of Pat Planner' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Role of Pat Planner' }),
      'admin',
    );
    await user.click(screen.getByRole('button', { name: 'Save role of Pat Planner' }));

    const row = await screen.findByRole('row', { name: /Pat Planner.*Admin/ });
    expect(within(row).queryByRole('combobox')).not.toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PATCH')).toMatchObject({
      path: '/api/v1/workspaces/w-1/members/u-2',
      body: { role: 'admin' },
    });
  });

  it('shows why a role change was refused', async () => {
    homeApi();
    const { user } = renderApp('/workspace');
    await user.click(
      await screen.findByRole('button', { name: 'Change role of Casey Coordinator' }),
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Role of Casey Coordinator' }),
      'viewer',
    );
    await user.click(screen.getByRole('button', { name: 'Save role of Casey Coordinator' }));
    const row = screen.getByRole('row', { name: /Casey Coordinator/ });
    expect(await within(row).findByRole('alert')).toHaveTextContent(
      'A workspace needs at least one owner.',
    );
  });

  it('removes a member after confirmation', async () => {
    const { calls } = homeApi();
    const { user } = renderApp('/workspace');
    await user.click(await screen.findByRole('button', { name: 'Remove Pat Planner' }));
    await user.click(screen.getByRole('button', { name: 'Confirm removing Pat Planner' }));
    await waitFor(() =>
      expect(screen.queryByRole('row', { name: /Pat Planner/ })).not.toBeInTheDocument(),
    );
    expect(
      calls.some((c) => c.method === 'DELETE' && c.path === '/api/v1/workspaces/w-1/members/u-2'),
    ).toBe(true);
  });
});
