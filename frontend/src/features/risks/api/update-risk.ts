import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapWithEtag } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

/** Only the fields sent change; null clears an optional one. */
export type RiskPatch = Partial<components['schemas']['RiskPatch']>;

/** PATCH with the ETag the risk was read with: a stale one is refused (412), not overwritten. */
export function updateRisk(riskId: string, patch: RiskPatch, etag: string | null) {
  return unwrapWithEtag(
    api.PATCH('/api/v1/risks/{id}', {
      params: { path: { id: riskId }, header: etag ? { 'If-Match': etag } : {} },
      body: patch as components['schemas']['RiskPatch'],
    }),
  );
}

export function useUpdateRisk(projectId: string, riskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ patch, etag }: { patch: RiskPatch; etag: string | null }) =>
      updateRisk(riskId, patch, etag),
    onSuccess: (result) => {
      queryClient.setQueryData(queryKeys.risk(riskId), result);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.risks(projectId), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.riskSummary(projectId), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.riskImpact(riskId), exact: true }),
      ]);
    },
  });
}
