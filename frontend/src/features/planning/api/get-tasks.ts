import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { fetchAllPages, numberRanges } from '@/lib/api/paging';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type Task = components['schemas']['Task'];
export type TaskSchedule = components['schemas']['TaskSchedule'];

const PAGE = 500;
const RANGE = 1000;

type TaskRange = { numberFrom?: number; numberTo?: number };

function taskPage(projectId: string, cursor: string | undefined, range: TaskRange) {
  return unwrap(
    api.GET('/api/v1/projects/{projectId}/tasks', {
      params: {
        path: { projectId },
        query: { limit: PAGE, ...range, ...(cursor ? { cursor } : {}) },
      },
    }),
  );
}

/** The number in a task key such as WEB-12. */
function numberOf(task: Task): number {
  return Number(task.key.slice(task.key.lastIndexOf('-') + 1));
}

/**
 * Every task of the project (the WBS and the Gantt need the whole tree). The first page and the
 * project come together; beyond the first page the rest is read in ranges of task numbers side by
 * side (up to the project's last task number), so a large project costs a few round trips, not
 * one per page.
 */
export async function getTasks(projectId: string): Promise<Task[]> {
  const project = unwrap(api.GET('/api/v1/projects/{id}', { params: { path: { id: projectId } } }));
  project.catch(() => undefined); // awaited only when the project has more than one page
  const first = await taskPage(projectId, undefined, {});
  const lastRead = first.items.at(-1);
  if (!first.next || !lastRead) return first.items;
  const from = numberOf(lastRead) + 1;
  const ranges = numberRanges(from, (await project).lastTaskNumber, RANGE);
  const rest = await Promise.all(
    ranges.map(([numberFrom, numberTo]) =>
      fetchAllPages((cursor) => taskPage(projectId, cursor, { numberFrom, numberTo })),
    ),
  );
  return [...first.items, ...rest.flat()];
}

export function tasksQueryOptions(projectId: string) {
  return queryOptions({ queryKey: queryKeys.tasks(projectId), queryFn: () => getTasks(projectId) });
}

export function useTasks(projectId: string) {
  return useQuery(tasksQueryOptions(projectId));
}
