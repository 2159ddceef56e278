import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type ShareLinkSummary = components['schemas']['ShareLinkSummary'];

/** The project's share links, newest first, live or not (coordinators); never their secrets. */
export function useShareLinks(projectId: string) {
  return useQuery({
    queryKey: queryKeys.shareLinks(projectId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/projects/{projectId}/share-links', { params: { path: { projectId } } }),
      ),
  });
}

/** Revokes a link: its page answers "not found" at once. */
export function useRevokeShareLink(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/share-links/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.shareLinks(projectId) }),
  });
}
