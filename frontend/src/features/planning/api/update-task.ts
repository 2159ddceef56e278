import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';
import { getTask } from './get-task';
import type { Task } from './get-tasks';
import { refreshComputed, refreshPlan } from './plan-changed';

// Every field is optional in a PATCH (the generator marks all properties required).
export type TaskPatch = Partial<components['schemas']['TaskPatch']>;

/**
 * Reads the task for its ETag and sends the change with `If-Match`, so a change someone else
 * made in between is refused (412) rather than overwritten. `expected` is the row as the user
 * saw it: if the server's copy already differs, the edit is refused the same way.
 */
export async function updateTask(taskId: string, patch: TaskPatch, expected?: Task) {
  const { data: current, etag } = await getTask(taskId);
  if (expected && current.updatedAt !== expected.updatedAt) {
    throw new ApiError(412, {
      status: 412,
      title: 'Precondition Failed',
      detail: 'Someone else changed this task since you loaded it.',
    });
  }
  return unwrap(
    api.PATCH('/api/v1/tasks/{id}', {
      params: { path: { id: taskId }, header: etag ? { 'If-Match': etag } : {} },
      // The generated type marks every property required (see README); a PATCH sends only some.
      body: patch as components['schemas']['TaskPatch'],
    }),
  );
}

type Variables = { task: Task; patch: TaskPatch };

export function useUpdateTask(projectId: string) {
  const queryClient = useQueryClient();
  const replaceRow = (task: Task) =>
    queryClient.setQueryData<Task[]>(queryKeys.tasks(projectId), (rows) =>
      rows?.map((row) => (row.id === task.id ? task : row)),
    );
  return useMutation({
    mutationFn: ({ task, patch }: Variables) => updateTask(task.id, patch, task),
    onSuccess: (updated, { patch }) => {
      // A new parent changes the tree (and the old parent's summary flag): reload the list.
      if ('parentId' in patch || 'position' in patch) return refreshPlan(queryClient, projectId);
      replaceRow(updated);
      return refreshComputed(queryClient, projectId);
    },
    // 412: show the current row so the user decides again on what is really there.
    onError: async (error, { task }) => {
      if (error instanceof ApiError && (error.status === 412 || error.status === 404)) {
        if (error.status === 404) return refreshPlan(queryClient, projectId);
        const fresh = await getTask(task.id).catch(() => null);
        if (fresh) replaceRow(fresh.data);
      }
    },
  });
}
