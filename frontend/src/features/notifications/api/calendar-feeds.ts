import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type CalendarFeed = components['schemas']['CalendarFeed'];
export type CreatedFeed = { id: string; url: string };

/** Whose feeds: the signed-in person's own work, or one project's milestones and deadlines. */
export type FeedScope = { kind: 'personal' } | { kind: 'project'; projectId: string };

function keyOf(scope: FeedScope) {
  return scope.kind === 'personal'
    ? queryKeys.myCalendarFeeds
    : queryKeys.projectCalendarFeeds(scope.projectId);
}

export function useCalendarFeeds(scope: FeedScope) {
  return useQuery({
    queryKey: keyOf(scope),
    queryFn: () =>
      scope.kind === 'personal'
        ? unwrap(api.GET('/api/v1/me/calendar-feeds'))
        : unwrap(
            api.GET('/api/v1/projects/{projectId}/calendar-feeds', {
              params: { path: { projectId: scope.projectId } },
            }),
          ),
  });
}

export function useCreateCalendarFeed(scope: FeedScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (): Promise<CreatedFeed> =>
      (scope.kind === 'personal'
        ? unwrap(api.POST('/api/v1/me/calendar-feeds'))
        : unwrap(
            api.POST('/api/v1/projects/{projectId}/calendar-feeds', {
              params: { path: { projectId: scope.projectId } },
            }),
          )) as Promise<CreatedFeed>,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keyOf(scope) }),
  });
}

export function useRevokeCalendarFeed(scope: FeedScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/calendar-feeds/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keyOf(scope) }),
  });
}

/** The feed's absolute https URL (the service answers with a path) and its webcal:// twin. */
export function feedUrls(path: string, origin = globalThis.location?.origin ?? '') {
  const https = new URL(path, origin).toString();
  return { https, webcal: https.replace(/^https?:/, 'webcal:') };
}
