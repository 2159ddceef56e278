import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type CreatePerson = components['schemas']['CreatePerson'];

export function createPerson(workspaceId: string, body: CreatePerson) {
  return unwrap(
    api.POST('/api/v1/workspaces/{id}/people', { params: { path: { id: workspaceId } }, body }),
  );
}

export function useCreatePerson(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePerson) => createPerson(workspaceId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.people(workspaceId), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.workload(workspaceId) }),
      ]),
  });
}
