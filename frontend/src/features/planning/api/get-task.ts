import { api, unwrapWithEtag } from '@/lib/api/client';

/** One task with its ETag: read again after a refused (412) edit, to show what is there now. */
export function getTask(taskId: string) {
  return unwrapWithEtag(api.GET('/api/v1/tasks/{id}', { params: { path: { id: taskId } } }));
}
