import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';
import { refreshComputed } from './plan-changed';

export type CreateDependencyInput = components['schemas']['CreateDependency'];

export function createDependency(input: CreateDependencyInput) {
  return unwrap(api.POST('/api/v1/dependencies', { body: input }));
}

export function useCreateDependency(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDependency,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.dependencies(projectId), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.tasks(projectId), exact: true }),
        refreshComputed(queryClient, projectId),
      ]),
  });
}
