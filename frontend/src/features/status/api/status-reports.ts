import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapWithEtag } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type Report = components['schemas']['StatusReport'];
export type Rag = components['schemas']['StatusReportRag'];
export type Narrative = components['schemas']['StatusReportNarrative'];
export type ReportChange = components['schemas']['StatusReportChange'];
export type ReportFacts = components['schemas']['StatusReportFacts'];

/** The project's reports, newest first: at most one draft, then the published history. */
export function useReports(projectId: string) {
  return useQuery({
    queryKey: queryKeys.statusReports(projectId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/projects/{projectId}/status-reports', {
          params: { path: { projectId }, query: { limit: 50 } },
        }),
      ),
  });
}

/** One report with its ETag, which saving and publishing send back as If-Match. */
export function useReport(reportId: string) {
  return useQuery({
    queryKey: queryKeys.statusReport(reportId),
    queryFn: () =>
      unwrapWithEtag(
        api.GET('/api/v1/status-reports/{id}', { params: { path: { id: reportId } } }),
      ),
  });
}

export function useDraftReport(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/projects/{projectId}/status-reports', {
          params: { path: { projectId } },
          body: {} as components['schemas']['CreateStatusReport'],
        }),
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.statusReports(projectId), exact: true }),
  });
}

export type ReportEdit = { narrative: Narrative; rag: Rag; ragReason?: string };

/** True when the service refused a write because someone else changed the report first. */
export const isConflict = (error: unknown) => error instanceof ApiError && error.status === 412;

/**
 * Saving and publishing a draft, each with If-Match from the version the editor loaded: a 412
 * means someone else saved in between, so the report is fetched again for the editor to show.
 */
export function useReportWrites(projectId: string, reportId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.statusReport(reportId);
  const list = () =>
    queryClient.invalidateQueries({ queryKey: queryKeys.statusReports(projectId), exact: true });
  const reloadOnConflict = (error: unknown) =>
    isConflict(error) ? queryClient.invalidateQueries({ queryKey: key, exact: true }) : undefined;
  const save = useMutation({
    mutationFn: ({ edit, etag }: { edit: ReportEdit; etag: string | null }) =>
      unwrapWithEtag(
        api.PATCH('/api/v1/status-reports/{id}', {
          params: { path: { id: reportId }, header: etag ? { 'If-Match': etag } : {} },
          body: edit as components['schemas']['StatusReportPatch'],
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(key, saved);
      return list();
    },
    onError: reloadOnConflict,
  });
  const publish = useMutation({
    mutationFn: async ({ edit, etag }: { edit: ReportEdit; etag: string | null }) => {
      const saved = await unwrapWithEtag(
        api.PATCH('/api/v1/status-reports/{id}', {
          params: { path: { id: reportId }, header: etag ? { 'If-Match': etag } : {} },
          body: edit as components['schemas']['StatusReportPatch'],
        }),
      );
      return unwrapWithEtag(
        api.POST('/api/v1/status-reports/{id}/publish', {
          params: {
            path: { id: reportId },
            header: saved.etag ? { 'If-Match': saved.etag } : {},
          },
        }),
      );
    },
    onSuccess: (published) => {
      queryClient.setQueryData(key, published);
      return list();
    },
    onError: reloadOnConflict,
  });
  return { save, publish };
}
