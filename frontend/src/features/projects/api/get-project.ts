import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

export function getProject(projectId: string) {
  return unwrap(api.GET('/api/v1/projects/{id}', { params: { path: { id: projectId } } }));
}

export function projectQueryOptions(projectId: string) {
  return queryOptions({
    queryKey: queryKeys.project(projectId),
    queryFn: () => getProject(projectId),
  });
}

export function useProject(projectId: string) {
  return useQuery(projectQueryOptions(projectId));
}
