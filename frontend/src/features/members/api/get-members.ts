import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

type MembersPath = paths['/api/v1/workspaces/{id}/members'];
export type MemberList = MembersPath['get']['responses'][200]['content']['application/json'];
export type Member = MemberList['items'][number];

const pageSize = 100;

export function getMembers(workspaceId: string, cursor?: string) {
  return unwrap(
    api.GET('/api/v1/workspaces/{id}/members', {
      params: {
        path: { id: workspaceId },
        query: { limit: pageSize, ...(cursor ? { cursor } : {}) },
      },
    }),
  );
}

export function membersQueryOptions(workspaceId: string) {
  return infiniteQueryOptions({
    queryKey: queryKeys.members(workspaceId),
    queryFn: ({ pageParam }) => getMembers(workspaceId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });
}

export function useMembers(workspaceId: string) {
  return useInfiniteQuery(membersQueryOptions(workspaceId));
}
