import type { CreateTaskInput } from './api/create-task';
import type { Dependency } from './api/get-dependencies';
import type { Task } from './api/get-tasks';
import type { TaskPatch } from './api/update-task';
import type { WbsRow } from './wbs';

/**
 * Undo for the plan's edits, as the API can invert them: a status change or a move is a PATCH
 * back to what the row was; a deleted task (and its subtree) is created again with the same fields,
 * assignments and dependencies — under new ids and keys, since the API has no restore.
 */

/** The PATCH that puts back what {@code patch} changes of the row as the user saw it. */
export function inversePatch(row: WbsRow, patch: TaskPatch): TaskPatch | null {
  const inverse: TaskPatch = {};
  if ('parentId' in patch || 'position' in patch) {
    inverse.parentId = row.task.parentId ?? null;
    inverse.position = row.siblingIndex;
  }
  if ('status' in patch && patch.status !== row.task.status) inverse.status = row.task.status;
  return Object.keys(inverse).length > 0 ? inverse : null;
}

/** One task to create again: the parent is an id of the deleted subtree or of a living task. */
export type RecreatedTask = {
  oldId: string;
  key: string;
  /** The deleted parent (created again first), or null for {@code parentId} as it is. */
  oldParentId: string | null;
  input: CreateTaskInput;
  /** Its 0-based place among the siblings, restored after creating it. */
  position: number | null;
  assignments: { personId: string; units: number }[];
};

export type DeletedSubtree = { tasks: RecreatedTask[]; dependencies: Dependency[] };

function createInput(task: Task, parentId: string | undefined): CreateTaskInput {
  const input: CreateTaskInput = {
    title: task.title,
    status: task.status,
    priority: task.priority,
    constraintType: task.constraintType,
    // the exact duration: days are rounded to 3 decimals
    durationMinutes: task.durationMinutes,
  };
  if (parentId) input.parentId = parentId;
  if (task.description) input.description = task.description;
  if (task.constraintDate) input.constraintDate = task.constraintDate;
  if (task.deadline) input.deadline = task.deadline;
  if (task.percentComplete) input.percentComplete = task.percentComplete;
  if (task.actualStart) input.actualStart = task.actualStart;
  if (task.actualFinish) input.actualFinish = task.actualFinish;
  if (task.tags.length > 0) input.tags = task.tags;
  return input;
}

/**
 * What deleting {@code row} removes, in WBS order (parents first): the task, its descendants, and
 * every dependency into or out of them.
 */
export function deletedSubtree(
  row: WbsRow,
  rows: readonly WbsRow[],
  dependencies: readonly Dependency[],
): DeletedSubtree {
  const gone = new Set([row.task.id]);
  const tasks: RecreatedTask[] = [];
  const start = rows.findIndex((r) => r.task.id === row.task.id);
  const subtree = [row];
  for (let i = start + 1; start >= 0 && i < rows.length; i++) {
    const r = rows[i] as WbsRow;
    if (!r.task.parentId || !gone.has(r.task.parentId)) break;
    gone.add(r.task.id);
    subtree.push(r);
  }
  for (const r of subtree) {
    const inside = r.task.parentId !== undefined && r !== row && gone.has(r.task.parentId);
    tasks.push({
      oldId: r.task.id,
      key: r.task.key,
      oldParentId: inside ? (r.task.parentId as string) : null,
      input: createInput(r.task, inside ? undefined : r.task.parentId),
      position: r.siblingIndex,
      assignments: r.task.assignments.map((a) => ({ personId: a.personId, units: a.units })),
    });
  }
  return {
    tasks,
    dependencies: dependencies.filter((d) => gone.has(d.predecessorId) || gone.has(d.successorId)),
  };
}
