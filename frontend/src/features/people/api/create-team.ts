import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type CreateTeam = components['schemas']['CreateTeam'];

export function createTeam(workspaceId: string, body: CreateTeam) {
  return unwrap(
    api.POST('/api/v1/workspaces/{id}/teams', { params: { path: { id: workspaceId } }, body }),
  );
}

export function useCreateTeam(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTeam) => createTeam(workspaceId, body),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.teams(workspaceId), exact: true }),
  });
}
