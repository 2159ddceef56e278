import type { TaskPatch } from './api/update-task';
import type { WbsRow } from './wbs';

export type Restructure = 'up' | 'down' | 'indent' | 'outdent';

/**
 * The PATCH that moves a task in the WBS, or null when it cannot move that way. `position` is
 * the 0-based place among the siblings (the server renumbers them); outdenting puts the task
 * right after its former parent, as in MS Project, rather than at the end of the new level.
 */
export function restructurePatch(
  kind: Restructure,
  row: WbsRow,
  rows: readonly WbsRow[],
): TaskPatch | null {
  switch (kind) {
    case 'up':
      return row.siblingIndex > 0 ? { position: row.siblingIndex - 1 } : null;
    case 'down':
      return row.hasNextSibling ? { position: row.siblingIndex + 1 } : null;
    case 'indent':
      return row.previousSiblingId ? { parentId: row.previousSiblingId } : null;
    case 'outdent': {
      if (!row.task.parentId) return null;
      const parent = rows.find((r) => r.task.id === row.task.parentId);
      if (!parent) return { parentId: null };
      return { parentId: parent.task.parentId ?? null, position: parent.siblingIndex + 1 };
    }
  }
}
