import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type CreateProjectInput = components['schemas']['CreateProject'];

export function createProject(workspaceId: string, input: CreateProjectInput) {
  return unwrap(
    api.POST('/api/v1/workspaces/{workspaceId}/projects', {
      params: { path: { workspaceId } },
      body: input,
    }),
  );
}

export function useCreateProject(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateProjectInput) => createProject(workspaceId, input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.projects(workspaceId), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.portfolio(workspaceId), exact: true }),
      ]),
  });
}
