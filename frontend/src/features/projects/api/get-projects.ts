import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { fetchAllPages } from '@/lib/api/paging';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type Project = components['schemas']['Project'];

export function getProjects(workspaceId: string): Promise<Project[]> {
  return fetchAllPages((cursor) =>
    unwrap(
      api.GET('/api/v1/workspaces/{workspaceId}/projects', {
        params: { path: { workspaceId }, query: { limit: 500, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  );
}

export function projectsQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: queryKeys.projects(workspaceId),
    queryFn: () => getProjects(workspaceId),
  });
}

export function useProjects(workspaceId: string) {
  return useQuery(projectsQueryOptions(workspaceId));
}
