import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapWithEtag } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

/** The risk with its ETag, so an edit can send If-Match. */
export function getRisk(riskId: string) {
  return unwrapWithEtag(api.GET('/api/v1/risks/{id}', { params: { path: { id: riskId } } }));
}

export function riskQueryOptions(riskId: string) {
  return queryOptions({ queryKey: queryKeys.risk(riskId), queryFn: () => getRisk(riskId) });
}

export function useRisk(riskId: string) {
  return useQuery(riskQueryOptions(riskId));
}
