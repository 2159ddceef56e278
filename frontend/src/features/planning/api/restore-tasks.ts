import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DeletedSubtree } from '../undo';
import { assignPerson } from './assign-person';
import { createDependency } from './create-dependency';
import { createTask } from './create-task';
import type { Task } from './get-tasks';
import { refreshPlan } from './plan-changed';
import { updateTask } from './update-task';

/**
 * Creates a deleted subtree again (the API has no restore): each task with its fields, in its old
 * place among its siblings, with its assignments, then the dependencies between the new ids and
 * the tasks that are still there.
 */
export async function restoreTasks(projectId: string, deleted: DeletedSubtree): Promise<Task[]> {
  const ids = new Map<string, string>();
  const created: Task[] = [];
  for (const t of deleted.tasks) {
    const parentId = t.oldParentId ? ids.get(t.oldParentId) : undefined;
    let task = await createTask(projectId, parentId ? { ...t.input, parentId } : t.input);
    ids.set(t.oldId, task.id);
    if (t.position !== null && task.position !== t.position)
      task = await updateTask(task, { position: t.position });
    for (const a of t.assignments) await assignPerson({ task, ...a });
    created.push(task);
  }
  for (const d of deleted.dependencies)
    await createDependency({
      predecessorId: ids.get(d.predecessorId) ?? d.predecessorId,
      successorId: ids.get(d.successorId) ?? d.successorId,
      type: d.type,
      lagMinutes: d.lagMinutes,
    });
  return created;
}

export function useRestoreTasks(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deleted: DeletedSubtree) => restoreTasks(projectId, deleted),
    onSettled: () => refreshPlan(queryClient, projectId),
  });
}
