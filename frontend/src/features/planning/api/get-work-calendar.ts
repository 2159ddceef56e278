import { useQuery } from '@tanstack/react-query';
import { api, unwrap, unwrapWithEtag } from '@/lib/api/client';
import { fetchAllPages } from '@/lib/api/paging';
import { queryKeys } from '@/lib/query-keys';
import type { WorkCalendar } from '../gantt-scale';

// Same keys and cached shapes as the People screen's calendar calls, so a calendar edited there
// redraws the timeline (its mutations invalidate these keys) and nothing is read twice.

function getCalendar(calendarId: string) {
  return unwrapWithEtag(
    api.GET('/api/v1/calendars/{id}', { params: { path: { id: calendarId } } }),
  );
}

function getCalendars(workspaceId: string) {
  return fetchAllPages((cursor) =>
    unwrap(
      api.GET('/api/v1/workspaces/{id}/calendars', {
        params: { path: { id: workspaceId }, query: { limit: 500, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  );
}

export type WorkCalendarState = {
  /** The calendar the project schedules on; undefined while loading or when it failed. */
  calendar: WorkCalendar | undefined;
  status: 'pending' | 'error' | 'success';
  /** Why it could not be read (a missing default calendar has no problem to show). */
  error: unknown;
};

/**
 * The project's working calendar: its own when it has one, else the workspace's default (which
 * is what the service schedules it on).
 */
export function useWorkCalendar(
  workspaceId: string,
  calendarId: string | null | undefined,
): WorkCalendarState {
  const own = useQuery({
    queryKey: queryKeys.calendar(calendarId ?? ''),
    queryFn: () => getCalendar(calendarId ?? ''),
    enabled: Boolean(calendarId),
    select: (result) => result.data,
  });
  const workspaceDefault = useQuery({
    queryKey: queryKeys.calendars(workspaceId),
    queryFn: () => getCalendars(workspaceId),
    enabled: !calendarId,
    select: (calendars) => calendars.find((c) => c.isDefault),
  });
  const query = calendarId ? own : workspaceDefault;
  if (query.isSuccess && !query.data) return { calendar: undefined, status: 'error', error: null };
  return { calendar: query.data, status: query.status, error: query.error };
}
