import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

type MembersPath = paths['/api/v1/workspaces/{id}/members'];
export type MemberList = MembersPath['get']['responses'][200]['content']['application/json'];
export type Member = MemberList['items'][number];

export function getMembers(workspaceId: string) {
  return unwrap(
    api.GET('/api/v1/workspaces/{id}/members', {
      params: { path: { id: workspaceId }, query: { limit: 200 } },
    }),
  );
}

export function membersQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: queryKeys.members(workspaceId),
    queryFn: () => getMembers(workspaceId),
  });
}

export function useMembers(workspaceId: string) {
  return useQuery(membersQueryOptions(workspaceId));
}
