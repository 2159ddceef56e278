import { ApiError, toProblem } from '@/lib/api/problem';
import { getAccessToken } from '@/lib/auth/token-storage';

export type ExportFormat = 'mspdi' | 'csv';

/** Fetches GET /projects/{id}/export with the session's token and hands the file to the browser. */
export async function downloadProjectExport(
  projectId: string,
  projectKey: string,
  format: ExportFormat,
): Promise<void> {
  const headers: Record<string, string> = {};
  const token = getAccessToken();
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  const response = await globalThis.fetch(
    `${globalThis.location?.origin ?? ''}/api/v1/projects/${encodeURIComponent(projectId)}/export?format=${format}`,
    { headers },
  );
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    throw new ApiError(response.status, toProblem(response.status, body));
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `${projectKey}.${format === 'csv' ? 'csv' : 'xml'}`;
  link.click();
  URL.revokeObjectURL(url);
}
