import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { fetchAllPages } from '@/lib/api/paging';
import { queryKeys } from '@/lib/query-keys';
import type { Escalation } from './escalate-risk';

export function getEscalations(workspaceId: string, open: boolean): Promise<Escalation[]> {
  return fetchAllPages((cursor) =>
    unwrap(
      api.GET('/api/v1/workspaces/{id}/escalations', {
        params: {
          path: { id: workspaceId },
          query: { open, limit: 500, ...(cursor ? { cursor } : {}) },
        },
      }),
    ),
  );
}

export function useEscalations(workspaceId: string, open: boolean) {
  return useQuery(
    queryOptions({
      queryKey: [...queryKeys.escalations(workspaceId), { open }],
      queryFn: () => getEscalations(workspaceId, open),
    }),
  );
}
