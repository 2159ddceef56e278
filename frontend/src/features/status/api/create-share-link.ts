import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

/** A coordinator creates a share link for the project; the token is shown only in this answer. */
export function useCreateShareLink(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/projects/{projectId}/share-links', {
          params: { path: { projectId } },
          body: {} as components['schemas']['CreateShareLink'],
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.shareLinks(projectId) }),
  });
}
