import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';
import { refreshComputed } from './plan-changed';

/** Saves the current schedule as a baseline; task schedules then carry baseline dates. */
export function saveBaseline(projectId: string, name: string) {
  return unwrap(
    api.POST('/api/v1/projects/{id}/baselines', {
      params: { path: { id: projectId } },
      body: { name },
    }),
  );
}

export function useSaveBaseline(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => saveBaseline(projectId, name),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.tasks(projectId), exact: true }),
        refreshComputed(queryClient, projectId),
      ]),
  });
}
