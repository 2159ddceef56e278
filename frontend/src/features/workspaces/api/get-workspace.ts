import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapWithEtag } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type Workspace =
  paths['/api/v1/workspaces/{id}']['get']['responses'][200]['content']['application/json'];

/** The workspace together with its ETag, which a rename must send back as If-Match. */
export function getWorkspace(workspaceId: string) {
  return unwrapWithEtag(
    api.GET('/api/v1/workspaces/{id}', { params: { path: { id: workspaceId } } }),
  );
}

export function workspaceQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: queryKeys.workspace(workspaceId),
    queryFn: () => getWorkspace(workspaceId),
  });
}

export function useWorkspace(workspaceId: string) {
  return useQuery(workspaceQueryOptions(workspaceId));
}
