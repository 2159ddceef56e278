import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { refreshAssignees } from './assign-person';
import type { Task } from './get-tasks';

/**
 * Removes one assignment. An assignment cannot be changed, only removed, so there is no version
 * to check: if it is already gone the service answers 404 and the list is reloaded.
 */
export function unassignPerson(assignmentId: string) {
  return unwrap(api.DELETE('/api/v1/assignments/{id}', { params: { path: { id: assignmentId } } }));
}

export function useUnassignPerson(task: Pick<Task, 'projectId' | 'workspaceId'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unassignPerson,
    onSettled: () => refreshAssignees(queryClient, task),
  });
}
