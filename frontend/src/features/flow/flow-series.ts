/** What the charts need of a status of the window. */
export type FlowStatus = { key: string; name: string; category: string; wipLimit?: number };
export type FlowDay = { date: string; counts: Record<string, number> };
export type TimeInStatus = { status: string; p50Days: number; p85Days: number; count: number };

export type CumulativeSeries = { key: string; name: string; category: string; data: number[] };

/**
 * The stacked areas of a cumulative-flow chart: one series per status, finished work at the
 * bottom and the backlog on top (the reverse of workflow order), so bands widen where work piles
 * up. A day without a count for a status has none in it.
 */
export function cumulativeFlow(
  statuses: readonly FlowStatus[],
  days: readonly FlowDay[],
): { dates: string[]; series: CumulativeSeries[] } {
  return {
    dates: days.map((d) => d.date),
    series: [...statuses].reverse().map((s) => ({
      key: s.key,
      name: s.name,
      category: s.category,
      data: days.map((d) => d.counts[s.key] ?? 0),
    })),
  };
}

export type TimeInStatusRow = {
  key: string;
  name: string;
  p50Days: number;
  p85Days: number;
  count: number;
};

/** Time in status in workflow order, named; statuses nothing was measured in are left out. */
export function timeInStatusRows(
  statuses: readonly FlowStatus[],
  measured: readonly TimeInStatus[],
): TimeInStatusRow[] {
  const byKey = new Map(measured.map((m) => [m.status, m]));
  const ordered = statuses.flatMap((s) => {
    const m = byKey.get(s.key);
    return m
      ? [{ key: s.key, name: s.name, p50Days: m.p50Days, p85Days: m.p85Days, count: m.count }]
      : [];
  });
  const known = new Set(statuses.map((s) => s.key));
  const rest = measured
    .filter((m) => !known.has(m.status))
    .map((m) => ({
      key: m.status,
      name: m.status,
      p50Days: m.p50Days,
      p85Days: m.p85Days,
      count: m.count,
    }));
  return [...ordered, ...rest];
}

const reasons: Record<string, string> = {
  over_wip_limit: 'Over its WIP limit',
  queue_growing: 'Queue growing',
  longest_wait: 'Longest wait',
};

/** A bottleneck's reason in words. */
export function reasonText(reason: string): string {
  return reasons[reason] ?? reason.replace(/_/g, ' ');
}

/** The 28 days ending on `today` (both ends included). */
export function defaultRange(today: string): { from: string; to: string } {
  const end = new Date(`${today}T00:00:00Z`);
  const start = new Date(end.getTime() - 27 * 86_400_000);
  return { from: start.toISOString().slice(0, 10), to: today };
}

/** One sentence for the chart's screen-reader description. */
export function describeFlow(statuses: readonly FlowStatus[], days: readonly FlowDay[]): string {
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return 'No days in the range.';
  const parts = statuses.map((s) => `${s.name} ${last.counts[s.key] ?? 0}`);
  return `Cumulative flow from ${first.date} to ${last.date}, stacked by status. On ${last.date}: ${parts.join(', ')}.`;
}
