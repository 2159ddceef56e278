import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { etagOfVersion } from '@/lib/api/own-writes';
import type { Task } from './get-tasks';
import { refreshPlan } from './plan-changed';

/** Deletes the task (and its subtree) if it is still the version the user saw. */
export function deleteTask(task: Pick<Task, 'id' | 'version'>) {
  return unwrap(
    api.DELETE('/api/v1/tasks/{id}', {
      params: { path: { id: task.id }, header: { 'If-Match': etagOfVersion(task.version) } },
    }),
  );
}

export function useDeleteTask(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteTask,
    onSettled: () => refreshPlan(queryClient, projectId),
  });
}
