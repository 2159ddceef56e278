import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

type InvitationsPath = paths['/api/v1/workspaces/{id}/invitations'];
export type InvitationList =
  InvitationsPath['get']['responses'][200]['content']['application/json'];
export type Invitation = InvitationList['items'][number];

const pageSize = 100;

export function getInvitations(workspaceId: string, cursor?: string) {
  return unwrap(
    api.GET('/api/v1/workspaces/{id}/invitations', {
      params: {
        path: { id: workspaceId },
        query: { limit: pageSize, ...(cursor ? { cursor } : {}) },
      },
    }),
  );
}

export function invitationsQueryOptions(workspaceId: string) {
  return infiniteQueryOptions({
    queryKey: queryKeys.invitations(workspaceId),
    queryFn: ({ pageParam }) => getInvitations(workspaceId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });
}

/** Open invitations of the workspace; only admins may list them. */
export function useInvitations(workspaceId: string) {
  return useInfiniteQuery(invitationsQueryOptions(workspaceId));
}
