import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { planningApi, planTasks, task } from '@/testing/planning-fixtures';
import { renderApp } from '@/testing/render';

const ifMatchOf = (fetchMock: { mock: { calls: unknown[][] } }, method: string) =>
  fetchMock.mock.calls
    .map(([input]) => input as Request)
    .filter((r) => r.method === method)
    .map((r) => r.headers.get('If-Match'));

describe('Plan: undo', () => {
  it('recreates a deleted task with its fields, assignment and dependencies on Undo', async () => {
    let tasks = planTasks();
    const { calls } = planningApi({
      'GET /api/v1/projects/:id/tasks': () => ({ status: 200, body: { items: tasks } }),
      'GET /api/v1/projects/:id/dependencies': {
        status: 200,
        body: {
          items: [
            {
              id: 'd-1',
              workspaceId: 'w-1',
              predecessorId: 't-2',
              successorId: 't-3',
              type: 'fs',
              lagDays: 0,
              lagMinutes: 0,
              createdAt: '2026-11-01T09:00:00Z',
            },
          ],
        },
      },
      'DELETE /api/v1/tasks/:id': () => {
        tasks = tasks.filter((t) => t.id !== 't-2');
        return { status: 204 };
      },
      'POST /api/v1/projects/:id/tasks': (_req, body) => {
        const created = task('t-9', 'WEB-9', 'Design', { ...(body as object), position: 2 });
        tasks = [...tasks, created];
        return { status: 201, body: created };
      },
      'PATCH /api/v1/tasks/:id': (_req, body) => ({
        status: 200,
        body: task('t-9', 'WEB-9', 'Design', { parentId: 't-1', ...(body as object) }),
      }),
      'POST /api/v1/tasks/:id/assignments': { status: 201, body: { id: 'a-9' } },
      'POST /api/v1/dependencies': { status: 201, body: { id: 'd-9' } },
    });
    const { user } = renderApp('/projects/p-1/plan');
    const design = await screen.findByRole('row', { name: /WEB-2 Design/ });
    await user.click(within(design).getByText('WEB-2'));
    await user.click(screen.getByRole('button', { name: 'Delete WEB-2' }));
    await user.click(screen.getByRole('button', { name: 'Confirm deleting WEB-2' }));

    const toast = await screen.findByText('Deleted WEB-2');
    await user.click(
      within(toast.parentElement as HTMLElement).getByRole('button', { name: 'Undo' }),
    );
    expect(await screen.findByText('Restored WEB-2 as WEB-9')).toBeInTheDocument();

    const writes = calls.filter((c) => c.method !== 'GET').map((c) => [c.method, c.path, c.body]);
    expect(writes).toEqual([
      ['DELETE', '/api/v1/tasks/t-2', undefined],
      [
        'POST',
        '/api/v1/projects/p-1/tasks',
        {
          title: 'Design',
          status: 'todo',
          priority: 'medium',
          constraintType: 'asap',
          parentId: 't-1',
        },
      ],
      ['PATCH', '/api/v1/tasks/t-9', { position: 0 }],
      ['POST', '/api/v1/tasks/t-9/assignments', { personId: 'pe-1', units: 1 }],
      [
        'POST',
        '/api/v1/dependencies',
        { predecessorId: 't-9', successorId: 't-3', type: 'fs', lagMinutes: 0 },
      ],
    ]);
  });

  it('puts the status back with the If-Match of the version the change produced', async () => {
    const { calls, fetchMock } = planningApi({
      'PATCH /api/v1/tasks/:id': (_req, body) => ({
        status: 200,
        body: task('t-4', 'WEB-4', 'Write copy', { ...(body as object), version: 8 }),
      }),
    });
    const { user } = renderApp('/projects/p-1/plan');
    const copy = await screen.findByRole('row', { name: /WEB-4 Write copy/ });
    await user.dblClick(within(copy).getByText('To do'));
    await user.selectOptions(screen.getByLabelText('Status of WEB-4'), 'In progress');

    const toast = await screen.findByText(/WEB-4 is now/);
    await user.click(
      within(toast.parentElement as HTMLElement).getByRole('button', { name: 'Undo' }),
    );
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(2));
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => c.body)).toEqual([
      { status: 'in_progress' },
      { status: 'todo' },
    ]);
    expect(ifMatchOf(fetchMock, 'PATCH')).toEqual(['"7"', '"8"']);
    expect(await screen.findByText('Undone: WEB-4 is now in progress')).toBeInTheDocument();
  });
});
