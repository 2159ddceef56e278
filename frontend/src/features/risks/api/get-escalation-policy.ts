import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapWithEtag } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type EscalationPolicy = components['schemas']['EscalationPolicyView'];

export function getEscalationPolicy(workspaceId: string) {
  return unwrapWithEtag(
    api.GET('/api/v1/workspaces/{id}/escalation-policy', {
      params: { path: { id: workspaceId } },
    }),
  );
}

export function useEscalationPolicy(workspaceId: string) {
  return useQuery(
    queryOptions({
      queryKey: queryKeys.escalationPolicy(workspaceId),
      queryFn: () => getEscalationPolicy(workspaceId),
    }),
  );
}
