/**
 * The one place the app reads the wall clock for a date, so "today" means the same day on every
 * screen. It is the local calendar date (what the person at the screen calls today): the UTC date
 * from `toISOString` is still yesterday in the morning east of Greenwich and tomorrow in the
 * evening west of it.
 */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
