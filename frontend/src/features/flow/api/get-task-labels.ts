import { useQueries } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

/** `WEB-12 Write the launch post` for each task id (bottlenecks name tasks by id only). */
export function useTaskLabels(taskIds: readonly string[]): Map<string, string> {
  const results = useQueries({
    queries: taskIds.map((id) => ({
      queryKey: queryKeys.taskLabel(id),
      queryFn: async () => {
        const task = await unwrap(api.GET('/api/v1/tasks/{id}', { params: { path: { id } } }));
        return `${task.key} ${task.title}`;
      },
      staleTime: 5 * 60_000,
    })),
  });
  return new Map(taskIds.map((id, i) => [id, results[i]?.data ?? id.slice(0, 8)]));
}
