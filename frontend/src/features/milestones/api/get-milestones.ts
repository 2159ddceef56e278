import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { fetchAllPages } from '@/lib/api/paging';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type Milestone = components['schemas']['Milestone'];

export function getMilestones(projectId: string): Promise<Milestone[]> {
  return fetchAllPages((cursor) =>
    unwrap(
      api.GET('/api/v1/projects/{projectId}/milestones', {
        params: { path: { projectId }, query: { limit: 500, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  );
}

export function milestonesQueryOptions(projectId: string) {
  return queryOptions({
    queryKey: queryKeys.milestones(projectId),
    queryFn: () => getMilestones(projectId),
  });
}

export function useMilestones(projectId: string) {
  return useQuery(milestonesQueryOptions(projectId));
}
