import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { fetchAllPages } from '@/lib/api/paging';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type Calendar = components['schemas']['Calendar'];
export type WorkWeek = components['schemas']['WorkWeek'];
export type WorkingTime = components['schemas']['WorkingTime'];
export type CalendarException = components['schemas']['CalendarException'];

export function getCalendars(workspaceId: string): Promise<Calendar[]> {
  return fetchAllPages((cursor) =>
    unwrap(
      api.GET('/api/v1/workspaces/{id}/calendars', {
        params: { path: { id: workspaceId }, query: { limit: 500, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  );
}

export function calendarsQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: queryKeys.calendars(workspaceId),
    queryFn: () => getCalendars(workspaceId),
  });
}

export function useCalendars(workspaceId: string) {
  return useQuery(calendarsQueryOptions(workspaceId));
}
