import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

export type ProcedureInput = { title: string; bodyMarkdown: string };

/** POST /workspaces/{id}/procedures (a new procedure) or PATCH /procedures/{id} with If-Match. */
export function useSaveProcedure(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      procedureId,
      etag,
      input,
    }: {
      procedureId?: string | undefined;
      etag?: string | null | undefined;
      input: ProcedureInput;
    }) =>
      procedureId
        ? unwrap(
            api.PATCH('/api/v1/procedures/{id}', {
              params: {
                path: { id: procedureId },
                ...(etag ? { header: { 'If-Match': etag } } : {}),
              },
              body: input,
            }),
          )
        : unwrap(
            api.POST('/api/v1/workspaces/{id}/procedures', {
              params: { path: { id: workspaceId } },
              body: input,
            }),
          ),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.procedure(saved.id) });
      return queryClient.invalidateQueries({
        queryKey: queryKeys.procedures(workspaceId),
        exact: true,
      });
    },
    // a stale edit (412): reload what the other person saved
    onError: (_error, { procedureId }) =>
      procedureId
        ? queryClient.invalidateQueries({ queryKey: queryKeys.procedure(procedureId) })
        : undefined,
  });
}
