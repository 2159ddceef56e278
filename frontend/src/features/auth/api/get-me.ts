import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type Me = paths['/api/v1/me']['get']['responses'][200]['content']['application/json'];
export type Membership = Me['memberships'][number];

export const meQueryKey = queryKeys.me;

export function getMe() {
  return unwrap(api.GET('/api/v1/me'));
}

export function meQueryOptions() {
  return queryOptions({ queryKey: meQueryKey, queryFn: getMe });
}

export function useMe() {
  return useQuery(meQueryOptions());
}
