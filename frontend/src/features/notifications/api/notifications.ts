import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type Notification = components['schemas']['Notification'];
export type NotificationPage = components['schemas']['NotificationPage'];

/** The newest page of the signed-in user's inbox, with the unread count of the whole inbox. */
export function getNotifications(unread: boolean): Promise<NotificationPage> {
  return unwrap(api.GET('/api/v1/me/notifications', { params: { query: { unread, limit: 50 } } }));
}

export function useNotifications(unread = false) {
  return useQuery({
    queryKey: queryKeys.notifications(unread),
    queryFn: () => getNotifications(unread),
    // the bell: pick up what others did without a reload
    refetchInterval: 30_000,
  });
}

/** Marks some notifications (ids) or, with all, every one of them read. */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { ids: string[]; all: boolean }) =>
      unwrap(api.POST('/api/v1/me/notifications:read', { body: input })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.notificationsAll }),
  });
}
