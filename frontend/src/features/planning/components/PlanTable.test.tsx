import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoMe, problem } from '@/testing/fake-api';
import { planningApi, planTasks, project } from '@/testing/planning-fixtures';
import { renderApp } from '@/testing/render';

const patchRequest = (fetchMock: { mock: { calls: unknown[][] } }) =>
  fetchMock.mock.calls.map(([input]) => input as Request).find((r) => r.method === 'PATCH');

describe('Plan', () => {
  it('shows the WBS with schedule, float, driving and critical flags and assignees', async () => {
    planningApi();
    renderApp('/projects/p-1/plan');

    const design = await screen.findByRole('row', { name: /WEB-2 Design/ });
    // on the driving path to the finish: flagged (and highlighted) as driving
    expect(within(design).getByText('Driving')).toBeInTheDocument();
    expect(design).toHaveClass('critical');
    const build = screen.getByRole('row', { name: /WEB-1 Build the site/ });
    expect(within(build).getByText('Critical')).toBeInTheDocument(); // critical, not driving
    expect(build).not.toHaveClass('critical');
    expect(within(design).getByText('1 Dec 2026')).toBeInTheDocument();
    expect(within(design).getByText('2 Dec 2026')).toBeInTheDocument();
    expect(await within(design).findByText('Dana Designer')).toBeInTheDocument();
    const copy = screen.getByRole('row', { name: /WEB-4 Write copy/ });
    expect(within(copy).getByText('4 d')).toBeInTheDocument();
    expect(within(copy).queryByText('Critical')).not.toBeInTheDocument();
    // children are indented under their summary
    const indent = (name: RegExp) =>
      (screen.getByRole('row', { name }).querySelector('.wbs-title') as HTMLElement).style
        .paddingLeft;
    expect(indent(/WEB-2 Design/)).toBe('18px');
    expect(indent(/WEB-1 Build the site/)).toBe('0px');
  });

  it('filters by status and text', async () => {
    planningApi();
    const { user } = renderApp('/projects/p-1/plan');
    await screen.findByRole('row', { name: /WEB-2 Design/ });

    await user.selectOptions(screen.getByLabelText('Status'), 'in_progress');
    expect(screen.getByRole('row', { name: /WEB-3 Develop/ })).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /WEB-2 Design/ })).not.toBeInTheDocument();
    expect(screen.getByText('1 of 4 tasks')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Status'), '');
    await user.type(screen.getByLabelText('Find'), 'copy');
    expect(screen.getByRole('row', { name: /WEB-4 Write copy/ })).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /WEB-3 Develop/ })).not.toBeInTheDocument();
  });

  it("narrows the plan to one person's tasks or to the critical path", async () => {
    planningApi();
    const { user } = renderApp('/projects/p-1/plan');
    await screen.findByRole('row', { name: /WEB-2 Design/ });

    const assignee = screen.getByLabelText('Assignee');
    await within(assignee).findByRole('option', { name: 'Dana Designer' });
    await user.selectOptions(assignee, 'Dana Designer');
    expect(screen.getByRole('row', { name: /WEB-2 Design/ })).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /WEB-3 Develop/ })).not.toBeInTheDocument();
    expect(screen.getByText('1 of 4 tasks')).toBeInTheDocument();

    await user.selectOptions(assignee, 'Anyone');
    await user.click(screen.getByRole('checkbox', { name: 'Critical only' }));
    expect(screen.getByRole('row', { name: /WEB-3 Develop/ })).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /WEB-4 Write copy/ })).not.toBeInTheDocument();
    expect(screen.getByText('3 of 4 tasks')).toBeInTheDocument();
  });

  it('edits a duration with the keyboard and sends If-Match from the row version, without reading the task first', async () => {
    const { calls, fetchMock } = planningApi({
      'PATCH /api/v1/tasks/:id': (_req, body) => ({
        status: 200,
        body: { ...planTasks()[2], ...(body as object), updatedAt: '2026-11-02T09:00:00Z' },
      }),
    });
    const { user } = renderApp('/projects/p-1/plan');
    const develop = await screen.findByRole('row', { name: /WEB-3 Develop/ });

    await user.click(within(develop).getByText(/Develop/));
    await user.keyboard('{ArrowRight}{Enter}');
    const input = screen.getByRole('spinbutton', { name: 'Duration (days) of WEB-3' });
    await user.clear(input);
    await user.type(input, '6{Enter}');

    await waitFor(() =>
      expect(screen.getByRole('row', { name: /WEB-3 Develop/ })).toHaveTextContent('6 d'),
    );
    const patch = calls.find((c) => c.method === 'PATCH');
    expect(patch?.path).toBe('/api/v1/tasks/t-3');
    expect(patch?.body).toEqual({ durationDays: 6 });
    expect(patchRequest(fetchMock)?.headers.get('If-Match')).toBe('"7"');
    expect(calls.some((c) => c.method === 'GET' && c.path === '/api/v1/tasks/t-3')).toBe(false);
  });

  it('moves between rows with the arrow keys and cancels an edit with Escape', async () => {
    const { calls } = planningApi();
    const { user } = renderApp('/projects/p-1/plan');
    const first = await screen.findByRole('row', { name: /WEB-1 Build the site/ });
    await user.click(within(first).getByText(/Build the site/));
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('row', { name: /WEB-3 Develop/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.keyboard('{Enter}');
    const title = screen.getByRole('textbox', { name: 'Title of WEB-3' });
    await user.type(title, ' more{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Title of WEB-3' })).not.toBeInTheDocument();
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);
  });

  it('says someone else changed the task when the edit is stale (412) and shows their version', async () => {
    const { fetchMock } = planningApi({
      'PATCH /api/v1/tasks/:id': problem(412, 'Precondition failed', 'The object has changed'),
      'GET /api/v1/tasks/:id': {
        status: 200,
        body: { ...planTasks()[3], priority: 'urgent', version: 8 },
        headers: { ETag: '"8"' },
      },
    });
    const { user } = renderApp('/projects/p-1/plan');
    const copy = await screen.findByRole('row', { name: /WEB-4 Write copy/ });
    await user.click(within(copy).getByText(/Write copy/));
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{Enter}');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Priority of WEB-4' }), 'low');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Someone else changed this task since you loaded it/,
    );
    expect(patchRequest(fetchMock)?.headers.get('If-Match')).toBe('"7"');
    await waitFor(() =>
      expect(screen.getByRole('row', { name: /WEB-4 Write copy/ })).toHaveTextContent('Urgent'),
    );
  });

  it('lists the tasks of a cycle when a dependency is refused (409)', async () => {
    planningApi({
      'POST /api/v1/dependencies': {
        status: 409,
        body: {
          type: 'https://throughline.app/problems/dependency-cycle',
          title: 'Dependency cycle',
          status: 409,
          detail: 'This dependency would close a cycle through 2 tasks; see `cycle`',
          cycle: ['t-3', 't-2'],
        },
      },
    });
    const { user } = renderApp('/projects/p-1/plan');
    const form = await screen.findByRole('form', { name: 'Add a dependency' });
    await user.type(within(form).getByLabelText('Predecessor'), 'WEB-3');
    await user.type(within(form).getByLabelText('Successor'), 'WEB-2 Design');
    await user.click(within(form).getByRole('button', { name: 'Add dependency' }));

    const cycle = await within(form).findByRole('list', { name: 'Tasks on the cycle' });
    expect(
      within(cycle)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['WEB-3 Develop', 'WEB-2 Design']);
  });

  it('indents a task under its previous sibling', async () => {
    const { calls } = planningApi({
      'PATCH /api/v1/tasks/:id': { status: 200, body: planTasks()[3] },
    });
    const { user } = renderApp('/projects/p-1/plan');
    const copy = await screen.findByRole('row', { name: /WEB-4 Write copy/ });
    await user.click(within(copy).getByText(/Write copy/));
    await user.click(screen.getByRole('button', { name: 'Indent WEB-4' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ parentId: 't-1' }),
    );
  });

  it('previews a what-if change without saving it', async () => {
    const { calls } = planningApi({
      'POST /api/v1/projects/:id/schedule/preview': {
        status: 200,
        body: {
          finishBefore: '2026-12-08T17:00:00',
          finishAfter: '2026-12-10T17:00:00',
          finishDeltaDays: 2,
          milestones: [
            {
              milestoneId: 'm-1',
              name: 'Launch',
              dueDate: '2026-12-04',
              forecastBefore: '2026-12-08',
              forecastAfter: '2026-12-10',
              healthBefore: 'at_risk',
              healthAfter: 'at_risk',
            },
          ],
          schedule: {},
        },
      },
    });
    const { user } = renderApp('/projects/p-1/plan');
    const form = await screen.findByRole('form', { name: 'Try a new duration' });
    await user.type(within(form).getByLabelText('Task to change'), 'web-3');
    const duration = within(form).getByLabelText('New duration (days)');
    await user.clear(duration);
    await user.type(duration, '6');
    await user.click(within(form).getByRole('button', { name: 'Add to sandbox' }));
    await user.click(screen.getByRole('button', { name: 'Preview the impact' }));

    const impact = await screen.findByRole('region', { name: 'Impact of the changes' });
    expect(impact).toHaveTextContent('Finish 8 Dec 2026 → 10 Dec 2026 (+2 d)');
    expect(within(impact).getByRole('row', { name: /Launch/ })).toHaveTextContent('10 Dec 2026');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      changes: [{ taskId: 't-3', durationDays: 6 }],
    });
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);
  });

  it('shows a viewer the plan without editing controls', async () => {
    planningApi({
      'GET /api/v1/projects/:id': { status: 200, body: { ...project, workspaceId: 'w-2' } },
    });
    const { user } = renderApp('/projects/p-1/plan');
    const design = await screen.findByRole('row', { name: /WEB-2 Design/ });
    await user.click(within(design).getByText('WEB-2'));
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('textbox', { name: 'Title of WEB-2' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add a task' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Indent/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Move/ })).not.toBeInTheDocument();
  });

  it('lets a member report a status but not change the plan', async () => {
    const member = {
      ...demoMe,
      memberships: [{ workspaceId: 'w-1', workspaceName: 'Northwind Agency', role: 'member' }],
    };
    const { fetchMock } = planningApi({
      'GET /api/v1/me': { status: 200, body: member },
      'PATCH /api/v1/tasks/:id': (_req, body) => ({
        status: 200,
        body: { ...planTasks()[2], ...(body as object), version: 8 },
      }),
    });
    const { user } = renderApp('/projects/p-1/plan');
    const develop = await screen.findByRole('row', { name: /WEB-3 Develop/ });
    await user.click(within(develop).getByText('WEB-3'));
    await user.keyboard('{Enter}');
    expect(screen.queryByLabelText('Title of WEB-3')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Indent WEB-3/ })).not.toBeInTheDocument();

    await user.dblClick(within(develop).getByText('In progress'));
    await user.selectOptions(screen.getByLabelText('Status of WEB-3'), 'Review');
    await waitFor(() => expect(patchRequest(fetchMock)).toBeDefined());
  });
});
