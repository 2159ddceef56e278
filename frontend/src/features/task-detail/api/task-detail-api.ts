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

export type Dependency = components['schemas']['Dependency'];
export type ExplainStep = components['schemas']['ExplainStep'];
export type Milestone = components['schemas']['Milestone'];
export type PlanTask = components['schemas']['Task'];

/** The same keys the plan uses, so a change here refreshes the plan and the other way round. */
export const projectKeys = {
  tasks: (projectId: string) => ['projects', projectId, 'tasks'] as const,
  dependencies: (projectId: string) => ['projects', projectId, 'dependencies'] as const,
  milestones: (projectId: string) => ['projects', projectId, 'milestones'] as const,
  explain: (taskId: string) => ['tasks', taskId, 'explain'] as const,
};

export function getExplain(taskId: string) {
  return unwrap(
    api.GET('/api/v1/tasks/{id}/schedule/explain', { params: { path: { id: taskId } } }),
  );
}

export function getProjectDependencies(projectId: string): Promise<Dependency[]> {
  return fetchAllPages((cursor) =>
    unwrap(
      api.GET('/api/v1/projects/{projectId}/dependencies', {
        params: { path: { projectId }, query: { limit: 500, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  );
}

export function getProjectTasks(projectId: string): Promise<PlanTask[]> {
  return fetchAllPages((cursor) =>
    unwrap(
      api.GET('/api/v1/projects/{projectId}/tasks', {
        params: { path: { projectId }, query: { limit: 500, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  );
}

export function getProjectMilestones(projectId: string): Promise<Milestone[]> {
  return fetchAllPages((cursor) =>
    unwrap(
      api.GET('/api/v1/projects/{projectId}/milestones', {
        params: { path: { projectId }, query: { limit: 500, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  );
}

export function addDependency(predecessorId: string, successorId: string) {
  return unwrap(
    api.POST('/api/v1/dependencies', {
      body: { predecessorId, successorId, type: 'fs', lagDays: 0 },
    }),
  );
}

export function removeDependency(dependencyId: string) {
  return unwrap(
    api.DELETE('/api/v1/dependencies/{id}', { params: { path: { id: dependencyId } } }),
  );
}
