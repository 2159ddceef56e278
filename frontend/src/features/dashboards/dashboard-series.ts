export type Month = { label: string; from: string; to: string };

const pad = (n: number) => String(n).padStart(2, '0');
const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/**
 * The `count` calendar months ending with the month of `today`, oldest first; the last one ends
 * at today (a month still under way is measured so far).
 */
export function lastMonths(today: string, count: number): Month[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const months: Month[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const index = y * 12 + (m - 1) - i;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const from = `${year}-${pad(month)}-01`;
    const end = `${year}-${pad(month)}-${pad(last)}`;
    months.push({
      label: `${MONTH_NAMES[month - 1]} ${year}`,
      from,
      to: i === 0 && today < end ? today : end,
    });
  }
  return months;
}

/** A 0–1 rate as a whole percentage, or `null` when there is nothing to measure. */
export const percent = (rate: number | null | undefined) =>
  rate === null || rate === undefined ? null : Math.round(rate * 100);

/** A series for a screen reader: "Sep 2026 75%, Oct 2026 no data". */
export function describeSeries(
  labels: readonly string[],
  values: ReadonlyArray<number | null>,
  unit = '',
): string {
  return labels
    .map(
      (l, i) =>
        `${l} ${values[i] === null || values[i] === undefined ? 'no data' : `${values[i]}${unit}`}`,
    )
    .join(', ');
}

/** A bucket's label: "Nov 2026" for a month, "16 Nov" for a week (by the first day in the range). */
export function bucketLabel(periodStart: string, granularity: 'week' | 'month'): string {
  const [y, m, d] = periodStart.split('-').map(Number) as [number, number, number];
  const month = MONTH_NAMES[m - 1] ?? '';
  return granularity === 'month' ? `${month} ${y}` : `${d} ${month}`;
}
