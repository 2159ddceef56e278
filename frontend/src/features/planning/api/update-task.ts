import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';
import { getTask } from './get-task';
import type { Task } from './get-tasks';
import { refreshComputed, refreshPlan } from './plan-changed';

// Every field is optional in a PATCH (the generator marks all properties required).
export type TaskPatch = Partial<components['schemas']['TaskPatch']>;

/** The ETag of a task as the list showed it: its row version, quoted (`"7"`). */
export function etagOf(task: Pick<Task, 'version'>): string {
  return `"${task.version}"`;
}

/**
 * Sends the change with `If-Match` set to the version of the row the user saw, so a change
 * someone else made since the list was loaded is refused (412) rather than overwritten — without
 * reading the task again first.
 */
export function updateTask(task: Pick<Task, 'id' | 'version'>, patch: TaskPatch) {
  return unwrap(
    api.PATCH('/api/v1/tasks/{id}', {
      params: { path: { id: task.id }, header: { 'If-Match': etagOf(task) } },
      // The generated type marks every property required (see README); a PATCH sends only some.
      body: patch as components['schemas']['TaskPatch'],
    }),
  );
}

/**
 * This tab's own writes, per query cache: a second edit of a row sent before the list shows the
 * first one's result (a quick rename after a move, a resize right after a drag) would otherwise
 * carry the version the first edit replaced and be refused as if someone else had changed it.
 * Edits of one task go out one after the other, and a version this tab itself replaced is
 * translated to the one its change produced; any version someone else produced still gets a 412.
 */
type OwnWrites = {
  replaced: Map<string, Map<number, number>>;
  pending: Map<string, Promise<unknown>>;
};
const ownWritesByCache = new WeakMap<QueryClient, OwnWrites>();

function ownWritesOf(queryClient: QueryClient): OwnWrites {
  let own = ownWritesByCache.get(queryClient);
  if (!own) {
    own = { replaced: new Map(), pending: new Map() };
    ownWritesByCache.set(queryClient, own);
  }
  return own;
}

function latestOwnVersion(own: OwnWrites, task: Pick<Task, 'id' | 'version'>): number {
  const replaced = own.replaced.get(task.id);
  let version = task.version;
  const seen = new Set<number>();
  for (let next = replaced?.get(version); next !== undefined && !seen.has(next);) {
    seen.add(version);
    version = next;
    next = replaced?.get(version);
  }
  return version;
}

export function updateTaskInOrder(queryClient: QueryClient, task: Task, patch: TaskPatch) {
  const own = ownWritesOf(queryClient);
  const before = own.pending.get(task.id);
  const write = (async () => {
    await before?.catch(() => undefined);
    const version = latestOwnVersion(own, task);
    const updated = await updateTask({ id: task.id, version }, patch);
    if (updated.version !== version) {
      const replaced = own.replaced.get(task.id) ?? new Map<number, number>();
      replaced.set(version, updated.version);
      own.replaced.set(task.id, replaced);
    }
    return updated;
  })();
  own.pending.set(task.id, write);
  void write
    .catch(() => undefined)
    .finally(() => {
      if (own.pending.get(task.id) === write) own.pending.delete(task.id);
    });
  return write;
}

type Variables = { task: Task; patch: TaskPatch };

export function useUpdateTask(projectId: string) {
  const queryClient = useQueryClient();
  const replaceRow = (task: Task) =>
    queryClient.setQueryData<Task[]>(queryKeys.tasks(projectId), (rows) =>
      rows?.map((row) => (row.id === task.id ? task : row)),
    );
  return useMutation({
    mutationFn: ({ task, patch }: Variables) => updateTaskInOrder(queryClient, task, patch),
    onSuccess: (updated, { patch }) => {
      replaceRow(updated);
      // A new parent or place changes the tree (and renumbers siblings): reload the list.
      if ('parentId' in patch || 'position' in patch) return refreshPlan(queryClient, projectId);
      return refreshComputed(queryClient, projectId);
    },
    // 412: show the current row so the user decides again on what is really there.
    onError: async (error, { task }) => {
      if (error instanceof ApiError && (error.status === 412 || error.status === 404)) {
        if (error.status === 404) return refreshPlan(queryClient, projectId);
        const fresh = await getTask(task.id).catch(() => null);
        if (fresh) replaceRow(fresh.data);
      }
    },
  });
}
