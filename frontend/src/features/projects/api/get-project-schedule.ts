import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type ProjectSchedule = components['schemas']['ProjectSchedule'];

export function getProjectSchedule(projectId: string) {
  return unwrap(api.GET('/api/v1/projects/{id}/schedule', { params: { path: { id: projectId } } }));
}

export function projectScheduleQueryOptions(projectId: string) {
  return queryOptions({
    queryKey: queryKeys.schedule(projectId),
    queryFn: () => getProjectSchedule(projectId),
  });
}

export function useProjectSchedule(projectId: string) {
  return useQuery(projectScheduleQueryOptions(projectId));
}
