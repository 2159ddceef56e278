import {
  useMutation,
  useQueryClient,
  type InfiniteData,
  type QueryClient,
} from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { etagOfVersion, writeInOrder } from '@/lib/api/own-writes';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';
import type { getMyTasks, MyTask } from './get-my-tasks';

type Progress = Pick<Partial<components['schemas']['TaskPatch']>, 'status' | 'percentComplete'>;
type Page = Awaited<ReturnType<typeof getMyTasks>>;

/**
 * Reports progress on one of my tasks with `If-Match` from the version I was shown, so a change
 * someone else made in the meantime is refused (412) and shown, never overwritten.
 */
export function reportProgress(queryClient: QueryClient, task: MyTask, progress: Progress) {
  return writeInOrder(
    queryClient,
    `task:${task.id}`,
    task.version,
    (version) =>
      unwrap(
        api.PATCH('/api/v1/tasks/{id}', {
          params: { path: { id: task.id }, header: { 'If-Match': etagOfVersion(version) } },
          // The generated type marks every property required; a PATCH sends only some.
          body: progress as components['schemas']['TaskPatch'],
        }),
      ),
    (updated) => updated.version,
  );
}

export function useReportProgress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ task, progress }: { task: MyTask; progress: Progress }) =>
      reportProgress(queryClient, task, progress),
    onSuccess: (updated) => {
      queryClient.setQueryData<InfiniteData<Page>>(queryKeys.myTasks, (data) =>
        data
          ? {
              ...data,
              pages: data.pages.map((page) => ({
                ...page,
                items: page.items.map((t) => (t.id === updated.id ? updated : t)),
              })),
            }
          : data,
      );
      // progress moves the schedule (status date), milestones, health, workload and the portfolio
      return Promise.all([
        // a task marked done or cancelled leaves the list of open tasks
        queryClient.invalidateQueries({ queryKey: queryKeys.myTasks }),
        queryClient.invalidateQueries({ queryKey: queryKeys.projects(updated.workspaceId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.project(updated.projectId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.workload(updated.workspaceId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.portfolio(updated.workspaceId) }),
      ]);
    },
    // after a refusal, show what is really there
    onError: () => queryClient.invalidateQueries({ queryKey: queryKeys.myTasks }),
  });
}
