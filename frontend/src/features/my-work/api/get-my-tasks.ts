import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type MyTask = components['schemas']['Task'];

export function getMyTasks(cursor?: string) {
  return unwrap(
    api.GET('/api/v1/me/tasks', {
      params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } },
    }),
  );
}

export function myTasksQueryOptions() {
  return infiniteQueryOptions({
    queryKey: queryKeys.myTasks,
    queryFn: ({ pageParam }) => getMyTasks(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });
}

export function useMyTasks() {
  return useInfiniteQuery(myTasksQueryOptions());
}
