import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type CreateRiskInput = components['schemas']['CreateRisk'];

export function createRisk(projectId: string, input: CreateRiskInput) {
  return unwrap(
    api.POST('/api/v1/projects/{projectId}/risks', {
      params: { path: { projectId } },
      body: input,
    }),
  );
}

export function useCreateRisk(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateRiskInput) => createRisk(projectId, input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.risks(projectId), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.riskSummary(projectId), exact: true }),
      ]),
  });
}
