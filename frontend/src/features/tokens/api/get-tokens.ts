import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type ApiTokenList =
  paths['/api/v1/me/tokens']['get']['responses'][200]['content']['application/json'];
export type ApiTokenSummary = ApiTokenList['items'][number];

export const tokensQueryKey = queryKeys.tokens;

const pageSize = 100;

export function getTokens(cursor?: string) {
  return unwrap(
    api.GET('/api/v1/me/tokens', {
      params: { query: { limit: pageSize, ...(cursor ? { cursor } : {}) } },
    }),
  );
}

export function tokensQueryOptions() {
  return infiniteQueryOptions({
    queryKey: tokensQueryKey,
    queryFn: ({ pageParam }) => getTokens(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });
}

export function useTokens() {
  return useInfiniteQuery(tokensQueryOptions());
}
