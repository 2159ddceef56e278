import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

type MembersPath = paths['/api/v1/workspaces/{id}/members'];
export type AddMemberInput = MembersPath['post']['requestBody']['content']['application/json'];
export type AddedMember = MembersPath['post']['responses'][201]['content']['application/json'];

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
      queryClient.invalidateQueries({ queryKey: queryKeys.members(workspaceId), exact: true }),
  });
}
