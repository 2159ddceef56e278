import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type Flow = components['schemas']['Flow'];
export type FlowScope = { kind: 'project' | 'workspace'; id: string };

/** Cumulative flow, time in status and bottlenecks of a project or a workspace over [from, to]. */
export function getFlow(scope: FlowScope, from: string, to: string): Promise<Flow> {
  const query = { from, to };
  return scope.kind === 'project'
    ? unwrap(api.GET('/api/v1/projects/{id}/flow', { params: { path: { id: scope.id }, query } }))
    : unwrap(
        api.GET('/api/v1/workspaces/{id}/flow', { params: { path: { id: scope.id }, query } }),
      );
}

export function useFlow(scope: FlowScope, from: string, to: string) {
  return useQuery({
    queryKey:
      scope.kind === 'project'
        ? queryKeys.flow(scope.id, from, to)
        : queryKeys.workspaceFlow(scope.id, from, to),
    queryFn: () => getFlow(scope, from, to),
    // a new range keeps the old charts on screen until its numbers arrive
    placeholderData: keepPreviousData,
  });
}
