import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

export type Answer = 'accept' | 'decline';

export function answerInvitation(invitationId: string, answer: Answer) {
  const params = { params: { path: { id: invitationId } } };
  return unwrap(
    answer === 'accept'
      ? api.POST('/api/v1/invitations/{id}/accept', params)
      : api.POST('/api/v1/invitations/{id}/decline', params),
  );
}

export function useAnswerInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ invitationId, answer }: { invitationId: string; answer: Answer }) =>
      answerInvitation(invitationId, answer),
    // accepting adds a membership (the workspace switcher reads it from `me`) and a workspace
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.myInvitations, exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.me, exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.workspaces, exact: true }),
      ]),
  });
}
