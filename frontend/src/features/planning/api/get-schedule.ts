import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type ProjectSchedule = components['schemas']['ProjectSchedule'];

export function getSchedule(projectId: string) {
  return unwrap(api.GET('/api/v1/projects/{id}/schedule', { params: { path: { id: projectId } } }));
}

export function scheduleQueryOptions(projectId: string) {
  return queryOptions({
    queryKey: queryKeys.schedule(projectId),
    queryFn: () => getSchedule(projectId),
  });
}

export function useSchedule(projectId: string) {
  return useQuery(scheduleQueryOptions(projectId));
}
