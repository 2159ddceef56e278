import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type MovedTask = components['schemas']['Task'];

type Input = { taskId: string; to: string; comment?: string };

/** Moves a task to another status of its workflow; 409 with `allowed` when refused. */
export function moveTask({ taskId, to, comment }: Input) {
  return unwrap(
    api.POST('/api/v1/tasks/{id}/transitions', {
      params: { path: { id: taskId } },
      body: { to, ...(comment ? { comment } : {}) },
    }),
  );
}

export function useMoveTask(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveTask,
    onSuccess: (moved, { taskId }) => {
      queryClient.setQueryData<MovedTask[]>(queryKeys.tasks(projectId), (rows) =>
        rows?.map((row) => (row.id === moved.id ? { ...moved, wipExceeded: false } : row)),
      );
      // A move may open or close an approval round, and done/cancelled change the schedule.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.transitions(taskId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.projectApprovals(projectId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.myApprovals }),
        queryClient.invalidateQueries({ queryKey: queryKeys.schedule(projectId), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.project(projectId), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.myTasks, exact: true }),
        queryClient.invalidateQueries({
          predicate: (q) => q.queryKey.includes('flow') && q.queryKey[0] !== 'tasks',
        }),
      ]);
    },
    // Someone else may have moved it first: show where it really is.
    onError: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.tasks(projectId), exact: true }),
  });
}
