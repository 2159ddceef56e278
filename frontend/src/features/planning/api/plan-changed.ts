import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';

/**
 * Every planning change recomputes the schedule on the server, which moves dates, milestone
 * forecasts and the project's health: refetch those (not the task list, which the caller updates).
 */
export function refreshComputed(queryClient: QueryClient, projectId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.schedule(projectId), exact: true }),
    queryClient.invalidateQueries({ queryKey: queryKeys.milestones(projectId), exact: true }),
    queryClient.invalidateQueries({ queryKey: queryKeys.project(projectId), exact: true }),
    queryClient.invalidateQueries({ queryKey: queryKeys.myTasks, exact: true }),
    // a driving chain may run through any task of the plan (and across projects)
    queryClient.invalidateQueries({ predicate: (query) => query.queryKey[2] === 'explain' }),
  ]);
}

/** A structural change (task added, moved or removed): the task list is refetched as well. */
export function refreshPlan(queryClient: QueryClient, projectId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.tasks(projectId), exact: true }),
    queryClient.invalidateQueries({ queryKey: queryKeys.dependencies(projectId), exact: true }),
    refreshComputed(queryClient, projectId),
  ]);
}
