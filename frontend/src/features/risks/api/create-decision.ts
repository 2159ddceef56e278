import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type CreateDecisionInput = components['schemas']['CreateDecision'];

export function createDecision(projectId: string, input: CreateDecisionInput) {
  return unwrap(
    api.POST('/api/v1/projects/{projectId}/decisions', {
      params: { path: { projectId } },
      body: input,
    }),
  );
}

export function useCreateDecision(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateDecisionInput) => createDecision(projectId, input),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.decisions(projectId), exact: true }),
  });
}
