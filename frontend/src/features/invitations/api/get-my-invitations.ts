import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

type MyInvitationsPath = paths['/api/v1/me/invitations'];
export type MyInvitation =
  MyInvitationsPath['get']['responses'][200]['content']['application/json']['items'][number];

export function getMyInvitations() {
  return unwrap(api.GET('/api/v1/me/invitations', { params: { query: { limit: 50 } } }));
}

export function myInvitationsQueryOptions() {
  return queryOptions({ queryKey: queryKeys.myInvitations, queryFn: getMyInvitations });
}

export function useMyInvitations() {
  return useQuery(myInvitationsQueryOptions());
}
