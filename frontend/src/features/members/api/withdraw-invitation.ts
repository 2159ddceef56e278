import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

export function withdrawInvitation(invitationId: string) {
  return unwrap(api.DELETE('/api/v1/invitations/{id}', { params: { path: { id: invitationId } } }));
}

export function useWithdrawInvitation(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawInvitation,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.invitations(workspaceId), exact: true }),
  });
}
