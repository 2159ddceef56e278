import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type Metrics = components['schemas']['Metrics'];
export type Scope = { kind: 'project' | 'workspace'; id: string };
export type Granularity = 'week' | 'month';
export type SeriesBucket = Metrics['series'][number];

/** The figures as JSON (the same operations answer CSV to `Accept: text/csv`). */
function getMetrics(
  scope: Scope,
  from: string,
  to: string,
  granularity: Granularity,
): Promise<Metrics> {
  const query = { from, to, granularity };
  const call =
    scope.kind === 'project'
      ? unwrap(
          api.GET('/api/v1/projects/{projectId}/metrics', {
            params: { path: { projectId: scope.id }, query },
          }),
        )
      : unwrap(
          api.GET('/api/v1/workspaces/{id}/metrics', { params: { path: { id: scope.id }, query } }),
        );
  return call as Promise<Metrics>;
}

function key(scope: Scope, from: string, to: string, granularity: Granularity) {
  return scope.kind === 'project'
    ? queryKeys.projectMetrics(scope.id, from, to, granularity)
    : queryKeys.workspaceMetrics(scope.id, from, to, granularity);
}

/**
 * The whole range in one call: the figures over the range and, in `series`, the same figures per
 * week or month, which the trend charts draw.
 */
export function useMetrics(scope: Scope, from: string, to: string, granularity: Granularity) {
  return useQuery({
    queryKey: key(scope, from, to, granularity),
    queryFn: () => getMetrics(scope, from, to, granularity),
  });
}

export function useTeams(workspaceId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.teams(workspaceId ?? ''),
    enabled: workspaceId !== undefined,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{id}/teams', { params: { path: { id: workspaceId ?? '' } } }),
      ),
  });
}
