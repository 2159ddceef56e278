import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoMe, fakeApi, problem } from '@/testing/fake-api';
import { task } from '@/testing/planning-fixtures';
import { renderApp } from '@/testing/render';

describe('My work', () => {
  it('lists my tasks with deadline and status, linking to their plan', async () => {
    fakeApi({
      'GET /api/v1/me': { status: 200, body: demoMe },
      'GET /api/v1/me/tasks': {
        status: 200,
        body: {
          items: [
            task('t-9', 'WEB-9', 'Review copy', { deadline: '2026-12-03', status: 'review' }),
          ],
        },
      },
    });
    renderApp('/my-work');
    const row = await screen.findByRole('row', { name: /WEB-9 Review copy/ });
    expect(within(row).getByText('3 Dec 2026')).toBeInTheDocument();
    expect(within(row).getByText('Review')).toBeInTheDocument();
    expect(within(row).getByRole('link')).toHaveAttribute('href', '/projects/p-1/plan');
  });

  it('says so when nothing is assigned', async () => {
    fakeApi({
      'GET /api/v1/me': { status: 200, body: demoMe },
      'GET /api/v1/me/tasks': { status: 200, body: { items: [] } },
    });
    renderApp('/my-work');
    expect(await screen.findByText('Nothing on your plate')).toBeInTheDocument();
  });

  /** One task of mine in workspace w-1 (where I am owner) and one in w-2 (where I only view). */
  function myWorkApi(patch?: Parameters<typeof fakeApi>[0][string]) {
    let review: Record<string, unknown> & { version: number } = {
      ...task('t-9', 'WEB-9', 'Review copy', { status: 'review' }),
      version: 3,
    };
    const elsewhere = task('t-5', 'CON-5', 'Read the brief', { workspaceId: 'w-2', version: 1 });
    return fakeApi({
      'GET /api/v1/me': { status: 200, body: demoMe },
      'GET /api/v1/me/tasks': () => ({ status: 200, body: { items: [review, elsewhere] } }),
      'PATCH /api/v1/tasks/:id':
        patch ??
        ((_req, body) => {
          review = { ...review, ...(body as object), version: review.version + 1 };
          return { status: 200, body: review };
        }),
    });
  }

  it('reports status and % complete with If-Match from the version I was shown', async () => {
    const { calls } = myWorkApi();
    const { user } = renderApp('/my-work');
    const row = await screen.findByRole('row', { name: /WEB-9 Review copy/ });
    await user.selectOptions(
      within(row).getByRole('combobox', { name: 'Status of WEB-9' }),
      'Done',
    );
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'PATCH')).toMatchObject({
      path: '/api/v1/tasks/t-9',
      body: { status: 'done' },
      ifMatch: '"3"',
    });
    await waitFor(() =>
      expect(within(row).getByRole('combobox', { name: 'Status of WEB-9' })).toHaveValue('done'),
    );

    const percent = within(row).getByRole('spinbutton', { name: '% complete of WEB-9' });
    await user.clear(percent);
    await user.type(percent, '50{Enter}');
    await user.tab(); // leaving the field does not send it again
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(2);
    expect(calls.filter((c) => c.method === 'PATCH')[1]).toMatchObject({
      body: { percentComplete: 50 },
      ifMatch: '"4"',
    });
  });

  it('says someone else changed the task when the report is stale (412)', async () => {
    myWorkApi(problem(412, 'Precondition Failed', 'The object has changed since you read it'));
    const { user } = renderApp('/my-work');
    const row = await screen.findByRole('row', { name: /WEB-9 Review copy/ });
    await user.selectOptions(
      within(row).getByRole('combobox', { name: 'Status of WEB-9' }),
      'Done',
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Someone else changed WEB-9 since you loaded it',
    );
  });

  it('shows progress without controls where I only view', async () => {
    myWorkApi();
    renderApp('/my-work');
    const row = await screen.findByRole('row', { name: /CON-5 Read the brief/ });
    expect(within(row).queryByRole('combobox')).not.toBeInTheDocument();
    expect(within(row).getByText('To do')).toBeInTheDocument();
  });

  it("sends a status picked while a % complete is still saving after it, as this tab's own change", async () => {
    let server = {
      ...task('t-9', 'WEB-9', 'Review copy', { status: 'review' }),
      version: 3,
    } as Record<string, unknown> & { version: number };
    const { calls } = fakeApi({
      'GET /api/v1/me': { status: 200, body: demoMe },
      'GET /api/v1/me/tasks': () => ({ status: 200, body: { items: [server] } }),
      'PATCH /api/v1/tasks/:id': async (request, body) => {
        await new Promise((resolve) => setTimeout(resolve, 30));
        if (request.headers.get('If-Match') !== `"${server.version}"`)
          return problem(412, 'Precondition Failed', 'The object has changed since you read it');
        server = { ...server, ...(body as object), version: server.version + 1 };
        return { status: 200, body: server };
      },
    });
    const { user } = renderApp('/my-work');
    const row = await screen.findByRole('row', { name: /WEB-9 Review copy/ });
    const percent = within(row).getByRole('spinbutton', { name: '% complete of WEB-9' });
    await user.clear(percent);
    await user.type(percent, '50');
    // picking the status leaves the % field, which saves it; both start from version 3
    await user.selectOptions(
      within(row).getByRole('combobox', { name: 'Status of WEB-9' }),
      'Done',
    );

    await waitFor(() => expect(server).toMatchObject({ percentComplete: 50, status: 'done' }));
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => c.ifMatch)).toEqual(['"3"', '"4"']);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('sends the same % complete again after a failed save', async () => {
    let failures = 1;
    const { calls } = myWorkApi((_req, body) =>
      failures-- > 0
        ? problem(503, 'Service Unavailable', 'The database is not answering')
        : { status: 200, body: { ...task('t-9', 'WEB-9', 'Review copy'), ...(body as object) } },
    );
    const { user } = renderApp('/my-work');
    const row = await screen.findByRole('row', { name: /WEB-9 Review copy/ });
    const percent = within(row).getByRole('spinbutton', { name: '% complete of WEB-9' });
    await user.clear(percent);
    await user.type(percent, '60{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('The database is not answering');
    await user.type(percent, '{Enter}');
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(2));
  });
});
