import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

/**
 * Clears every levelling delay of a project (the schedule returns to its unlevelled dates). A
 * project without levelling is left as it is.
 */
export function useClearLeveling(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (projectId: string) =>
      unwrap(api.DELETE('/api/v1/projects/{id}/leveling', { params: { path: { id: projectId } } })),
    onSuccess: async (_, projectId) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.workload(workspaceId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.projects(workspaceId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.portfolio(workspaceId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.project(projectId) }),
      ]);
    },
  });
}
