import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type TemplateSummary = components['schemas']['TemplateSummary'];

/** The built-in templates first, then the workspace's own, by name (the service's order). */
export function templatesQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: queryKeys.templates(workspaceId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{id}/templates', { params: { path: { id: workspaceId } } }),
      ),
  });
}

export function useTemplates(workspaceId: string) {
  return useQuery(templatesQueryOptions(workspaceId));
}
