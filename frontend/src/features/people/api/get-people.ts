import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { fetchAllPages } from '@/lib/api/paging';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type Person = components['schemas']['Person'];

export function getPeople(workspaceId: string): Promise<Person[]> {
  return fetchAllPages((cursor) =>
    unwrap(
      api.GET('/api/v1/workspaces/{id}/people', {
        params: { path: { id: workspaceId }, query: { limit: 500, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  );
}

export function peopleQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: queryKeys.people(workspaceId),
    queryFn: () => getPeople(workspaceId),
    staleTime: 60_000,
  });
}

/** People of the workspace as an id → name lookup (assignees, milestone owners). */
export function usePeopleNames(workspaceId: string | undefined) {
  return useQuery({
    ...peopleQueryOptions(workspaceId ?? ''),
    enabled: workspaceId !== undefined,
    select: (people) => new Map(people.map((p) => [p.id, p.name])),
  });
}
