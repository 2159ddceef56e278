import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type CreateMilestoneInput = components['schemas']['CreateMilestone'];

export function createMilestone(projectId: string, input: CreateMilestoneInput) {
  return unwrap(
    api.POST('/api/v1/projects/{projectId}/milestones', {
      params: { path: { projectId } },
      body: input,
    }),
  );
}

export function useCreateMilestone(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateMilestoneInput) => createMilestone(projectId, input),
    // A new milestone can change the project's health too.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.milestones(projectId), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.project(projectId), exact: true }),
      ]),
  });
}
