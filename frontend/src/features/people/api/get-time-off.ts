import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
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

/**
 * Time off of many people at once (the workload says why a week is empty). There is no
 * workspace-wide time-off list, so this is one small call per person, cached for a minute.
 */
export function useTimeOffOfPeople(personIds: string[]) {
  return useQueries({
    queries: personIds.map((id) => ({ ...timeOffQueryOptions(id), staleTime: 60_000 })),
    combine: (results) => new Map(personIds.map((id, i) => [id, results[i]?.data ?? []] as const)),
  });
}
