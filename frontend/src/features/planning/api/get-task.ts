import { api, unwrapWithEtag } from '@/lib/api/client';

/** One task with its ETag: an edit reads it first so its PATCH can send `If-Match`. */
export function getTask(taskId: string) {
  return unwrapWithEtag(api.GET('/api/v1/tasks/{id}', { params: { path: { id: taskId } } }));
}
