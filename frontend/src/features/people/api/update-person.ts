import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapWithEtag } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';
import { isStale } from './precondition';

export type PersonPatch = Partial<components['schemas']['PersonPatch']>;
type Input = { personId: string; etag: string | null; patch: PersonPatch };

export function updatePerson({ personId, etag, patch }: Input) {
  return unwrapWithEtag(
    api.PATCH('/api/v1/people/{id}', {
      params: { path: { id: personId }, header: etag ? { 'If-Match': etag } : {} },
      body: patch as components['schemas']['PersonPatch'],
    }),
  );
}

export function useUpdatePerson(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePerson,
    onSuccess: (_result, { personId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.person(personId), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.people(workspaceId), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.workload(workspaceId) }),
      ]),
    // 412: reload the person so the form shows what the other change made.
    onError: (error, { personId }) =>
      isStale(error)
        ? Promise.all([
            queryClient.invalidateQueries({ queryKey: queryKeys.person(personId), exact: true }),
            queryClient.invalidateQueries({ queryKey: queryKeys.people(workspaceId), exact: true }),
          ])
        : undefined,
  });
}
