import { api, unwrap } from '@/lib/api/client';
import { fetchAllPages } from '@/lib/api/paging';
import { ApiError, toProblem } from '@/lib/api/problem';
import { getAccessToken } from '@/lib/auth/token-storage';
import type { components } from '@/lib/api/schema';

export type Comment = components['schemas']['Comment'];
export type Attachment = components['schemas']['Attachment'];
export type ActivityEntry = components['schemas']['ActivityEntry'];

export const taskDetailKeys = {
  task: (taskId: string) => ['tasks', taskId] as const,
  comments: (taskId: string) => ['tasks', taskId, 'comments'] as const,
  attachments: (taskId: string) => ['tasks', taskId, 'attachments'] as const,
  history: (taskId: string) => ['tasks', taskId, 'history'] as const,
};

export function getTask(taskId: string) {
  return unwrap(api.GET('/api/v1/tasks/{id}', { params: { path: { id: taskId } } }));
}

export function getComments(taskId: string) {
  return unwrap(api.GET('/api/v1/tasks/{id}/comments', { params: { path: { id: taskId } } }));
}

export function addComment(taskId: string, body: string) {
  return unwrap(
    api.POST('/api/v1/tasks/{id}/comments', { params: { path: { id: taskId } }, body: { body } }),
  );
}

export function getAttachments(taskId: string) {
  return unwrap(api.GET('/api/v1/tasks/{id}/attachments', { params: { path: { id: taskId } } }));
}

export async function getHistory(taskId: string): Promise<ActivityEntry[]> {
  const page = await unwrap(
    api.GET('/api/v1/tasks/{id}/activity', { params: { path: { id: taskId } } }),
  );
  return page.items;
}

/** Uploads one file as multipart/form-data; a refused file (413, 415) throws its problem. */
export async function uploadAttachment(taskId: string, file: File): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  const headers: Record<string, string> = {};
  const token = getAccessToken();
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  const response = await globalThis.fetch(
    `${globalThis.location?.origin ?? ''}/api/v1/tasks/${encodeURIComponent(taskId)}/attachments`,
    { method: 'POST', body: form, headers },
  );
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw new ApiError(response.status, toProblem(response.status, body));
  return body as Attachment;
}

/** Downloads an attachment with the session's token and hands it to the browser as a file. */
export async function downloadAttachment(attachment: Attachment): Promise<void> {
  const headers: Record<string, string> = {};
  const token = getAccessToken();
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  const response = await globalThis.fetch(
    `${globalThis.location?.origin ?? ''}/api/v1/attachments/${encodeURIComponent(attachment.id)}/content`,
    { headers },
  );
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    throw new ApiError(response.status, toProblem(response.status, body));
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = attachment.fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** The workspace's people as an id → name lookup (assignees, mentions). */
export async function getPeopleNames(workspaceId: string): Promise<Map<string, string>> {
  const people = await fetchAllPages((cursor) =>
    unwrap(
      api.GET('/api/v1/workspaces/{id}/people', {
        params: { path: { id: workspaceId }, query: { limit: 500, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  );
  return new Map(people.map((p) => [p.id, p.name]));
}
