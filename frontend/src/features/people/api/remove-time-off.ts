import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

export function removeTimeOff(timeOffId: string) {
  return unwrap(api.DELETE('/api/v1/time-off/{id}', { params: { path: { id: timeOffId } } }));
}

export function useRemoveTimeOff(workspaceId: string, personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeTimeOff,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.timeOff(personId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.workload(workspaceId) }),
      ]),
  });
}
