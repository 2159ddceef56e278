import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';
import type { Task } from './get-tasks';

type Variables = { task: Pick<Task, 'id'>; personId: string; units: number };

export function assignPerson({ task, personId, units }: Variables) {
  return unwrap(
    api.POST('/api/v1/tasks/{id}/assignments', {
      params: { path: { id: task.id } },
      body: { personId, units },
    }),
  );
}

/**
 * Who does the work changes the task list (its assignees), people's workload and "my work" —
 * not the critical-path schedule, which does not depend on who does the work.
 */
export function refreshAssignees(
  queryClient: QueryClient,
  task: Pick<Task, 'projectId' | 'workspaceId'>,
) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.tasks(task.projectId), exact: true }),
    queryClient.invalidateQueries({ queryKey: queryKeys.workload(task.workspaceId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.myTasks, exact: true }),
  ]);
}

export function useAssignPerson(task: Pick<Task, 'projectId' | 'workspaceId'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: assignPerson,
    onSuccess: () => refreshAssignees(queryClient, task),
  });
}
