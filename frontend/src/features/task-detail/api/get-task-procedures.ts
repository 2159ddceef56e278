import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type TaskProcedures = components['schemas']['TaskProcedures'];

/** The procedures of the task's current status; keyed by the status so a move reloads them. */
export function taskProceduresQueryOptions(taskId: string, status: string) {
  return queryOptions({
    queryKey: queryKeys.taskProcedures(taskId, status),
    queryFn: () =>
      unwrap(api.GET('/api/v1/tasks/{id}/procedures', { params: { path: { id: taskId } } })),
  });
}

export function useTaskProcedures(taskId: string, status: string) {
  return useQuery(taskProceduresQueryOptions(taskId, status));
}
