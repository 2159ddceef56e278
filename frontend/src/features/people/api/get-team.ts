import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapWithEtag } from '@/lib/api/client';

export const teamKey = (teamId: string) => ['teams', teamId] as const;

/** One team with the ETag a rename must send back as If-Match. */
export function getTeam(teamId: string) {
  return unwrapWithEtag(api.GET('/api/v1/teams/{id}', { params: { path: { id: teamId } } }));
}

export function teamQueryOptions(teamId: string) {
  return queryOptions({ queryKey: teamKey(teamId), queryFn: () => getTeam(teamId) });
}

export function useTeam(teamId: string) {
  return useQuery(teamQueryOptions(teamId));
}
