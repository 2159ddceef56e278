import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type RiskSummary = components['schemas']['ProjectRiskSummary'];

export function getRiskSummary(projectId: string) {
  return unwrap(
    api.GET('/api/v1/projects/{projectId}/risk-summary', { params: { path: { projectId } } }),
  );
}

export function useRiskSummary(projectId: string) {
  return useQuery(
    queryOptions({
      queryKey: queryKeys.riskSummary(projectId),
      queryFn: () => getRiskSummary(projectId),
    }),
  );
}
