import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { fetchAllPages } from '@/lib/api/paging';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type TimeOff = components['schemas']['TimeOff'];

export function getTimeOff(personId: string): Promise<TimeOff[]> {
  return fetchAllPages((cursor) =>
    unwrap(
      api.GET('/api/v1/people/{id}/time-off', {
        params: { path: { id: personId }, query: { limit: 500, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  );
}

export function timeOffQueryOptions(personId: string) {
  return queryOptions({
    queryKey: queryKeys.timeOff(personId),
    queryFn: () => getTimeOff(personId),
  });
}

export function useTimeOff(personId: string) {
  return useQuery(timeOffQueryOptions(personId));
}
