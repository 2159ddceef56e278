import type { components } from '@/lib/api/schema';
import type { Absence } from './absence';

export type WorkloadPeriod = components['schemas']['WorkloadPeriod'];

/**
 * How a heatmap cell is drawn: `off` is no capacity (time off, holidays, non-working calendar),
 * `off-booked` is work planned while the person is away.
 */
export type LoadLevel = 'off' | 'off-booked' | 'light' | 'booked' | 'over' | 'over-high';

/** Above this share of capacity a week counts as fully booked rather than light. */
export const BOOKED_FROM = 0.6;
/** Above this share an over-allocation is drawn in the strong (red) colour instead of amber. */
export const OVER_HIGH_FROM = 1.2;

export function loadLevel(period: WorkloadPeriod): LoadLevel {
  if (period.capacityHours <= 0) return period.demandHours > 0 ? 'off-booked' : 'off';
  const utilization = period.utilization ?? period.demandHours / period.capacityHours;
  if (period.overallocated || utilization > 1) {
    return utilization >= OVER_HIGH_FROM ? 'over-high' : 'over';
  }
  return utilization >= BOOKED_FROM ? 'booked' : 'light';
}

/** Hours without noise: 46 → "46", 45.6 → "45.6", 45.66 → "45.7". */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 10) / 10);
}

const statusText: Record<LoadLevel, string> = {
  off: 'not working',
  'off-booked': 'over-allocated while not working',
  light: 'available',
  booked: 'well booked',
  over: 'over-allocated',
  'over-high': 'over-allocated',
};

/** What the cell shows sighted users: the utilisation, or why there is no capacity. */
export function cellText(period: WorkloadPeriod, absence?: Absence): string {
  if (period.capacityHours <= 0) {
    const off =
      absence?.kind === 'time-off' ? 'Away' : absence?.kind === 'holiday' ? 'Holiday' : 'Off';
    return period.demandHours > 0 ? `${off} · ${formatHours(period.demandHours)}h` : off;
  }
  const utilization = period.utilization ?? period.demandHours / period.capacityHours;
  return `${Math.round(utilization * 100)}%`;
}

function offText(absence: Absence | undefined, prefix: '' | 'on ' = ''): string {
  if (absence?.kind === 'time-off') return `${prefix}time off (${absence.text})`;
  if (absence?.kind === 'holiday') return `${prefix}holiday (${absence.text})`;
  return 'not working (time off or holiday)';
}

/**
 * Days over capacity inside a period that is not over-allocated as a whole: a one-day spike in a
 * quiet week still breaks that day (and levelling works day by day).
 */
export function hasSpike(period: WorkloadPeriod): boolean {
  const level = loadLevel(period);
  return period.overallocatedDays > 0 && (level === 'light' || level === 'booked');
}

function spikeText(period: WorkloadPeriod): string {
  if (!hasSpike(period)) return '';
  const days = period.overallocatedDays;
  return `; over capacity on ${days} ${days === 1 ? 'day' : 'days'}`;
}

/** "Priya Shah, week of 7 Dec: 46 of 40 hours, over-allocated". */
export function cellLabel(
  personName: string,
  weekLabel: string,
  period: WorkloadPeriod,
  absence?: Absence,
): string {
  const hours = `${formatHours(period.demandHours)} of ${formatHours(period.capacityHours)} hours`;
  const level = loadLevel(period);
  const status =
    level === 'off'
      ? offText(absence)
      : level === 'off-booked'
        ? `over-allocated while ${offText(absence, 'on ')}`
        : statusText[level];
  return `${personName}, week of ${weekLabel}: ${hours}, ${status}${spikeText(period)}`;
}
