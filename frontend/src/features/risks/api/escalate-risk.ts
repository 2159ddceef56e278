import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type EscalateInput = components['schemas']['EscalateRisk'];
export type Escalation = components['schemas']['Escalation'];

export function escalateRisk(riskId: string, input: EscalateInput) {
  return unwrap(
    api.POST('/api/v1/risks/{id}/escalations', { params: { path: { id: riskId } }, body: input }),
  );
}

export function useEscalateRisk(projectId: string, riskId: string, workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EscalateInput) => escalateRisk(riskId, input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.risk(riskId), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.risks(projectId), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.riskSummary(projectId), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.escalations(workspaceId) }),
      ]),
  });
}
