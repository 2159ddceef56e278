import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapWithEtag } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import { queryKeys } from '@/lib/query-keys';

type RenameInput = { name: string; etag: string | null };

export function renameWorkspace(workspaceId: string, { name, etag }: RenameInput) {
  return unwrapWithEtag(
    api.PATCH('/api/v1/workspaces/{id}', {
      params: { path: { id: workspaceId }, header: etag ? { 'If-Match': etag } : {} },
      body: { name },
    }),
  );
}

export function useRenameWorkspace(workspaceId: string) {
  const queryClient = useQueryClient();
  const changed = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.workspace(workspaceId), exact: true }),
      queryClient.invalidateQueries({ queryKey: queryKeys.workspaces, exact: true }),
      queryClient.invalidateQueries({ queryKey: queryKeys.me, exact: true }),
    ]);
  return useMutation({
    mutationFn: (input: RenameInput) => renameWorkspace(workspaceId, input),
    onSuccess: changed,
    // 412: someone renamed it first; fetch the current name and ETag so the next try can succeed.
    onError: (error) =>
      error instanceof ApiError && error.status === 412
        ? queryClient.invalidateQueries({ queryKey: queryKeys.workspace(workspaceId), exact: true })
        : undefined,
  });
}
