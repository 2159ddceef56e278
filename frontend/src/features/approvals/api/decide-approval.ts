import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

type Input = {
  approvalId: string;
  projectId: string;
  taskId: string;
  decision: 'approve' | 'reject';
  comment?: string;
};

/** Approves or rejects a round; 403 for someone not an approver, 409 once decided. */
export function decideApproval({ approvalId, decision, comment }: Input) {
  return unwrap(
    api.POST('/api/v1/approvals/{id}/decision', {
      params: { path: { id: approvalId } },
      body: { decision, ...(comment ? { comment } : {}) },
    }),
  );
}

export function useDecideApproval() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideApproval,
    // A rejection moves the task; either decision closes or advances the round.
    onSettled: (_r, _e, { projectId, taskId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.myApprovals }),
        queryClient.invalidateQueries({ queryKey: queryKeys.projectApprovals(projectId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.tasks(projectId), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.transitions(taskId) }),
      ]),
  });
}
