import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

export function deleteTeam(teamId: string) {
  return unwrap(api.DELETE('/api/v1/teams/{id}', { params: { path: { id: teamId } } }));
}

/** Its people stay, without a team; the heatmap regroups them. */
export function useDeleteTeam(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteTeam,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.teams(workspaceId), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.people(workspaceId), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.workload(workspaceId) }),
      ]),
  });
}
