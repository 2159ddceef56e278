import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type ProcedureSummary = components['schemas']['ProcedureSummary'];

/** The workspace's procedures by title, without bodies (first 500: plenty for a picker). */
export function proceduresQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: queryKeys.procedures(workspaceId),
    queryFn: async () => {
      const page = await unwrap(
        api.GET('/api/v1/workspaces/{id}/procedures', {
          params: { path: { id: workspaceId }, query: { limit: 500 } },
        }),
      );
      return page.items;
    },
  });
}

export function useProcedures(workspaceId: string) {
  return useQuery(proceduresQueryOptions(workspaceId));
}
