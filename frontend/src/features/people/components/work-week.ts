import type { WorkingTime, WorkWeek } from '../api/get-calendars';

export const days = [
  ['mon', 'Monday'],
  ['tue', 'Tuesday'],
  ['wed', 'Wednesday'],
  ['thu', 'Thursday'],
  ['fri', 'Friday'],
  ['sat', 'Saturday'],
  ['sun', 'Sunday'],
] as const satisfies ReadonlyArray<readonly [keyof WorkWeek, string]>;

function minutes(time: string): number {
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
}

export function intervalHours(times: WorkingTime[]): number {
  return times.reduce((sum, t) => sum + Math.max(0, minutes(t.to) - minutes(t.from)) / 60, 0);
}

/** Working hours in a normal week of the calendar. */
export function weeklyHours(week: WorkWeek): number {
  return days.reduce((sum, [day]) => sum + intervalHours(week[day]), 0);
}

/** "08:00–12:00, 13:00–17:00", or "Not working". */
export function describeTimes(times: WorkingTime[] | undefined): string {
  if (!times || times.length === 0) return 'Not working';
  return times.map((t) => `${t.from}–${t.to}`).join(', ');
}
