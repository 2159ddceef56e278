import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { etagOfVersion } from '@/lib/api/own-writes';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type WorkflowDraftBody = components['schemas']['CreateWorkflow'];

type Input =
  | { kind: 'create'; body: WorkflowDraftBody }
  | {
      kind: 'update';
      workflowId: string;
      version: number;
      body: WorkflowDraftBody;
      /** Removed status key → the status its tasks move to. */
      reassign?: Record<string, string>;
    };

/** Creates a workflow, or changes one with If-Match set to the version the editor loaded. */
export function saveWorkflow(workspaceId: string, input: Input) {
  if (input.kind === 'create') {
    return unwrap(
      api.POST('/api/v1/workspaces/{id}/workflows', {
        params: { path: { id: workspaceId } },
        body: input.body,
      }),
    );
  }
  const patch = { ...input.body, ...(input.reassign ? { reassign: input.reassign } : {}) };
  return unwrap(
    api.PATCH('/api/v1/workflows/{id}', {
      params: {
        path: { id: input.workflowId },
        header: { 'If-Match': etagOfVersion(input.version) },
      },
      // A PATCH sends only some fields; the generator marks them all required.
      body: patch as components['schemas']['WorkflowPatch'],
    }),
  );
}

export function useSaveWorkflow(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => saveWorkflow(workspaceId, input),
    // Statuses may have been renamed or removed: tasks, boards and flow read them.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.workflows(workspaceId) }),
        queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'projects' }),
        queryClient.invalidateQueries({ queryKey: queryKeys.myTasks, exact: true }),
      ]),
  });
}
