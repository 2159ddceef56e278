import { useQueries } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { fetchAllPages } from '@/lib/api/paging';
import { queryKeys } from '@/lib/query-keys';

export type TaskLabel = { key: string; title: string };

export async function getProjectTaskLabels(projectId: string): Promise<Map<string, TaskLabel>> {
  const tasks = await fetchAllPages((cursor) =>
    unwrap(
      api.GET('/api/v1/projects/{projectId}/tasks', {
        params: { path: { projectId }, query: { limit: 500, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  );
  return new Map(tasks.map((t) => [t.id, { key: t.key, title: t.title }]));
}

/**
 * Key and title of every task in the given projects: a levelling preview moves dozens of tasks
 * across a few projects, so one list per project beats one call per task.
 */
export function useProjectTaskLabels(projectIds: string[]) {
  return useQueries({
    queries: projectIds.map((projectId) => ({
      queryKey: [...queryKeys.tasks(projectId), 'labels'],
      queryFn: () => getProjectTaskLabels(projectId),
      staleTime: 30_000,
    })),
    combine: (results) => {
      const labels = new Map<string, TaskLabel>();
      for (const r of results) r.data?.forEach((label, id) => labels.set(id, label));
      return {
        labels,
        isPending: results.some((r) => r.isPending),
        error: results.find((r) => r.error)?.error ?? null,
      };
    },
  });
}
