/**
 * The Gantt's horizontal axis counts working days (Monday to Friday, 08:00–17:00), so weekends
 * take no room and a 5-day task is always the same width.
 */
const dayMs = 86_400_000;
// A Monday: working-day indexes count from here.
const epoch = Date.UTC(1970, 0, 5);

export type Zoom = 'day' | 'week' | 'month';
export const pixelsPerDay: Record<Zoom, number> = { day: 36, week: 12, month: 3 };

function dayNumber(date: string): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Math.round((Date.UTC(y, m - 1, d) - epoch) / dayMs);
}

/** Working days from the epoch to `value` (a date or local date-time); weekends collapse. */
export function workIndex(value: string): number {
  const days = dayNumber(value);
  const weeks = Math.floor(days / 7);
  const weekday = days - weeks * 7; // 0 = Monday
  if (weekday >= 5) return weeks * 5 + 5;
  let fraction = 0;
  if (value.length > 10) {
    const hours = Number(value.slice(11, 13)) + Number(value.slice(14, 16)) / 60;
    // 08:00–12:00 and 13:00–17:00: eight working hours a day
    const worked = Math.min(4, Math.max(0, hours - 8)) + Math.min(4, Math.max(0, hours - 13));
    fraction = worked / 8;
  }
  return weeks * 5 + weekday + fraction;
}

/** The calendar date at the start of a whole working-day index. */
export function dateOfIndex(index: number): string {
  const weeks = Math.floor(index / 5);
  const weekday = index - weeks * 5;
  return new Date(epoch + (weeks * 7 + weekday) * dayMs).toISOString().slice(0, 10);
}

export type Tick = { index: number; label: string; major: boolean };

const monthShort = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });

/** Axis labels for the zoom: every day, every Monday, or every month's first working day. */
export function ticks(from: number, to: number, zoom: Zoom): Tick[] {
  const result: Tick[] = [];
  let lastMonth = '';
  for (let i = Math.floor(from); i <= Math.ceil(to); i++) {
    const date = dateOfIndex(i);
    const month = date.slice(0, 7);
    const newMonth = month !== lastMonth;
    lastMonth = month;
    const monday = i % 5 === 0;
    const monthName = monthShort.format(new Date(`${date}T00:00:00Z`));
    if (zoom === 'day') {
      result.push({
        index: i,
        label: monday || newMonth ? `${Number(date.slice(8))} ${monthName}` : date.slice(8),
        major: monday,
      });
    } else if (zoom === 'week') {
      if (monday)
        result.push({ index: i, label: `${Number(date.slice(8))} ${monthName}`, major: newMonth });
    } else if (newMonth) {
      result.push({ index: i, label: `${monthName} ${date.slice(2, 4)}`, major: true });
    }
  }
  return result;
}
