import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type CreateCalendar = components['schemas']['CreateCalendar'];

export function createCalendar(workspaceId: string, body: CreateCalendar) {
  return unwrap(
    api.POST('/api/v1/workspaces/{id}/calendars', { params: { path: { id: workspaceId } }, body }),
  );
}

export function useCreateCalendar(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCalendar) => createCalendar(workspaceId, body),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.calendars(workspaceId), exact: true }),
  });
}
