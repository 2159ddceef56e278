import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { fetchAllPages } from '@/lib/api/paging';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type Team = components['schemas']['Team'];

export function getTeams(workspaceId: string): Promise<Team[]> {
  return fetchAllPages((cursor) =>
    unwrap(
      api.GET('/api/v1/workspaces/{id}/teams', {
        params: { path: { id: workspaceId }, query: { limit: 500, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  );
}

export function teamsQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: queryKeys.teams(workspaceId),
    queryFn: () => getTeams(workspaceId),
  });
}

export function useTeams(workspaceId: string) {
  return useQuery(teamsQueryOptions(workspaceId));
}
