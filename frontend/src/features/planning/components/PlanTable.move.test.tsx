import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { planningApi, planTasks, project } from '@/testing/planning-fixtures';
import { renderApp } from '@/testing/render';

/** The task keys of the grid's rows, top to bottom. */
const wbsKeys = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.querySelector('.task-key')?.textContent);

/**
 * A service that applies a PATCH of `position` the way the real one does: the task takes that
 * place among its siblings and the siblings are renumbered.
 */
function reorderingApi({ dropFocus = false } = {}) {
  let tasks = planTasks();
  return planningApi({
    'GET /api/v1/projects/:id/tasks': () => ({ status: 200, body: { items: tasks } }),
    'PATCH /api/v1/tasks/:id': (req, body) => {
      // Some browsers drop the focus of an element that moves in the DOM, as the row will.
      if (dropFocus && document.activeElement instanceof HTMLElement) document.activeElement.blur();
      const id = new URL(req.url).pathname.split('/').pop();
      const moved = tasks.find((t) => t.id === id) as Record<string, unknown>;
      const patch = body as { position?: number; parentId?: string | null };
      const parent = 'parentId' in patch ? patch.parentId : moved.parentId;
      const siblings = tasks
        .filter((t) => t.parentId === parent && t.id !== id)
        .sort((a, b) => (a.position as number) - (b.position as number));
      siblings.splice(patch.position ?? siblings.length, 0, moved);
      const places = new Map(siblings.map((t, i) => [t.id, i]));
      tasks = tasks.map((t) =>
        places.has(t.id)
          ? {
              ...t,
              parentId: t.id === id ? (parent ?? undefined) : t.parentId,
              position: places.get(t.id),
              version: (t.version as number) + 1,
            }
          : t,
      );
      return { status: 200, body: tasks.find((t) => t.id === id) };
    },
  });
}

describe('Plan: moving tasks', () => {
  it('lists siblings in position order, not key order', async () => {
    planningApi({
      'GET /api/v1/projects/:id/tasks': {
        status: 200,
        body: {
          items: planTasks().map((t) =>
            t.id === 't-2' ? { ...t, position: 1 } : t.id === 't-3' ? { ...t, position: 0 } : t,
          ),
        },
      },
    });
    renderApp('/projects/p-1/plan');
    await screen.findByRole('row', { name: /WEB-2 Design/ });
    expect(wbsKeys()).toEqual(['WEB-1', 'WEB-3', 'WEB-2', 'WEB-4']);
  });

  it('moves a task up among its siblings with Alt+ArrowUp, sending the row version', async () => {
    const { calls, fetchMock } = reorderingApi();
    const { user } = renderApp('/projects/p-1/plan');
    const develop = await screen.findByRole('row', { name: /WEB-3 Develop/ });
    await user.click(within(develop).getByText('WEB-3'));
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');

    await waitFor(() => expect(wbsKeys()).toEqual(['WEB-1', 'WEB-3', 'WEB-2', 'WEB-4']));
    const patch = calls.find((c) => c.method === 'PATCH');
    expect(patch?.path).toBe('/api/v1/tasks/t-3');
    expect(patch?.body).toEqual({ position: 0 });
    const request = fetchMock.mock.calls
      .map(([input]) => input as Request)
      .find((r) => r.method === 'PATCH');
    expect(request?.headers.get('If-Match')).toBe('"7"');
  });

  it('keeps the moved task selected and focused after Alt+ArrowDown, so it can move again', async () => {
    const { calls } = reorderingApi({ dropFocus: true });
    const { user } = renderApp('/projects/p-1/plan');
    const design = await screen.findByRole('row', { name: /WEB-2 Design/ });
    await user.click(within(design).getByText('WEB-2'));
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');

    await waitFor(() => expect(wbsKeys()).toEqual(['WEB-1', 'WEB-3', 'WEB-2', 'WEB-4']));
    const moved = screen.getByRole('row', { name: /WEB-2 Design/ });
    expect(moved).toHaveAttribute('aria-selected', 'true');
    await waitFor(() => expect(moved.querySelector('td.cell-title')).toHaveFocus());
    // and the next shortcut acts on it again, from its new place (now the version of the reload)
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() => expect(wbsKeys()).toEqual(['WEB-1', 'WEB-2', 'WEB-3', 'WEB-4']));
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => c.body)).toEqual([
      { position: 1 },
      { position: 0 },
    ]);
  });

  it('moves a task down with the toolbar; the first and last sibling cannot move further', async () => {
    const { calls } = reorderingApi();
    const { user } = renderApp('/projects/p-1/plan');
    const design = await screen.findByRole('row', { name: /WEB-2 Design/ });
    await user.click(within(design).getByText('WEB-2'));
    expect(screen.getByRole('button', { name: 'Move WEB-2 up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move WEB-2 down' })).toHaveAttribute(
      'aria-keyshortcuts',
      'Alt+ArrowDown',
    );
    await user.click(screen.getByRole('button', { name: 'Move WEB-2 down' }));

    await waitFor(() => expect(wbsKeys()).toEqual(['WEB-1', 'WEB-3', 'WEB-2', 'WEB-4']));
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ position: 1 });
    // WEB-2 is now the last child of WEB-1
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Move WEB-2 down' })).toBeDisabled(),
    );
    expect(screen.getByRole('button', { name: 'Move WEB-2 up' })).toBeEnabled();
  });

  it('outdents with Alt+Shift+ArrowLeft to just after the former parent', async () => {
    const { calls } = reorderingApi();
    const { user } = renderApp('/projects/p-1/plan');
    const design = await screen.findByRole('row', { name: /WEB-2 Design/ });
    await user.click(within(design).getByText('WEB-2'));
    await user.keyboard('{Alt>}{Shift>}{ArrowLeft}{/Shift}{/Alt}');

    await waitFor(() => expect(wbsKeys()).toEqual(['WEB-1', 'WEB-3', 'WEB-2', 'WEB-4']));
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ parentId: null, position: 1 });
    const indent = (name: RegExp) =>
      (screen.getByRole('row', { name }).querySelector('.wbs-title') as HTMLElement).style
        .paddingLeft;
    expect(indent(/WEB-2 Design/)).toBe('0px');
  });

  it('indents with Alt+Shift+ArrowRight under the previous sibling', async () => {
    const { calls } = reorderingApi();
    const { user } = renderApp('/projects/p-1/plan');
    const copy = await screen.findByRole('row', { name: /WEB-4 Write copy/ });
    await user.click(within(copy).getByText('WEB-4'));
    await user.keyboard('{Alt>}{Shift>}{ArrowRight}{/Shift}{/Alt}');

    await waitFor(() =>
      expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ parentId: 't-1' }),
    );
  });

  it('does not move anything for a viewer', async () => {
    const { calls } = planningApi({
      'GET /api/v1/projects/:id': { status: 200, body: { ...project, workspaceId: 'w-2' } },
    });
    const { user } = renderApp('/projects/p-1/plan');
    const develop = await screen.findByRole('row', { name: /WEB-3 Develop/ });
    await user.click(within(develop).getByText('WEB-3'));
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}{Alt>}{Shift>}{ArrowLeft}{/Shift}{/Alt}');
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);
  });
});
