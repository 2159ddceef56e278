import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type Transition = components['schemas']['Transition'];

/** A task's latest moves (newest first) and where it may move now. */
export function getTransitions(taskId: string) {
  return unwrap(
    api.GET('/api/v1/tasks/{id}/transitions', {
      params: { path: { id: taskId }, query: { limit: 50 } },
    }),
  );
}

export function useTransitions(taskId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.transitions(taskId),
    queryFn: () => getTransitions(taskId),
    enabled,
  });
}
