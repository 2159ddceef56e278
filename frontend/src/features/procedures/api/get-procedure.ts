import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapWithEtag } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type Procedure = components['schemas']['Procedure'];

/** One procedure with its sanitised HTML and the ETag an edit sends back. */
export function procedureQueryOptions(procedureId: string) {
  return queryOptions({
    queryKey: queryKeys.procedure(procedureId),
    queryFn: () =>
      unwrapWithEtag(api.GET('/api/v1/procedures/{id}', { params: { path: { id: procedureId } } })),
  });
}

export function useProcedure(procedureId: string) {
  return useQuery(procedureQueryOptions(procedureId));
}
