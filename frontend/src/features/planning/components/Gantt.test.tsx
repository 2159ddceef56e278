import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { problem } from '@/testing/fake-api';
import { explainDevelop, planningApi, planTasks } from '@/testing/planning-fixtures';
import { renderApp } from '@/testing/render';
import { handleX } from '../gantt-link';

// Every row the chart draws places its two link handles with handleX, so its calls count the
// rows drawn.
vi.mock('../gantt-link', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../gantt-link')>();
  return { ...actual, handleX: vi.fn(actual.handleX) };
});

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
    expect(screen.getByText(/2 tasks on the driving path/)).toBeInTheDocument();
  });

  it('highlights the driving path by default and the plain critical set on request', async () => {
    planningApi();
    const { container, user } = renderApp('/projects/p-1/timeline');
    await screen.findByRole('list', { name: 'Tasks' });
    const highlighted = () =>
      [...container.querySelectorAll('.gantt-row[data-highlighted]')].map((g) =>
        g.getAttribute('data-task-key'),
      );
    expect(highlighted()).toEqual(['WEB-2', 'WEB-3']);
    expect(screen.getByRole('button', { name: 'Driving path' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'Critical tasks' }));
    expect(highlighted()).toEqual(['WEB-1', 'WEB-2', 'WEB-3']);
    expect(container.querySelector('[data-task-key="WEB-1"] path.summary.critical')).not.toBeNull();
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
    planningApi(explainDevelop);
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
    expect(container.querySelector('.drag-ghost')).not.toBeNull();
    expect(container.querySelector('.drag-tip')).toHaveTextContent(
      'Duration 3 d (was 1 d) · Esc cancels',
    );
    fireEvent.pointerUp(group, { clientX: right + 22, pointerId: 1 });
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ durationDays: 3 }),
    );

    const left = Number(bar.getAttribute('x'));
    fireEvent.pointerDown(group, { button: 0, clientX: left + 2, pointerId: 2 });
    fireEvent.pointerMove(group, { clientX: left + 14, pointerId: 2 });
    expect(container.querySelector('.drag-tip')).toHaveTextContent(
      'Start no earlier than 2 Dec 2026 (+1 d)',
    );
    fireEvent.pointerUp(group, { clientX: left + 14, pointerId: 2 });
    await waitFor(() =>
      expect(calls.filter((c) => c.method === 'PATCH')[1]?.body).toEqual({
        constraintType: 'snet',
        constraintDate: '2026-12-02',
      }),
    );
  });

  it('follows the pointer in the drag preview without drawing the rows again', async () => {
    planningApi();
    const { container } = renderApp('/projects/p-1/timeline');
    await screen.findByRole('list', { name: 'Tasks' });
    const group = container.querySelector('[data-task-key="WEB-4"]') as SVGGElement;
    const left = Number(group.querySelector('rect.bar')?.getAttribute('x'));

    fireEvent.pointerDown(group, { button: 0, clientX: left + 2, pointerId: 1 });
    vi.mocked(handleX).mockClear();
    for (const dx of [5, 12, 20, 36]) {
      fireEvent.pointerMove(group, { clientX: left + 2 + dx, pointerId: 1 });
    }
    expect(container.querySelector('.drag-ghost')).toHaveAttribute('x', String(left + 36));
    expect(container.querySelector('.drag-tip')).toHaveTextContent('(+3 d)');
    expect(handleX).not.toHaveBeenCalled();
    fireEvent.keyDown(document.body, { key: 'Escape' });
  });

  it('cancels a move or a resize with Escape and saves nothing', async () => {
    const { calls } = planningApi();
    const { container } = renderApp('/projects/p-1/timeline');
    await screen.findByRole('list', { name: 'Tasks' });
    const group = container.querySelector('[data-task-key="WEB-4"]') as SVGGElement;
    const bar = group.querySelector('rect.bar') as SVGRectElement;
    const left = Number(bar.getAttribute('x'));
    const right = left + Number(bar.getAttribute('width'));

    fireEvent.pointerDown(group, { button: 0, clientX: left + 2, pointerId: 1 });
    fireEvent.pointerMove(group, { clientX: left + 38, pointerId: 1 });
    expect(container.querySelector('.drag-ghost')).not.toBeNull();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(container.querySelector('.drag-ghost')).toBeNull();
    // the button comes up after the cancel: still nothing
    fireEvent.pointerUp(group, { clientX: left + 38, pointerId: 1 });

    fireEvent.pointerDown(group, { button: 0, clientX: right - 2, pointerId: 2 });
    fireEvent.pointerMove(group, { clientX: right + 22, pointerId: 2 });
    expect(container.querySelector('.drag-ghost')).not.toBeNull();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(container.querySelector('.drag-ghost')).toBeNull();
    fireEvent.pointerUp(group, { clientX: right + 22, pointerId: 2 });

    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(calls.filter((c) => c.method === 'PATCH')).toEqual([]);
    // a cancelled drag is not a click either: no task is chosen
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
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

  describe('linking bars by dragging between their ends', () => {
    // jsdom lays nothing out: the chart starts right of the 300 px task labels and below the
    // 52 px axis, and each row is 28 px high (WEB-1 is row 0, WEB-4 row 3).
    const client = (row: number, chartX: number) => ({
      clientX: 300 + chartX,
      clientY: 52 + row * 28 + 14,
    });
    const rowOf = { 'WEB-2': 1, 'WEB-3': 2, 'WEB-4': 3 } as const;

    function barOf(container: HTMLElement, key: keyof typeof rowOf) {
      const group = container.querySelector(`[data-task-key="${key}"]`) as SVGGElement;
      const bar = group.querySelector('rect.bar') as SVGRectElement;
      const left = Number(bar.getAttribute('x'));
      const right = left + Number(bar.getAttribute('width'));
      return {
        handle: (end: 'start' | 'finish') =>
          group.querySelector(`.link-handle-${end}`) as SVGGElement,
        start: client(rowOf[key], left + 2),
        finish: client(rowOf[key], right - 2),
      };
    }

    /** Presses on a handle and moves to a point; the drop is the caller's. */
    function dragFrom(handle: Element, to: { clientX: number; clientY: number }) {
      fireEvent.pointerDown(handle, { button: 0, pointerId: 7, ...to });
      fireEvent.pointerMove(window, { pointerId: 7, ...to });
    }

    const postedLinks = (calls: Array<{ method: string; path: string; body: unknown }>) =>
      calls.filter((c) => c.method === 'POST' && c.path === '/api/v1/dependencies');

    it('creates finish-to-start from a finish handle dropped on the start of another bar', async () => {
      const dependencies = [
        {
          id: 'd-1',
          workspaceId: 'w-1',
          predecessorId: 't-2',
          successorId: 't-3',
          type: 'fs',
          lagDays: 0,
        },
      ];
      const { calls } = planningApi({
        'GET /api/v1/projects/:id/dependencies': () => ({
          status: 200,
          body: { items: dependencies },
        }),
        'POST /api/v1/dependencies': (_req, body) => {
          const created = { id: 'd-2', workspaceId: 'w-1', ...(body as object) };
          dependencies.push(created as (typeof dependencies)[number]);
          return { status: 201, body: created };
        },
      });
      const { container } = renderApp('/projects/p-1/timeline');
      await screen.findByRole('list', { name: 'Tasks' });
      expect(container.querySelectorAll('path.dep')).toHaveLength(1);
      const copy = barOf(container, 'WEB-4');
      const develop = barOf(container, 'WEB-3');

      dragFrom(copy.handle('finish'), develop.start);
      // the drop target is highlighted and the tip says what the drop creates
      expect(container.querySelector('.link-line')).not.toBeNull();
      expect(container.querySelector('.link-target')).not.toBeNull();
      expect(container.querySelector('.link-tip')).toHaveTextContent(
        'FS link: WEB-4 finish → WEB-3 start',
      );
      fireEvent.pointerUp(window, develop.start);

      expect(container.querySelector('.link-band')).toBeNull();
      await waitFor(() =>
        expect(postedLinks(calls).map((c) => c.body)).toEqual([
          { predecessorId: 't-4', successorId: 't-3', type: 'fs', lagDays: 0 },
        ]),
      );
      expect(await screen.findByRole('status')).toHaveTextContent(
        'Linked WEB-4 Write copy → WEB-3 Develop (FS); the schedule is updated.',
      );
      // the dependencies and the schedule are read again: the new arrow is drawn
      await waitFor(() => expect(container.querySelectorAll('path.dep')).toHaveLength(2));
    });

    it('creates start-to-start from a start handle dropped on the start half of another bar', async () => {
      const { calls } = planningApi({
        'POST /api/v1/dependencies': (_req, body) => ({
          status: 201,
          body: { id: 'd-2', workspaceId: 'w-1', ...(body as object) },
        }),
      });
      const { container } = renderApp('/projects/p-1/timeline');
      await screen.findByRole('list', { name: 'Tasks' });
      const design = barOf(container, 'WEB-2');
      const copy = barOf(container, 'WEB-4');

      dragFrom(design.handle('start'), copy.start);
      expect(container.querySelector('.link-tip')).toHaveAttribute('data-link-type', 'ss');
      fireEvent.pointerUp(window, copy.start);

      await waitFor(() =>
        expect(postedLinks(calls).map((c) => c.body)).toEqual([
          { predecessorId: 't-2', successorId: 't-4', type: 'ss', lagDays: 0 },
        ]),
      );
    });

    it('creates finish-to-finish and start-to-finish on the finish half of a bar', async () => {
      const { calls } = planningApi({
        'POST /api/v1/dependencies': (_req, body) => ({
          status: 201,
          body: { id: 'd-2', workspaceId: 'w-1', ...(body as object) },
        }),
      });
      const { container } = renderApp('/projects/p-1/timeline');
      await screen.findByRole('list', { name: 'Tasks' });
      const copy = barOf(container, 'WEB-4');
      const develop = barOf(container, 'WEB-3');

      dragFrom(copy.handle('finish'), develop.finish);
      fireEvent.pointerUp(window, develop.finish);
      dragFrom(copy.handle('start'), develop.finish);
      fireEvent.pointerUp(window, develop.finish);

      await waitFor(() =>
        expect(postedLinks(calls).map((c) => (c.body as { type: string }).type)).toEqual([
          'ff',
          'sf',
        ]),
      );
    });

    it('shows the refused cycle with its tasks and changes nothing', async () => {
      const { calls } = planningApi({
        'POST /api/v1/dependencies': {
          status: 409,
          body: {
            type: 'https://throughline.app/problems/dependency-cycle',
            title: 'Dependency cycle',
            status: 409,
            detail: 'WEB-2 already depends on WEB-3: this link would close a cycle',
            cycle: ['t-2', 't-3'],
          },
        },
      });
      const { container } = renderApp('/projects/p-1/timeline');
      await screen.findByRole('list', { name: 'Tasks' });
      const develop = barOf(container, 'WEB-3');
      const design = barOf(container, 'WEB-2');
      const barsBefore = container.querySelector('.gantt-chart')?.innerHTML;

      dragFrom(develop.handle('finish'), design.start);
      fireEvent.pointerUp(window, design.start);

      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('The dependency was not added');
      expect(alert).toHaveTextContent('this link would close a cycle');
      const cycle = within(alert).getByRole('list', { name: 'Tasks on the cycle' });
      expect(
        within(cycle)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual(['WEB-2 Design', 'WEB-3 Develop']);
      expect(screen.queryByRole('status')).not.toBeInTheDocument();
      expect(container.querySelector('.gantt-chart')?.innerHTML).toBe(barsBefore);
      expect(
        calls.filter((c) => c.path.endsWith('/dependencies') && c.method === 'GET'),
      ).toHaveLength(1);
    });

    it('sends nothing after Escape, a drop on empty space or a drop on the bar itself', async () => {
      const { calls } = planningApi();
      const { container } = renderApp('/projects/p-1/timeline');
      await screen.findByRole('list', { name: 'Tasks' });
      const copy = barOf(container, 'WEB-4');
      const develop = barOf(container, 'WEB-3');

      dragFrom(copy.handle('finish'), develop.start);
      expect(container.querySelector('.link-target')).not.toBeNull();
      fireEvent.keyDown(document.body, { key: 'Escape' });
      expect(container.querySelector('.link-band')).toBeNull();
      // the button comes up over the target after the cancel: still nothing
      fireEvent.pointerUp(window, develop.start);

      const farRight = client(rowOf['WEB-3'], 2000);
      dragFrom(copy.handle('finish'), farRight);
      expect(container.querySelector('.link-target')).toBeNull();
      fireEvent.pointerUp(window, farRight);

      dragFrom(copy.handle('finish'), copy.start);
      expect(container.querySelector('.link-target')).toBeNull();
      fireEvent.pointerUp(window, copy.start);

      expect(container.querySelector('.link-band')).toBeNull();
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
      expect(postedLinks(calls)).toEqual([]);
      expect(calls.filter((c) => c.method === 'PATCH')).toEqual([]);
    });

    it('offers no handles to viewers, who cannot plan', async () => {
      planningApi({
        'GET /api/v1/me': {
          status: 200,
          body: {
            user: { id: 'u-2', name: 'Vic Viewer', email: 'viewer@example.com' },
            memberships: [
              { workspaceId: 'w-1', workspaceName: 'Northwind Agency', role: 'viewer' },
            ],
          },
        },
      });
      const { container } = renderApp('/projects/p-1/timeline');
      await screen.findByRole('list', { name: 'Tasks' });
      expect(container.querySelector('.gantt-row')).not.toBeNull();
      expect(container.querySelector('.link-handle')).toBeNull();
    });
  });
});
