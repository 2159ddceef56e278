import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { etagOfVersion, writeInOrder } from '@/lib/api/own-writes';
import { queryKeys } from '@/lib/query-keys';
import { getTask } from './get-task';
import type { Task } from './get-tasks';
import { refreshComputed, refreshPlan } from './plan-changed';

// Every field is optional in a PATCH (the generator marks all properties required).
export type TaskPatch = Partial<components['schemas']['TaskPatch']>;

/**
 * Sends the change with `If-Match` set to the version of the row the user saw, so a change
 * someone else made since the list was loaded is refused (412) rather than overwritten — without
 * reading the task again first.
 */
export function updateTask(task: Pick<Task, 'id' | 'version'>, patch: TaskPatch) {
  return unwrap(
    api.PATCH('/api/v1/tasks/{id}', {
      params: { path: { id: task.id }, header: { 'If-Match': etagOfVersion(task.version) } },
      // The generated type marks every property required (see README); a PATCH sends only some.
      body: patch as components['schemas']['TaskPatch'],
    }),
  );
}

/** {@link updateTask} after this tab's earlier changes of the task (see `writeInOrder`). */
export function updateTaskInOrder(queryClient: QueryClient, task: Task, patch: TaskPatch) {
  return writeInOrder(
    queryClient,
    `task:${task.id}`,
    task.version,
    (version) => updateTask({ id: task.id, version }, patch),
    (updated) => updated.version,
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
    mutationFn: ({ task, patch }: Variables) => updateTaskInOrder(queryClient, task, patch),
    onSuccess: (updated, { patch }) => {
      replaceRow(updated);
      // A new parent or place changes the tree (and renumbers siblings): reload the list.
      if ('parentId' in patch || 'position' in patch) return refreshPlan(queryClient, projectId);
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
