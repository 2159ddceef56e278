import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export { EVENT_TYPES } from '@/lib/event-types';

export type NotificationPreferences = components['schemas']['NotificationPreferences'];
export type Channel = components['schemas']['Channel'];
export type Digest = components['schemas']['Digest'];

export function useNotificationPreferences() {
  return useQuery({
    queryKey: queryKeys.notificationPreferences,
    queryFn: () => unwrap(api.GET('/api/v1/me/notification-preferences')),
  });
}

/** Replaces the preferences whole (types not named go back to in-app). */
export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationPreferences) =>
      unwrap(api.PUT('/api/v1/me/notification-preferences', { body })),
    onSuccess: (saved) => queryClient.setQueryData(queryKeys.notificationPreferences, saved),
  });
}
