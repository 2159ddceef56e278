import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';
import type { Month } from '../dashboard-series';

export type Metrics = components['schemas']['Metrics'];
export type Scope = { kind: 'project' | 'workspace'; id: string };
type Granularity = 'week' | 'month';

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

/** The whole range by week: throughput per week, cycle and lead time, utilisation. */
export function useRangeMetrics(scope: Scope, from: string, to: string) {
  return useQuery({
    queryKey: key(scope, from, to, 'week'),
    queryFn: () => getMetrics(scope, from, to, 'week'),
  });
}

/**
 * One call per month for the trends: the service states each rate over a range, so a trend is the
 * rate of each month in turn.
 */
export function useMonthlyMetrics(scope: Scope, months: readonly Month[]) {
  return useQueries({
    queries: months.map((m) => ({
      queryKey: key(scope, m.from, m.to, 'month'),
      queryFn: () => getMetrics(scope, m.from, m.to, 'month'),
    })),
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
