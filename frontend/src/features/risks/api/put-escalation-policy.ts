import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapWithEtag } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type PolicyInput = components['schemas']['EscalationPolicy'];

export function putEscalationPolicy(workspaceId: string, input: PolicyInput, etag: string | null) {
  return unwrapWithEtag(
    api.PUT('/api/v1/workspaces/{id}/escalation-policy', {
      params: { path: { id: workspaceId }, header: etag ? { 'If-Match': etag } : {} },
      body: input,
    }),
  );
}

export function usePutEscalationPolicy(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, etag }: { input: PolicyInput; etag: string | null }) =>
      putEscalationPolicy(workspaceId, input, etag),
    onSuccess: (result) => {
      queryClient.setQueryData(queryKeys.escalationPolicy(workspaceId), result);
      // the rules run over the live risks at once, which may escalate some
      return queryClient.invalidateQueries({ queryKey: queryKeys.escalations(workspaceId) });
    },
  });
}
