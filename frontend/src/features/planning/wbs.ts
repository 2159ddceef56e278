import type { Task, TaskSchedule } from './api/get-tasks';

export type WbsRow = {
  task: Task;
  schedule: TaskSchedule | undefined;
  depth: number;
  /** The previous sibling, which "indent" makes the new parent. */
  previousSiblingId: string | undefined;
  /** The 0-based place among its siblings, as the API's `position` counts it when moving. */
  siblingIndex: number;
  /** Whether a sibling follows (the task can move down). */
  hasNextSibling: boolean;
  /** Whether the task is on the driving path to the finish; undefined when the path is not known. */
  driving?: boolean;
};

/**
 * Orders tasks as the work breakdown structure (parents before children, siblings by
 * `position`, then in list order, which is key order — the order the server moves tasks in) and
 * joins each with its current schedule. Children of a missing parent are shown at the top level
 * rather than dropped.
 */
export function buildWbs(
  tasks: Task[],
  schedules: TaskSchedule[] | undefined,
  drivingPath?: readonly string[],
): WbsRow[] {
  const driving = drivingPath ? new Set(drivingPath) : undefined;
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const scheduleById = new Map((schedules ?? []).map((s) => [s.taskId, s]));
  const children = new Map<string | undefined, Task[]>();
  for (const task of tasks) {
    const parent = task.parentId && byId.has(task.parentId) ? task.parentId : undefined;
    const list = children.get(parent);
    if (list) list.push(task);
    else children.set(parent, [task]);
  }
  // Array.prototype.sort is stable, so equal positions keep key order.
  for (const list of children.values()) list.sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const rows: WbsRow[] = [];
  type Entry = {
    task: Task;
    depth: number;
    previous: string | undefined;
    index: number;
    last: boolean;
  };
  const stack: Entry[] = [];
  const pushChildren = (parent: string | undefined, depth: number) => {
    const list = children.get(parent) ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const task = list[i];
      if (task)
        stack.push({
          task,
          depth,
          previous: list[i - 1]?.id,
          index: i,
          last: i === list.length - 1,
        });
    }
  };
  pushChildren(undefined, 0);
  const seen = new Set<string>();
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { task, depth, previous, index, last } = next;
    if (seen.has(task.id)) continue;
    seen.add(task.id);
    rows.push({
      task,
      schedule: scheduleById.get(task.id) ?? task.schedule,
      depth,
      previousSiblingId: previous,
      siblingIndex: index,
      hasNextSibling: !last,
      ...(driving ? { driving: driving.has(task.id) } : {}),
    });
    pushChildren(task.id, depth + 1);
  }
  return rows;
}
