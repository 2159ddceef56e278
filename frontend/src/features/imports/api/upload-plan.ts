import { ApiError, toProblem } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { getAccessToken } from '@/lib/auth/token-storage';

export type ImportAccepted = components['schemas']['ImportAccepted'];

export type UploadPlanInput = { file: File; name?: string; key?: string };

/**
 * POST /workspaces/{id}/imports as multipart/form-data: answers 202 with the job to follow.
 * A refused upload (too large, not allowed) throws its problem.
 */
export async function uploadPlan(
  workspaceId: string,
  { file, name, key }: UploadPlanInput,
): Promise<ImportAccepted> {
  const form = new FormData();
  form.append('file', file, file.name);
  if (name) form.append('name', name);
  if (key) form.append('key', key);
  const headers: Record<string, string> = {};
  const token = getAccessToken();
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  const response = await globalThis.fetch(
    `${globalThis.location?.origin ?? ''}/api/v1/workspaces/${encodeURIComponent(workspaceId)}/imports`,
    { method: 'POST', body: form, headers },
  );
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw new ApiError(response.status, toProblem(response.status, body));
  return body as ImportAccepted;
}
