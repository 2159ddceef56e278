import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type Job = components['schemas']['Job'];
export type Fidelity = components['schemas']['Fidelity'];
export type FidelityMismatch = components['schemas']['FidelityMismatch'];

/** How often a running job is asked for its progress. */
export const JOB_POLL_MS = 400;

export function isFinished(job: Job | undefined): boolean {
  return job?.state === 'succeeded' || job?.state === 'failed';
}

export function jobQueryOptions(jobId: string) {
  return queryOptions({
    queryKey: queryKeys.job(jobId),
    queryFn: () => unwrap(api.GET('/api/v1/jobs/{id}', { params: { path: { id: jobId } } })),
    // poll until the job is done; a finished job never changes again
    refetchInterval: (query) => (isFinished(query.state.data) ? false : JOB_POLL_MS),
    staleTime: (query) => (isFinished(query.state.data) ? Infinity : 0),
  });
}

export function useJob(jobId: string) {
  return useQuery(jobQueryOptions(jobId));
}
