import { ApiError } from '@/lib/api/problem';

/** What the board needs of a workflow status. */
export type BoardStatus = { key: string; name: string; category: string; wipLimit?: number };

/** What the board needs of a task. */
export type BoardTask = { id: string; status: string; summary: boolean; key: string };

/** `over`: more cards than the limit; `at`: exactly the limit; `none`: no limit set. */
export type WipState = 'none' | 'under' | 'at' | 'over';

export type BoardColumn<T extends BoardTask> = {
  status: BoardStatus;
  tasks: T[];
  wip: WipState;
};

export function wipState(count: number, limit: number | undefined): WipState {
  if (limit === undefined || limit === null) return 'none';
  if (count > limit) return 'over';
  return count === limit ? 'at' : 'under';
}

/** `3 / 4` when the status has a WIP limit, else just the count. */
export function wipText(count: number, limit: number | undefined): string {
  return limit === undefined || limit === null ? String(count) : `${count} / ${limit}`;
}

/**
 * One column per workflow status, in workflow order, holding the project's leaf tasks (a summary
 * task's status follows its children, so it is no card). A task whose status the workflow lacks
 * (it changed meanwhile) gets a column of its own at the end, named by its key, so no card is lost.
 */
export function boardColumns<T extends BoardTask>(
  statuses: readonly BoardStatus[],
  tasks: readonly T[],
  /** Moves in flight: task id → the status it is being moved to. */
  moving: ReadonlyMap<string, string> = new Map(),
): BoardColumn<T>[] {
  const byStatus = new Map<string, T[]>(statuses.map((s) => [s.key, []]));
  const extra: BoardStatus[] = [];
  for (const task of tasks) {
    if (task.summary) continue;
    const status = moving.get(task.id) ?? task.status;
    let list = byStatus.get(status);
    if (!list) {
      list = [];
      byStatus.set(status, list);
      extra.push({ key: status, name: status, category: 'todo' });
    }
    list.push(task);
  }
  return [...statuses, ...extra].map((status) => {
    const list = (byStatus.get(status.key) ?? []).sort((a, b) =>
      a.key.localeCompare(b.key, undefined, { numeric: true }),
    );
    return { status, tasks: list, wip: wipState(list.length, status.wipLimit) };
  });
}

/** A refused move (409): the service's sentence and the statuses the task may move to. */
export function refusedMove(error: unknown): { detail: string; allowed: string[] } | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const problem = error.problem as { detail?: string; allowed?: unknown };
  const allowed = Array.isArray(problem.allowed)
    ? problem.allowed.filter((a): a is string => typeof a === 'string')
    : [];
  return { detail: problem.detail ?? error.message, allowed };
}

/** `Priya Natarajan` → `PN`. */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '?';
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}
