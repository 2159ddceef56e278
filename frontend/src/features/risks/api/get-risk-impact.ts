import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type RiskImpact = components['schemas']['RiskImpact'];

export function getRiskImpact(riskId: string) {
  return unwrap(api.GET('/api/v1/risks/{id}/impact', { params: { path: { id: riskId } } }));
}

/** The what-if runs the scheduler, so it is only fetched when asked for. */
export function useRiskImpact(riskId: string, enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: queryKeys.riskImpact(riskId),
      queryFn: () => getRiskImpact(riskId),
      enabled,
    }),
  );
}
