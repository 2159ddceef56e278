import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapWithEtag } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';
import { teamKey } from './get-team';
import { isStale } from './precondition';

type Input = {
  teamId: string;
  etag: string | null;
  patch: Partial<components['schemas']['TeamPatch']>;
};

export function updateTeam({ teamId, etag, patch }: Input) {
  return unwrapWithEtag(
    api.PATCH('/api/v1/teams/{id}', {
      params: { path: { id: teamId }, header: etag ? { 'If-Match': etag } : {} },
      body: patch as components['schemas']['TeamPatch'],
    }),
  );
}

export function useUpdateTeam(workspaceId: string) {
  const queryClient = useQueryClient();
  const reload = (teamId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: teamKey(teamId), exact: true }),
      queryClient.invalidateQueries({ queryKey: queryKeys.teams(workspaceId), exact: true }),
    ]);
  return useMutation({
    mutationFn: updateTeam,
    onSuccess: (_r, { teamId }) => reload(teamId),
    onError: (error, { teamId }) => (isStale(error) ? reload(teamId) : undefined),
  });
}
