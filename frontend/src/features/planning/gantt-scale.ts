import type { components } from '@/lib/api/schema';

/**
 * The Gantt's horizontal axis counts the working days of the project's calendar, so days off
 * take no room and a 5-day task is always the same width. Inside a working day the position
 * follows the share of that day's working hours already worked (lunch takes no room either).
 */

/** What the scale needs of a calendar: its work week and its exceptions (holidays, odd days). */
export type WorkCalendar = Pick<components['schemas']['Calendar'], 'workWeek' | 'exceptions'>;

type WorkingTime = components['schemas']['WorkingTime'];

export type Zoom = 'day' | 'week' | 'month';
export const pixelsPerDay: Record<Zoom, number> = { day: 36, week: 12, month: 3 };

export type Tick = { index: number; label: string; major: boolean };

/** A run of days off between two working days: it takes no room, so the chart marks where it falls. */
export type DaysOff = {
  /** The working-day index where the run falls (the start of the next working day). */
  index: number;
  from: string;
  to: string;
  /** The exception's name when the run includes a holiday; absent for a plain weekend. */
  holiday?: string;
};

export type WorkScale = {
  /** Working days from the epoch to `value` (a date or local date-time); days off collapse. */
  workIndex: (value: string) => number;
  /** The end of a date's work (a day off ends where the next working day starts). */
  dayEnd: (date: string) => number;
  /** The working date at the start of a whole working-day index. */
  dateOfIndex: (index: number) => string;
  /** Axis labels for the zoom: every day, every week's first working day, or every month's. */
  ticks: (from: number, to: number, zoom: Zoom) => Tick[];
  /** The runs of days off (weekends, holidays) between two working-day indexes. */
  daysOff: (from: number, to: number) => DaysOff[];
};

const morning = [{ from: '08:00', to: '12:00' }];
const standardDay = [...morning, { from: '13:00', to: '17:00' }];

/** The service's default: Monday to Friday, 08:00–12:00 and 13:00–17:00, no exceptions. */
export const standardCalendar: WorkCalendar = {
  workWeek: {
    mon: standardDay,
    tue: standardDay,
    wed: standardDay,
    thu: standardDay,
    fri: standardDay,
    sat: [],
    sun: [],
  },
  exceptions: [],
};

const dayMs = 86_400_000;
// A Monday: day numbers count from here, so `day mod 7` is the weekday with 0 = Monday.
const epoch = Date.UTC(1970, 0, 5);
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const monthShort = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });

type Interval = { from: number; to: number };

function dayNumber(date: string): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Math.round((Date.UTC(y, m - 1, d) - epoch) / dayMs);
}

function dateOf(day: number): string {
  return new Date(epoch + day * dayMs).toISOString().slice(0, 10);
}

const weekdayOf = (day: number) => ((day % 7) + 7) % 7;

function hours(time: string): number {
  return Number(time.slice(0, 2)) + Number(time.slice(3, 5)) / 60;
}

function intervals(times: readonly WorkingTime[] | undefined): Interval[] {
  return (times ?? [])
    .map((t) => ({ from: hours(t.from), to: hours(t.to) }))
    .filter((t) => t.to > t.from);
}

