import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { fetchAllPages } from '@/lib/api/paging';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type Approval = components['schemas']['Approval'];

/** The rounds waiting for the signed-in user's decision, newest first. */
export function getMyApprovals(): Promise<Approval[]> {
  return fetchAllPages((cursor) =>
    unwrap(
      api.GET('/api/v1/me/approvals', {
        params: { query: { state: 'pending', limit: 500, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  );
}

export function useMyApprovals() {
  return useQuery({
    queryKey: queryKeys.myApprovals,
    queryFn: getMyApprovals,
    // the nav badge: pick up requests others open without a reload
    refetchInterval: 60_000,
  });
}

/** A project's pending rounds, for the board's badges. */
export function getProjectApprovals(projectId: string): Promise<Approval[]> {
  return fetchAllPages((cursor) =>
    unwrap(
      api.GET('/api/v1/projects/{id}/approvals', {
        params: {
          path: { id: projectId },
          query: { state: 'pending', limit: 500, ...(cursor ? { cursor } : {}) },
        },
      }),
    ),
  );
}

export function useProjectApprovals(projectId: string) {
  return useQuery({
    queryKey: queryKeys.projectApprovals(projectId),
    queryFn: () => getProjectApprovals(projectId),
  });
}
