import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapWithEtag } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';
import { isStale } from './precondition';

type Input = {
  calendarId: string;
  etag: string | null;
  patch: components['schemas']['CalendarPatch'];
};

export function updateCalendar({ calendarId, etag, patch }: Input) {
  return unwrapWithEtag(
    api.PATCH('/api/v1/calendars/{id}', {
      params: { path: { id: calendarId }, header: etag ? { 'If-Match': etag } : {} },
      body: patch,
    }),
  );
}

/**
 * Working time drives capacity and every schedule on the calendar, so a change refreshes the
 * workload and all project plans.
 */
export function useUpdateCalendar(workspaceId: string) {
  const queryClient = useQueryClient();
  const reload = (calendarId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.calendar(calendarId), exact: true }),
      queryClient.invalidateQueries({ queryKey: queryKeys.calendars(workspaceId), exact: true }),
    ]);
  return useMutation({
    mutationFn: updateCalendar,
    onSuccess: (_r, { calendarId }) =>
      Promise.all([
        reload(calendarId),
        queryClient.invalidateQueries({ queryKey: queryKeys.workload(workspaceId) }),
        queryClient.invalidateQueries({ queryKey: ['projects'] }),
      ]),
    onError: (error, { calendarId }) => (isStale(error) ? reload(calendarId) : undefined),
  });
}
