import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoMe, fakeApi, problem } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

function week(start: string, capacityHours: number, demandHours: number) {
  return {
    start,
    capacityHours,
    demandHours,
    utilization: capacityHours ? demandHours / capacityHours : null,
    overallocated: demandHours > capacityHours,
    overallocatedDays: demandHours > capacityHours ? 1 : 0,
  };
}

function workspaceApi({ levelled = false } = {}) {
  let applied = levelled;
  const workloadCalls: string[] = [];
  const api = fakeApi({
    'GET /api/v1/me': { status: 200, body: demoMe },
    'GET /api/v1/workspaces/:id/teams': {
      status: 200,
      body: {
        items: [{ id: 't-design', workspaceId: 'w-1', name: 'Design' }],
        next: null,
      },
    },
    'GET /api/v1/workspaces/:workspaceId/projects': {
      status: 200,
      body: {
        items: [{ id: 'p-1', key: 'WEB', name: 'Website relaunch', status: 'active' }],
        next: null,
      },
    },
    'GET /api/v1/workspaces/:id/workload': (request) => {
      const url = new URL(request.url);
      workloadCalls.push(url.search);
      if (url.searchParams.get('granularity') === 'day') {
        return {
          status: 200,
          body: {
            people: [
              {
                personId: 'pp-1',
                name: 'Priya Shah',
                teamId: 't-design',
                periods: [
                  week('2026-12-07', 8, 11),
                  week('2026-12-08', 8, 11),
                  week('2026-12-09', 8, 4),
                ],
                overallocations: [
                  {
                    startDate: '2026-12-07',
                    endDate: '2026-12-08',
                    excessHours: 6,
                    taskIds: ['t-1', 't-2'],
                  },
                ],
              },
            ],
          },
        };
      }
      return {
        status: 200,
        body: {
          people: [
            {
              personId: 'pp-1',
              name: 'Priya Shah',
              teamId: 't-design',
              periods: [week('2026-11-30', 40, 20), week('2026-12-07', 40, applied ? 40 : 46)],
              overallocations: [],
            },
          ],
        },
      };
    },
    'GET /api/v1/tasks/:id': (request) => {
      const id = new URL(request.url).pathname.split('/').pop();
      return {
        status: 200,
        body: {
          id,
          key: id === 't-1' ? 'WEB-4' : 'APP-2',
          title: id === 't-1' ? 'Build pages' : 'Wireframes',
          status: 'todo',
        },
      };
    },
    'GET /api/v1/projects/:projectId/tasks': {
      status: 200,
      body: { items: [{ id: 't-1', key: 'WEB-4', title: 'Build pages' }], next: null },
    },
    'POST /api/v1/workspaces/:id/leveling': (_request, body) => {
      const apply = (body as { apply: boolean }).apply;
      if (apply) applied = true;
      return {
        status: 200,
        body: {
          mode: 'within_float',
          applied: apply,
          changes: [
            {
              taskId: 't-1',
              projectId: 'p-1',
              oldStart: '2026-12-07T08:00:00',
              newStart: '2026-12-10T08:00:00',
              delayDays: 3,
              levelingDelayDays: 3,
            },
          ],
          projects: [],
          finishBefore: '2027-01-29T17:00:00',
          finishAfter: '2027-01-29T17:00:00',
          remainingOverallocations: [],
        },
      };
    },
    'POST /api/v1/projects/:id/leveling': problem(409, 'Conflict', 'The project is on hold.'),
  });
  return { ...api, workloadCalls };
}

describe('Workload screen', () => {
  it('shows over-allocated cells and the tasks behind one', async () => {
    workspaceApi();
    const { user } = renderApp('/workload');
    // Rows regroup under their team once the teams arrive; wait for that before clicking.
    await screen.findByRole('columnheader', { name: /Design/ });
    const cell = await screen.findByRole('button', {
      name: 'Priya Shah, week of 7 Dec: 46 of 40 hours, over-allocated',
    });
    await user.click(cell);
    const panel = await screen.findByRole('region', { name: 'Priya Shah, week of 7 Dec' });
    const tasks = await within(panel).findByRole('list', { name: 'Tasks in this week' });
    expect(await within(tasks).findByText('Build pages')).toBeInTheDocument();
    const days = within(panel).getByRole('table', { name: 'Booked and available hours per day' });
    expect(within(days).getByRole('row', { name: 'Mon 7 Dec 11 h 8 h' })).toHaveClass('day-over');
    expect(within(days).getByRole('row', { name: 'Wed 9 Dec 4 h 8 h' })).not.toHaveClass(
      'day-over',
    );
    expect(await within(tasks).findByText('Wireframes')).toBeInTheDocument();
  });

  it('previews levelling, applies it only after confirming, then refreshes the heatmap', async () => {
    const { calls } = workspaceApi();
    const { user } = renderApp('/workload');
    const level = await screen.findByRole('region', { name: 'Level' });
    await user.click(within(level).getByRole('button', { name: 'Preview' }));
    const table = await within(level).findByRole('table', { name: 'Tasks that start later' });
    expect(await within(table).findByRole('row', { name: /WEB-4 Build pages/ })).toHaveTextContent(
      '3 d',
    );
    const levelCalls = () => calls.filter((c) => c.path.endsWith('/leveling'));
    expect(levelCalls().map((c) => c.body)).toEqual([{ mode: 'within_float', apply: false }]);

    await user.click(within(level).getByRole('button', { name: 'Apply…' }));
    expect(levelCalls()).toHaveLength(1);
    const confirm = within(level).getByRole('group', { name: 'Confirm levelling' });
    await user.click(within(confirm).getByRole('button', { name: 'Apply 1 changes' }));

    expect(await within(level).findByRole('status')).toHaveTextContent('Applied: 1 task delayed');
    expect(levelCalls().map((c) => c.body)).toEqual([
      { mode: 'within_float', apply: false },
      { mode: 'within_float', apply: true },
    ]);
    expect(
      await screen.findByRole('button', {
        name: 'Priya Shah, week of 7 Dec: 40 of 40 hours, well booked',
      }),
    ).toBeInTheDocument();
  });

  it('shows the problem when levelling a project fails', async () => {
    workspaceApi();
    const { user } = renderApp('/workload');
    const level = await screen.findByRole('region', { name: 'Level' });
    await waitFor(() =>
      expect(
        within(level).getByRole('option', { name: 'WEB · Website relaunch' }),
      ).toBeInTheDocument(),
    );
    await user.selectOptions(within(level).getByLabelText('Scope'), 'WEB · Website relaunch');
    await user.click(within(level).getByRole('button', { name: 'Preview' }));
    expect(await within(level).findByRole('alert')).toHaveTextContent('The project is on hold.');
  });
});
