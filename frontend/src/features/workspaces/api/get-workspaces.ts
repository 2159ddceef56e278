import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type WorkspaceList =
  paths['/api/v1/workspaces']['get']['responses'][200]['content']['application/json'];
export type WorkspaceSummary = WorkspaceList['items'][number];

export function getWorkspaces() {
  return unwrap(api.GET('/api/v1/workspaces', { params: { query: { limit: 100 } } }));
}

export function workspacesQueryOptions() {
  return queryOptions({ queryKey: queryKeys.workspaces, queryFn: getWorkspaces });
}

export function useWorkspaces() {
  return useQuery(workspacesQueryOptions());
}
