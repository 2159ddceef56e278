import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { getTask } from './get-task';
import { refreshPlan } from './plan-changed';

export async function deleteTask(taskId: string) {
  const { etag } = await getTask(taskId);
  return unwrap(
    api.DELETE('/api/v1/tasks/{id}', {
      params: { path: { id: taskId }, header: etag ? { 'If-Match': etag } : {} },
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
