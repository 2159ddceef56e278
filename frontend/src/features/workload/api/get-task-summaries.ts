import { useQueries } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type Task = components['schemas']['Task'];

export function getTask(taskId: string): Promise<Task> {
  return unwrap(api.GET('/api/v1/tasks/{id}', { params: { path: { id: taskId } } }));
}

/** The tasks behind a workload cell, one call each (a cell names a handful of tasks). */
export function useTaskSummaries(taskIds: string[]) {
  return useQueries({
    queries: taskIds.map((id) => ({
      queryKey: [...queryKeys.task(id), 'summary'],
      queryFn: () => getTask(id),
      staleTime: 30_000,
    })),
  });
}
