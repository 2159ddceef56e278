const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function formatDateTime(value: string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? value : dateTime.format(parsed);
}

export function formatDate(value: string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? value : date.format(parsed);
}

const roleLabels: Record<string, string> = {
  owner: 'Owner',
  admin: 'Admin',
  coordinator: 'Coordinator',
  member: 'Member',
  viewer: 'Viewer',
};

export function roleLabel(role: string): string {
  return roleLabels[role] ?? role;
}

/** The date part of a `LocalDateTime` or `LocalDate` (`2026-12-01T08:00:00` → `2026-12-01`). */
export function datePart(value: string | null | undefined): string | undefined {
  return value ? value.slice(0, 10) : undefined;
}

const shortDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A calendar date without time-zone drift: `2026-12-01` → `1 Dec 2026`. */
export function formatDay(value: string | null | undefined): string {
  const day = datePart(value);
  if (!day) return '—';
  const parsed = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? day : shortDate.format(parsed);
}

/**
 * Working days as people read them: a day or more in days (`2.5 d`), less than a day in hours of
 * a working day (`0.75` → `6 h`, not `0.8 d`). `hoursPerDay` is the calendar's (8 by default).
 */
export function formatDays(value: number | null | undefined, hoursPerDay = 8): string {
  if (value === null || value === undefined) return '—';
  if (value !== 0 && Math.abs(value) < 1) {
    const hours = Math.round(value * hoursPerDay * 10) / 10;
    return `${hours} h`;
  }
  const rounded = Math.round(value * 10) / 10;
  return `${rounded} d`;
}

const labels: Record<string, string> = {
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  achieved: 'Achieved',
  missed: 'Missed',
  todo: 'To do',
  in_progress: 'In progress',
  review: 'Review',
  blocked: 'Blocked',
  done: 'Done',
  cancelled: 'Cancelled',
  planned: 'Planned',
  active: 'Active',
  on_hold: 'On hold',
  completed: 'Completed',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  urgent: 'Urgent',
};

/** A readable label for an API enum value (`in_progress` → `In progress`). */
export function enumLabel(value: string | null | undefined): string {
  if (!value) return '—';
  return labels[value] ?? value.replace(/_/g, ' ');
}

/** A count with its noun in the right number: `plural(1, 'task')` → `1 task`, `plural(2, 'person', 'people')` → `2 people`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
