import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { fetchAllPages } from '@/lib/api/paging';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type Dependency = components['schemas']['Dependency'];
export type DependencyType = components['schemas']['DependencyType'];

export function getDependencies(projectId: string): Promise<Dependency[]> {
  return fetchAllPages((cursor) =>
    unwrap(
      api.GET('/api/v1/projects/{projectId}/dependencies', {
        params: { path: { projectId }, query: { limit: 500, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  );
}

export function dependenciesQueryOptions(projectId: string) {
  return queryOptions({
    queryKey: queryKeys.dependencies(projectId),
    queryFn: () => getDependencies(projectId),
  });
}

export function useDependencies(projectId: string) {
  return useQuery(dependenciesQueryOptions(projectId));
}
