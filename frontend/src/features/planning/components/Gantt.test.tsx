import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { problem } from '@/testing/fake-api';
import { planningApi, planTasks } from '@/testing/planning-fixtures';
import { renderApp } from '@/testing/render';

describe('Timeline (Gantt)', () => {
  it('draws bars with the critical path in red, the dependency arrow and the milestone', async () => {
    planningApi();
    const { container } = renderApp('/projects/p-1/timeline');
    await screen.findByRole('list', { name: 'Tasks' });

    const critical = [...container.querySelectorAll('.gantt-row[data-critical]')].map((g) =>
      g.getAttribute('data-task-key'),
    );
    expect(critical).toEqual(['WEB-1', 'WEB-2', 'WEB-3']);
    expect(
      container.querySelector('[data-task-key="WEB-4"] rect.bar:not(.critical)'),
    ).not.toBeNull();
    expect(container.querySelector('[data-task-key="WEB-1"] path.summary')).not.toBeNull();
    expect(container.querySelectorAll('path.dep.critical')).toHaveLength(1);
    expect(
      await screen.findByText('Launch: due 4 Dec 2026, forecast 8 Dec 2026 (At risk)'),
    ).toBeInTheDocument();
    expect(screen.getByText(/2 tasks on the critical path/)).toBeInTheDocument();
  });

  it('switches zoom, which changes the scale', async () => {
    planningApi();
    const { container, user } = renderApp('/projects/p-1/timeline');
    await screen.findByRole('list', { name: 'Tasks' });
    const width = () => Number(container.querySelector('.gantt-chart')?.getAttribute('width'));
    const weekWidth = width();
    await user.click(screen.getByRole('button', { name: 'Day' }));
    expect(screen.getByRole('button', { name: 'Day' })).toHaveAttribute('aria-pressed', 'true');
    expect(width()).toBeGreaterThan(weekWidth);
  });

  it('explains what drives a task when it is chosen', async () => {
    planningApi({
      'GET /api/v1/tasks/:id/schedule/explain': {
        status: 200,
        body: {
          taskId: 't-3',
          chain: [
            {
              taskId: 't-3',
              key: 'WEB-3',
              title: 'Develop',
              earlyStart: '2026-12-03T08:00:00',
              earlyFinish: '2026-12-08T17:00:00',
              driver: { kind: 'dependency', dependencyId: 'd-1' },
              reason: 'Starts after WEB-2 finishes (fs)',
            },
            {
              taskId: 't-2',
              key: 'WEB-2',
              title: 'Design',
              earlyStart: '2026-12-01T08:00:00',
              earlyFinish: '2026-12-02T17:00:00',
              driver: { kind: 'project_start' },
              reason: 'Starts at the project start',
            },
          ],
        },
      },
    });
    const { user } = renderApp('/projects/p-1/timeline');
    await user.click(await screen.findByRole('button', { name: 'WEB-3 Develop' }));

    const panel = await screen.findByRole('complementary', {
      name: 'Why WEB-3 Develop is scheduled here',
    });
    const chain = await within(panel).findByRole('list', { name: 'Driving chain' });
    expect(within(chain).getAllByRole('listitem')).toHaveLength(2);
    expect(chain).toHaveTextContent('Starts after WEB-2 finishes (fs)');
    // follow the chain to the driving task
    await user.click(within(chain).getByRole('button', { name: 'WEB-2 Design' }));
    expect(
      await screen.findByRole('complementary', { name: 'Why WEB-2 Design is scheduled here' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'WEB-2 Design', pressed: true })).toBeInTheDocument();
    const current = screen.getByRole('complementary');
    await user.click(within(current).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
  });

  it('shows the problem when the timeline cannot be loaded', async () => {
    planningApi({
      'GET /api/v1/projects/:id/schedule': problem(500, 'Server error', 'The engine failed.'),
    });
    renderApp('/projects/p-1/timeline');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /service could not complete|engine failed/,
    );
  });

  it('drags the end of a bar to change the duration, and the bar body to move it', async () => {
    const { calls } = planningApi({
      'PATCH /api/v1/tasks/:id': (_req, body) => ({
        status: 200,
        body: { ...planTasks()[3], ...(body as object) },
      }),
    });
    const { container } = renderApp('/projects/p-1/timeline');
    await screen.findByRole('list', { name: 'Tasks' });
    const group = container.querySelector('[data-task-key="WEB-4"]') as SVGGElement;
    const bar = group.querySelector('rect.bar') as SVGRectElement;
    const right = Number(bar.getAttribute('x')) + Number(bar.getAttribute('width'));

    // week zoom: 12 px a working day; +24 px is two more days
    fireEvent.pointerDown(group, { button: 0, clientX: right - 2, pointerId: 1 });
    fireEvent.pointerMove(group, { clientX: right + 22, pointerId: 1 });
    expect(group.querySelector('.drag-ghost')).not.toBeNull();
    fireEvent.pointerUp(group, { clientX: right + 22, pointerId: 1 });
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ durationDays: 3 }),
    );

    const left = Number(bar.getAttribute('x'));
    fireEvent.pointerDown(group, { button: 0, clientX: left + 2, pointerId: 2 });
    fireEvent.pointerMove(group, { clientX: left + 14, pointerId: 2 });
    fireEvent.pointerUp(group, { clientX: left + 14, pointerId: 2 });
    await waitFor(() =>
      expect(calls.filter((c) => c.method === 'PATCH')[1]?.body).toEqual({
        constraintType: 'snet',
        constraintDate: '2026-12-02',
      }),
    );
  });

  it('moves between tasks with the arrow keys, one tab stop for the list', async () => {
    planningApi();
    const { user } = renderApp('/projects/p-1/timeline');
    const first = await screen.findByRole('button', { name: 'WEB-1 Build the site' });
    expect(screen.getByRole('button', { name: 'WEB-2 Design' })).toHaveAttribute('tabindex', '-1');
    first.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('button', { name: 'WEB-3 Develop' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: 'WEB-4 Write copy' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(
      await screen.findByRole('complementary', { name: 'Why WEB-4 Write copy is scheduled here' }),
    ).toBeInTheDocument();
  });
});
