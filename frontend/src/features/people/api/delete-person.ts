import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

export function deletePerson(personId: string) {
  return unwrap(api.DELETE('/api/v1/people/{id}', { params: { path: { id: personId } } }));
}

export function useDeletePerson(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deletePerson,
    onSuccess: (_result, personId) => {
      queryClient.removeQueries({ queryKey: queryKeys.person(personId) });
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.people(workspaceId), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.workload(workspaceId) }),
      ]);
    },
  });
}
