import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapWithEtag } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

/** One calendar with the ETag an edit must send back as If-Match. */
export function getCalendar(calendarId: string) {
  return unwrapWithEtag(
    api.GET('/api/v1/calendars/{id}', { params: { path: { id: calendarId } } }),
  );
}

export function calendarQueryOptions(calendarId: string) {
  return queryOptions({
    queryKey: queryKeys.calendar(calendarId),
    queryFn: () => getCalendar(calendarId),
  });
}

export function useCalendar(calendarId: string) {
  return useQuery(calendarQueryOptions(calendarId));
}
