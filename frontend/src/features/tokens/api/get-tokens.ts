import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type ApiTokenList =
  paths['/api/v1/me/tokens']['get']['responses'][200]['content']['application/json'];
export type ApiTokenSummary = ApiTokenList['items'][number];

export const tokensQueryKey = queryKeys.tokens;

export function getTokens() {
  return unwrap(api.GET('/api/v1/me/tokens'));
}

export function tokensQueryOptions() {
  return queryOptions({ queryKey: tokensQueryKey, queryFn: getTokens });
}

export function useTokens() {
  return useQuery(tokensQueryOptions());
}
