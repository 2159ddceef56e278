import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { fetchAllPages } from '@/lib/api/paging';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type Task = components['schemas']['Task'];
export type TaskSchedule = components['schemas']['TaskSchedule'];

/** Every task of the project (the WBS and the Gantt need the whole tree), 500 per call. */
export function getTasks(projectId: string): Promise<Task[]> {
  return fetchAllPages((cursor) =>
    unwrap(
      api.GET('/api/v1/projects/{projectId}/tasks', {
        params: { path: { projectId }, query: { limit: 500, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  );
}

export function tasksQueryOptions(projectId: string) {
  return queryOptions({ queryKey: queryKeys.tasks(projectId), queryFn: () => getTasks(projectId) });
}

export function useTasks(projectId: string) {
  return useQuery(tasksQueryOptions(projectId));
}
