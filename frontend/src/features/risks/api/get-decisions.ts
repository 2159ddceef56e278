import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { fetchAllPages } from '@/lib/api/paging';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type Decision = components['schemas']['Decision'];

export function getDecisions(projectId: string): Promise<Decision[]> {
  return fetchAllPages((cursor) =>
    unwrap(
      api.GET('/api/v1/projects/{projectId}/decisions', {
        params: { path: { projectId }, query: { limit: 500, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  );
}

export function useDecisions(projectId: string) {
  return useQuery(
    queryOptions({
      queryKey: queryKeys.decisions(projectId),
      queryFn: () => getDecisions(projectId),
    }),
  );
}
