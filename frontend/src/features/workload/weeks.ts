/** Calendar arithmetic on `YYYY-MM-DD` dates, in UTC so no time zone shifts a day. */

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function parseIsoDate(value: string): Date {
  return new Date(`${value.slice(0, 10)}T00:00:00Z`);
}

export function addDays(value: string, days: number): string {
  const date = parseIsoDate(value);
  date.setUTCDate(date.getUTCDate() + days);
  return toIsoDate(date);
}

/** The Monday of the week `value` falls in. */
export function mondayOf(value: string): string {
  const weekday = (parseIsoDate(value).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(value, -weekday);
}

const dayMonth = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/** `2026-12-07` → `7 Dec`. */
export function formatDayMonth(value: string): string {
  return dayMonth.format(parseIsoDate(value));
}

const weekdayDay = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/** `2026-12-07` → `Mon 7 Dec`. */
export function formatWeekday(value: string): string {
  return weekdayDay.format(parseIsoDate(value)).replace(',', '');
}
