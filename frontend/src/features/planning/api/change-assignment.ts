import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { refreshAssignees } from './assign-person';
import type { Task } from './get-tasks';

export type Assignment = components['schemas']['Assignment'];

/** The ETag of an assignment the user saw, for `If-Match`. */
const etagOf = (assignment: Pick<Assignment, 'version'>) => `"${assignment.version}"`;

/**
 * Changes the share of the person's time the task takes, with `If-Match` from the version the
 * user saw: a change someone else made in between is refused (412), never overwritten.
 */
export function updateAssignmentUnits(assignment: Assignment, units: number) {
  return unwrap(
    api.PATCH('/api/v1/assignments/{id}', {
      params: { path: { id: assignment.id }, header: { 'If-Match': etagOf(assignment) } },
      body: { units },
    }),
  );
}

/** Removes an assignment, refused (412) if it changed since the user saw it. */
export function removeAssignment(assignment: Assignment) {
  return unwrap(
    api.DELETE('/api/v1/assignments/{id}', {
      params: { path: { id: assignment.id }, header: { 'If-Match': etagOf(assignment) } },
    }),
  );
}

// Either way the list is reloaded: after a 412 the user sees what is really there.
export function useUpdateAssignmentUnits(task: Pick<Task, 'projectId' | 'workspaceId'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ assignment, units }: { assignment: Assignment; units: number }) =>
      updateAssignmentUnits(assignment, units),
    onSettled: () => refreshAssignees(queryClient, task),
  });
}

export function useRemoveAssignment(task: Pick<Task, 'projectId' | 'workspaceId'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeAssignment,
    onSettled: () => refreshAssignees(queryClient, task),
  });
}
