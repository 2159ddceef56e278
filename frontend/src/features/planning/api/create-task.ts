import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { refreshPlan } from './plan-changed';

export type CreateTaskInput = components['schemas']['CreateTask'];

export function createTask(projectId: string, input: CreateTaskInput) {
  return unwrap(
    api.POST('/api/v1/projects/{projectId}/tasks', {
      params: { path: { projectId } },
      body: input,
    }),
  );
}

export function useCreateTask(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTaskInput) => createTask(projectId, input),
    onSuccess: () => refreshPlan(queryClient, projectId),
  });
}
