import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapWithEtag } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

/** One person with the ETag an edit must send back as If-Match. */
export function getPerson(personId: string) {
  return unwrapWithEtag(api.GET('/api/v1/people/{id}', { params: { path: { id: personId } } }));
}

export function personQueryOptions(personId: string) {
  return queryOptions({
    queryKey: queryKeys.person(personId),
    queryFn: () => getPerson(personId),
  });
}

export function usePerson(personId: string) {
  return useQuery(personQueryOptions(personId));
}
