import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type Workload = components['schemas']['Workload'];
export type PersonWorkload = components['schemas']['PersonWorkload'];

export type WorkloadQuery = {
  workspaceId: string;
  from: string;
  to: string;
  granularity: 'day' | 'week';
  personId?: string;
};

export function getWorkload({ workspaceId, from, to, granularity, personId }: WorkloadQuery) {
  return unwrap(
    api.GET('/api/v1/workspaces/{id}/workload', {
      params: {
        path: { id: workspaceId },
        query: { from, to, granularity, ...(personId ? { personId } : {}) },
      },
    }),
  );
}

export function workloadQueryOptions(query: WorkloadQuery) {
  return queryOptions({
    queryKey: [
      ...queryKeys.workload(query.workspaceId),
      query.from,
      query.to,
      query.granularity,
      query.personId ?? 'everyone',
    ],
    queryFn: () => getWorkload(query),
  });
}

export function useWorkload(query: WorkloadQuery, enabled = true) {
  return useQuery({ ...workloadQueryOptions(query), enabled });
}
