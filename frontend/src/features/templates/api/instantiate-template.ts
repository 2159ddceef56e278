import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type InstantiateTemplateInput = components['schemas']['InstantiateTemplate'];

/** POST /templates/{id}/instantiate: a new project planned forwards or backwards. */
export function instantiateTemplate(templateId: string, input: InstantiateTemplateInput) {
  return unwrap(
    api.POST('/api/v1/templates/{id}/instantiate', {
      params: { path: { id: templateId } },
      body: input,
    }),
  );
}

export function useInstantiateTemplate(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ templateId, input }: { templateId: string; input: InstantiateTemplateInput }) =>
      instantiateTemplate(templateId, input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.projects(workspaceId), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.portfolio(workspaceId), exact: true }),
      ]),
  });
}
