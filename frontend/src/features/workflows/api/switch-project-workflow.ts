import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

/** Moves the project onto another workflow; its tasks keep or map their status keys. */
export function switchProjectWorkflow(projectId: string, workflowId: string) {
  return unwrap(
    api.PATCH('/api/v1/projects/{id}', {
      params: { path: { id: projectId } },
      body: { workflowId } as components['schemas']['ProjectPatch'],
    }),
  );
}

export function useSwitchProjectWorkflow(projectId: string, workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (workflowId: string) => switchProjectWorkflow(projectId, workflowId),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['projects', projectId] }),
        queryClient.invalidateQueries({ queryKey: queryKeys.projects(workspaceId), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.workflows(workspaceId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.myTasks, exact: true }),
      ]),
  });
}
