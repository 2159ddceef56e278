import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type SharedProject = components['schemas']['SharedProject'];
export type SharedReport = components['schemas']['SharedReport'];
export type Feedback = components['schemas']['SharedFeedback'];

/** What the share link shows: no account needed; unknown, revoked and expired links answer 404. */
export function useSharedProject(token: string) {
  return useQuery({
    queryKey: queryKeys.sharedReport(token),
    queryFn: () => unwrap(api.GET('/api/v1/shared/{token}', { params: { path: { token } } })),
    retry: false,
  });
}

export function useSendFeedback(token: string) {
  return useMutation({
    mutationFn: (feedback: Feedback) =>
      unwrap(
        api.POST('/api/v1/shared/{token}/feedback', {
          params: { path: { token } },
          body: feedback,
        }),
      ),
  });
}
