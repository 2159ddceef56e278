import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type CreateTimeOff = components['schemas']['CreateTimeOff'];

export function addTimeOff(personId: string, body: CreateTimeOff) {
  return unwrap(
    api.POST('/api/v1/people/{id}/time-off', { params: { path: { id: personId } }, body }),
  );
}

/** Time off takes capacity away, so the workload changes with it. */
export function useAddTimeOff(workspaceId: string, personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTimeOff) => addTimeOff(personId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.timeOff(personId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.workload(workspaceId) }),
      ]),
  });
}
