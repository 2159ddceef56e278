import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

type MemberPath = paths['/api/v1/workspaces/{id}/members/{userId}'];
export type MemberRole = MemberPath['patch']['requestBody']['content']['application/json']['role'];

export function changeMemberRole(workspaceId: string, userId: string, role: MemberRole) {
  return unwrap(
    api.PATCH('/api/v1/workspaces/{id}/members/{userId}', {
      params: { path: { id: workspaceId, userId } },
      body: { role },
    }),
  );
}

export function useChangeMemberRole(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: MemberRole }) =>
      changeMemberRole(workspaceId, userId, role),
    // The list shows the role; `me` does too when the member is the signed-in user.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.members(workspaceId), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.me, exact: true }),
      ]),
  });
}