/** The scale of a calendar; one with no working weekday cannot be drawn, so it draws the standard. */
export function workScale(calendar: WorkCalendar = standardCalendar): WorkScale {
  const week = weekdays.map((d) => intervals(calendar.workWeek[d]));
  if (week.every((times) => times.length === 0)) return workScale(standardCalendar);
  const works = week.map((times) => times.length > 0);
  const perWeek = works.filter(Boolean).length;
  // before[w]: working weekdays earlier in the week than weekday w
  const before = [0];
  works.forEach((w, i) => before.push((before[i] ?? 0) + (w ? 1 : 0)));
  // The week starts on the first working day after a day off (Sunday for a Sunday–Thursday week).
  const weekStart = Math.max(
    0,
    works.findIndex((w, i) => w && !works[(i + 6) % 7]),
  );

  const special = new Map<number, Interval[]>();
  const holidayName = new Map<number, string>();
  for (const exception of calendar.exceptions ?? []) {
    const times = intervals(exception.workingTimes);
    for (let d = dayNumber(exception.startDate); d <= dayNumber(exception.endDate); d++) {
      special.set(d, times);
      if (times.length === 0) holidayName.set(d, exception.name);
      else holidayName.delete(d);
    }
  }
  // Each exception day adds or removes one working day for every day after it.
  const specialDays = [...special.keys()].sort((a, b) => a - b);
  const shiftAfter: number[] = [];
  let shift = 0;
  for (const d of specialDays) {
    shift += (special.get(d)?.length ? 1 : 0) - (works[weekdayOf(d)] ? 1 : 0);
    shiftAfter.push(shift);
  }

  /** The net change from exception days strictly before `day`. */
  function shiftBefore(day: number): number {
    let lo = 0;
    let hi = specialDays.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((specialDays[mid] ?? Infinity) < day) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : (shiftAfter[lo - 1] ?? 0);
  }

  const timesOf = (day: number) => special.get(day) ?? week[weekdayOf(day)] ?? [];
  const dayStart = (day: number) =>
    Math.floor(day / 7) * perWeek + (before[weekdayOf(day)] ?? 0) + shiftBefore(day);

  function workIndex(value: string): number {
    const day = dayNumber(value);
    const start = dayStart(day);
    const times = timesOf(day);
    if (times.length === 0 || value.length <= 10) return start;
    const at = hours(value.slice(11, 16));
    let total = 0;
    let worked = 0;
    for (const t of times) {
      total += t.to - t.from;
      worked += Math.min(t.to - t.from, Math.max(0, at - t.from));
    }
    return start + worked / total;
  }

  function dayOfIndex(index: number): number {
    const target = Math.floor(index);
    // a guess from the week pattern, then a walk over what the exceptions shifted
    const weeks = Math.floor(target / perWeek);
    const nth = target - weeks * perWeek;
    let day =
      weeks * 7 +
      Math.max(
        0,
        before.findIndex((b, w) => b === nth && works[w]),
      );
    while (dayStart(day) > target) day--;
    while (dayStart(day) < target || timesOf(day).length === 0) day++;
    return day;
  }

  function ticks(from: number, to: number, zoom: Zoom): Tick[] {
    const result: Tick[] = [];
    let lastMonth = '';
    const end = Math.ceil(to);
    for (let day = dayOfIndex(from); ; day++) {
      if (timesOf(day).length === 0) continue;
      const index = dayStart(day);
      if (index > end) break;
      const date = dateOf(day);
      const month = date.slice(0, 7);
      const newMonth = month !== lastMonth;
      lastMonth = month;
      const firstOfWeek = index === dayStart(day - weekdayOf(day - weekStart));
      const monthName = monthShort.format(new Date(`${date}T00:00:00Z`));
      if (zoom === 'day') {
        result.push({
          index,
          label: firstOfWeek || newMonth ? `${Number(date.slice(8))} ${monthName}` : date.slice(8),
          major: firstOfWeek,
        });
      } else if (zoom === 'week') {
        if (firstOfWeek)
          result.push({ index, label: `${Number(date.slice(8))} ${monthName}`, major: newMonth });
      } else if (newMonth) {
        result.push({ index, label: `${monthName} ${date.slice(2, 4)}`, major: true });
      }
    }
    return result;
  }

  function daysOff(from: number, to: number): DaysOff[] {
    const result: DaysOff[] = [];
    const end = Math.ceil(to);
    let day = dayOfIndex(Math.max(0, Math.floor(from)));
    for (let guard = 0; guard < 100_000; guard++) {
      day++;
      if (dayStart(day) > end) break;
      if (timesOf(day).length > 0) continue;
      const first = day;
      let holiday: string | undefined;
      while (timesOf(day).length === 0 && day - first < 3660) {
        holiday ??= holidayName.get(day);
        day++;
      }
      const run: DaysOff = { index: dayStart(first), from: dateOf(first), to: dateOf(day - 1) };
      if (holiday !== undefined) run.holiday = holiday;
      if (run.index <= end) result.push(run);
    }
    return result;
  }

  return {
    daysOff,
    workIndex,
    dayEnd: (date) => {
      const day = dayNumber(date);
      return dayStart(day) + (timesOf(day).length > 0 ? 1 : 0);
    },
    dateOfIndex: (index) => dateOf(dayOfIndex(index)),
    ticks,
  };
}

/** The scale while the project's calendar is loading, or when it could not be read. */
export const standardScale = workScale(standardCalendar);
