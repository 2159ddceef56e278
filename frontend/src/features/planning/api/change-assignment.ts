import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { etagOfVersion, writeInOrder } from '@/lib/api/own-writes';
import type { components } from '@/lib/api/schema';
import { refreshAssignees } from './assign-person';
import type { Task } from './get-tasks';

export type Assignment = components['schemas']['Assignment'];

/**
 * Changes the share of the person's time the task takes, with `If-Match` from the version the
 * user saw: a change someone else made in between is refused (412), never overwritten.
 */
export function updateAssignmentUnits(
  queryClient: QueryClient,
  assignment: Assignment,
  units: number,
) {
  return writeInOrder(
    queryClient,
    `assignment:${assignment.id}`,
    assignment.version,
    (version) =>
      unwrap(
        api.PATCH('/api/v1/assignments/{id}', {
          params: { path: { id: assignment.id }, header: { 'If-Match': etagOfVersion(version) } },
          body: { units },
        }),
      ),
    (updated) => updated.version,
  );
}

/** Removes an assignment, refused (412) if it changed since the user saw it. */
export function removeAssignment(queryClient: QueryClient, assignment: Assignment) {
  return writeInOrder(
    queryClient,
    `assignment:${assignment.id}`,
    assignment.version,
    (version) =>
      unwrap(
        api.DELETE('/api/v1/assignments/{id}', {
          params: { path: { id: assignment.id }, header: { 'If-Match': etagOfVersion(version) } },
        }),
      ),
    () => undefined,
  );
}

// Either way the list is reloaded: after a 412 the user sees what is really there.
export function useUpdateAssignmentUnits(task: Pick<Task, 'projectId' | 'workspaceId'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ assignment, units }: { assignment: Assignment; units: number }) =>
      updateAssignmentUnits(queryClient, assignment, units),
    onSettled: () => refreshAssignees(queryClient, task),
  });
}

export function useRemoveAssignment(task: Pick<Task, 'projectId' | 'workspaceId'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (assignment: Assignment) => removeAssignment(queryClient, assignment),
    onSettled: () => refreshAssignees(queryClient, task),
  });
}
