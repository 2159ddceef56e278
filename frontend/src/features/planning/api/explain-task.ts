import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type ExplainStep = components['schemas']['ExplainStep'];

export function explainTask(taskId: string) {
  return unwrap(
    api.GET('/api/v1/tasks/{id}/schedule/explain', { params: { path: { id: taskId } } }),
  );
}

export function explainQueryOptions(taskId: string) {
  return queryOptions({ queryKey: queryKeys.explain(taskId), queryFn: () => explainTask(taskId) });
}

export function useExplainTask(taskId: string) {
  return useQuery(explainQueryOptions(taskId));
}
