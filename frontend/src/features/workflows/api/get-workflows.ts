import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { fetchAllPages } from '@/lib/api/paging';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type Workflow = components['schemas']['Workflow'];
export type WorkflowStatus = components['schemas']['WorkflowStatus'];
export type WorkflowTransition = components['schemas']['WorkflowTransition'];
export type StatusCategory = components['schemas']['StatusCategory'];

export function getWorkflows(workspaceId: string): Promise<Workflow[]> {
  return fetchAllPages((cursor) =>
    unwrap(
      api.GET('/api/v1/workspaces/{id}/workflows', {
        params: { path: { id: workspaceId }, query: { limit: 500, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  );
}

export function workflowsQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: queryKeys.workflows(workspaceId),
    queryFn: () => getWorkflows(workspaceId),
    staleTime: 60_000,
  });
}

/** Every workflow of the workspace, by name; the default one among them. */
export function useWorkflows(workspaceId: string | undefined) {
  return useQuery({ ...workflowsQueryOptions(workspaceId ?? ''), enabled: !!workspaceId });
}
