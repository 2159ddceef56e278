import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

export type SaveAsTemplateInput = { name: string; description?: string };

/** POST /workspaces/{id}/templates with `fromProjectId`: the project saved as a template. */
export function saveProjectAsTemplate(
  workspaceId: string,
  projectId: string,
  input: SaveAsTemplateInput,
) {
  return unwrap(
    api.POST('/api/v1/workspaces/{id}/templates', {
      params: { path: { id: workspaceId } },
      body: { ...input, fromProjectId: projectId },
    }),
  );
}

export function useSaveAsTemplate(workspaceId: string, projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveAsTemplateInput) =>
      saveProjectAsTemplate(workspaceId, projectId, input),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.templates(workspaceId), exact: true }),
  });
}
