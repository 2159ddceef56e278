import type { WbsRow } from './wbs';

/**
 * What the Plan and the Timeline highlight: the driving path (the chain of tasks that sets the
 * finish, the default) or every critical task (total float at or below zero, MS Project's rule,
 * which includes work late against a deadline elsewhere).
 */
export type Highlight = 'driving' | 'critical';

export const highlightLabels: Record<Highlight, string> = {
  driving: 'Driving path',
  critical: 'Critical tasks',
};

/** Whether the row is highlighted; without a known driving path, critical tasks are. */
export function isHighlighted(row: WbsRow | undefined, highlight: Highlight): boolean {
  if (!row) return false;
  if (highlight === 'driving' && row.driving !== undefined) return row.driving;
  return Boolean(row.schedule?.critical);
}

/** Whether the task is late against a deadline or a constraint (negative total float). */
export function isLate(row: WbsRow | undefined): boolean {
  return (row?.schedule?.totalFloatDays ?? 0) < 0;
}
