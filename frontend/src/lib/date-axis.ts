/** A calendar-day axis for small SVG timelines (portfolio, milestones): days in, pixels out. */

export const dayMs = 86_400_000;

const monthFormat = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: '2-digit',
  timeZone: 'UTC',
});

/** Milliseconds at the start of an ISO day (UTC, so no time zone shifts a date). */
export function dayTime(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export type DateAxis = {
  /** Left edge of the day. */
  x: (day: string) => number;
  /** Width of one day. */
  dayWidth: number;
  /** The first day of every month inside the range, with its label. */
  months: { day: string; label: string }[];
  contains: (day: string) => boolean;
};

/** An axis over every day in {@code days} (inclusive), drawn between {@code left} and {@code right}. */
export function dateAxis(days: string[], left: number, right: number): DateAxis | null {
  if (days.length === 0) return null;
  const times = days.map(dayTime);
  const min = Math.min(...times);
  const max = Math.max(...times) + dayMs;
  const scale = (right - left) / Math.max(dayMs, max - min);
  const months: { day: string; label: string }[] = [];
  const cursor = new Date(min);
  cursor.setUTCDate(1);
  while (cursor.getTime() <= max) {
    if (cursor.getTime() >= min)
      months.push({ day: cursor.toISOString().slice(0, 10), label: monthFormat.format(cursor) });
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return {
    x: (day) => left + (dayTime(day) - min) * scale,
    dayWidth: dayMs * scale,
    months,
    contains: (day) => dayTime(day) >= min && dayTime(day) < max,
  };
}
