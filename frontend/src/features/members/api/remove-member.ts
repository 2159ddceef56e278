import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

export function removeMember(workspaceId: string, userId: string) {
  return unwrap(
    api.DELETE('/api/v1/workspaces/{id}/members/{userId}', {
      params: { path: { id: workspaceId, userId } },
    }),
  );
}

export function useRemoveMember(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => removeMember(workspaceId, userId),
    // Removing yourself also takes the workspace out of your list and memberships.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.members(workspaceId), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.workspaces, exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.me, exact: true }),
      ]),
  });
}
