import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type CreateWorkspaceInput =
  paths['/api/v1/workspaces']['post']['requestBody']['content']['application/json'];

export function createWorkspace(input: CreateWorkspaceInput) {
  return unwrap(api.POST('/api/v1/workspaces', { body: input }));
}

export function useCreateWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWorkspace,
    // The new workspace shows in the list and, as a membership, in the switcher.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.workspaces, exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.me, exact: true }),
      ]),
  });
}
