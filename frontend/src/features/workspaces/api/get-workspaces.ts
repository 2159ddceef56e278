import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type WorkspaceList =
  paths['/api/v1/workspaces']['get']['responses'][200]['content']['application/json'];
export type WorkspaceSummary = WorkspaceList['items'][number];

const pageSize = 100;

export function getWorkspaces(cursor?: string) {
  return unwrap(
    api.GET('/api/v1/workspaces', {
      params: { query: { limit: pageSize, ...(cursor ? { cursor } : {}) } },
    }),
  );
}

export function workspacesQueryOptions() {
  return infiniteQueryOptions({
    queryKey: queryKeys.workspaces,
    queryFn: ({ pageParam }) => getWorkspaces(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });
}

export function useWorkspaces() {
  return useInfiniteQuery(workspacesQueryOptions());
}
