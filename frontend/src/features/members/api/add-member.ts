import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

type MembersPath = paths['/api/v1/workspaces/{id}/members'];
export type AddMemberInput = MembersPath['post']['requestBody']['content']['application/json'];
/** Adding a member is an invitation; they join when they accept it. */
export type SentInvitation = MembersPath['post']['responses'][202]['content']['application/json'];

export function addMember(workspaceId: string, input: AddMemberInput) {
  return unwrap(
    api.POST('/api/v1/workspaces/{id}/members', {
      params: { path: { id: workspaceId } },
      body: input,
    }),
  );
}

export function useAddMember(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AddMemberInput) => addMember(workspaceId, input),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.invitations(workspaceId), exact: true }),
  });
}
