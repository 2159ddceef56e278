import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { fetchAllPages } from '@/lib/api/paging';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type Risk = components['schemas']['Risk'];

export function getRisks(projectId: string): Promise<Risk[]> {
  return fetchAllPages((cursor) =>
    unwrap(
      api.GET('/api/v1/projects/{projectId}/risks', {
        params: { path: { projectId }, query: { limit: 500, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  );
}

export function risksQueryOptions(projectId: string) {
  return queryOptions({ queryKey: queryKeys.risks(projectId), queryFn: () => getRisks(projectId) });
}

export function useRisks(projectId: string) {
  return useQuery(risksQueryOptions(projectId));
}
