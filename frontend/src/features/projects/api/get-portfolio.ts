import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type Portfolio = components['schemas']['Portfolio'];
export type PortfolioProject = components['schemas']['PortfolioProject'];
export type PortfolioMilestone = components['schemas']['PortfolioMilestone'];

export function getPortfolio(workspaceId: string) {
  return unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/portfolio', { params: { path: { workspaceId } } }),
  );
}

export function portfolioQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: queryKeys.portfolio(workspaceId),
    queryFn: () => getPortfolio(workspaceId),
    // Computed from every plan, person and calendar of the workspace: one cheap call, so it is
    // refetched whenever the screen opens instead of every mutation having to invalidate it.
    staleTime: 0,
  });
}

export function usePortfolio(workspaceId: string) {
  return useQuery(portfolioQueryOptions(workspaceId));
}
