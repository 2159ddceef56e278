import type { QueryClient } from '@tanstack/react-query';

/**
 * This tab's own writes, per query cache. A second change of a resource sent before the screen
 * shows the first one's result (a rename right after a move, a status right after a % complete,
 * removing an assignment right after changing its units) would otherwise carry the version the
 * first change replaced, and be refused (412) as if someone else had changed it. So changes of
 * one resource go out one after the other, and a version this tab itself replaced is translated
 * to the one its change produced; a version anyone else produced still gets a 412.
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

function latestOwnVersion(own: OwnWrites, resource: string, seen: number): number {
  const replaced = own.replaced.get(resource);
  let version = seen;
  const visited = new Set<number>();
  for (let next = replaced?.get(version); next !== undefined && !visited.has(next);) {
    visited.add(version);
    version = next;
    next = replaced?.get(version);
  }
  return version;
}

/**
 * Sends a change of `resource` (e.g. `task:…`) made on the version the user saw, after this
 * tab's earlier changes of it, with that version translated past them. `versionAfter` reads the
 * new version from the response (undefined for a delete).
 */
export function writeInOrder<T>(
  queryClient: QueryClient,
  resource: string,
  seenVersion: number,
  send: (version: number) => Promise<T>,
  versionAfter: (result: T) => number | undefined,
): Promise<T> {
  const own = ownWritesOf(queryClient);
  const before = own.pending.get(resource);
  const write = (async () => {
    await before?.catch(() => undefined);
    const version = latestOwnVersion(own, resource, seenVersion);
    const result = await send(version);
    const after = versionAfter(result);
    if (after !== undefined && after !== version) {
      const replaced = own.replaced.get(resource) ?? new Map<number, number>();
      replaced.set(version, after);
      own.replaced.set(resource, replaced);
    }
    return result;
  })();
  own.pending.set(resource, write);
  void write
    .catch(() => undefined)
    .finally(() => {
      if (own.pending.get(resource) === write) own.pending.delete(resource);
    });
  return write;
}

/** A version as an ETag, for `If-Match`: `"7"`. */
export const etagOfVersion = (version: number) => `"${version}"`;
