import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';
import type { QuickAdd } from '../quick-add';
import { assignPerson } from './assign-person';
import { createDependency } from './create-dependency';
import { createTask } from './create-task';
import type { Task } from './get-tasks';
import { refreshPlan } from './plan-changed';

/** The task was created but an assignment or dependency of the line was refused. */
export class PartlyAdded extends Error {
  constructor(
    readonly task: Task,
    readonly cause: unknown,
  ) {
    super(`${task.key} was added, but not everything in the line could be applied`);
  }
}

/**
 * The calls one quick-add line needs: the task (with parent and duration), then its assignee and
 * its finish-to-start predecessors — the same fields and calls as adding them one by one.
 */
export async function quickAddTask(projectId: string, line: QuickAdd): Promise<Task> {
  const task = await createTask(projectId, {
    title: line.title,
    status: 'todo',
    priority: 'medium',
    constraintType: 'asap',
    ...(line.parentId ? { parentId: line.parentId } : {}),
    ...(line.durationMinutes !== undefined
      ? { durationMinutes: line.durationMinutes }
      : { durationDays: line.durationDays ?? 1 }),
  });
  try {
    if (line.assigneeId) await assignPerson({ task, personId: line.assigneeId, units: 1 });
    for (const predecessorId of line.predecessorIds)
      await createDependency({ predecessorId, successorId: task.id, type: 'fs' });
  } catch (error) {
    throw new PartlyAdded(task, error);
  }
  return task;
}

export function useQuickAddTask(projectId: string, workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (line: QuickAdd) => quickAddTask(projectId, line),
    onSettled: () =>
      Promise.all([
        refreshPlan(queryClient, projectId),
        queryClient.invalidateQueries({ queryKey: queryKeys.workload(workspaceId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.myTasks, exact: true }),
      ]),
  });
}
