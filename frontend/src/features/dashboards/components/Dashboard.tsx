import { useMemo, type ReactNode } from 'react';
import { ErrorState, LoadingState } from '@/components/States';
import { today } from '@/lib/clock';
import {
  useMonthlyMetrics,
  useRangeMetrics,
  useTeams,
  type Metrics,
  type Scope,
} from '../api/get-metrics';
import { describeSeries, lastMonths, percent } from '../dashboard-series';
import { EChart, type ChartOption } from '@/components/EChart';
import './dashboards.css';

const MONTHS = 6;
const BLUE = '#1f4fd1';
const AMBER = '#b86e00';
const GREEN = '#2e7d32';
const RED = '#c62828';

function ChartCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="dashboard-card" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

const grid = { left: 8, right: 16, top: 36, bottom: 28, containLabel: true };

function lineOption(
  labels: string[],
  values: Array<number | null>,
  name: string,
  color: string,
  max?: number,
): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    grid,
    xAxis: { type: 'category', data: labels },
    yAxis: { type: 'value', name, ...(max !== undefined ? { min: 0, max } : {}) },
    series: [{ name, type: 'line', color, connectNulls: false, data: values }],
  };
}

type Props = { scope: Scope; workspaceId: string | undefined };

/**
 * Delivery at a glance over the last six months: on-time rate, throughput, cycle and lead time,
 * utilisation by team, scope changes and stakeholder satisfaction. Each chart's accessible name
 * reads its numbers, since a drawing says nothing to a screen reader.
 */
export function Dashboard({ scope, workspaceId }: Props) {
  const months = useMemo(() => lastMonths(today(), MONTHS), []);
  const from = months[0]?.from ?? today();
  const to = months[months.length - 1]?.to ?? today();
  const range = useRangeMetrics(scope, from, to);
  const monthly = useMonthlyMetrics(scope, months);
  const teams = useTeams(workspaceId);
  if (range.isPending || monthly.some((m) => m.isPending))
    return <LoadingState label="Loading the delivery metrics…" />;
  const failed = range.error ?? monthly.find((m) => m.isError)?.error;
  if (failed || !range.data)
    return (
      <ErrorState
        error={failed}
        title="The metrics could not be loaded"
        onRetry={() => {
          void range.refetch();
          monthly.forEach((m) => void m.refetch());
        }}
      />
    );
  const byMonth = monthly.map((m) => m.data as Metrics);
  const labels = months.map((m) => m.label);
  const teamNames = new Map((teams.data?.items ?? []).map((t) => [t.id, t.name]));
  return (
    <div className="dashboard-grid">
      <OnTime labels={labels} byMonth={byMonth} />
      <Throughput metrics={range.data} />
      <CycleTime metrics={range.data} />
      <Utilisation metrics={range.data} teamNames={teamNames} />
      <ScopeChanges labels={labels} byMonth={byMonth} />
      <Satisfaction labels={labels} byMonth={byMonth} />
    </div>
  );
}

function OnTime({ labels, byMonth }: { labels: string[]; byMonth: Metrics[] }) {
  const values = byMonth.map((m) => percent(m.onTimeDeliveryRate));
  const label = `On-time delivery rate by month: ${describeSeries(labels, values, '%')}.`;
  return (
    <ChartCard title="On-time delivery rate">
      <EChart option={lineOption(labels, values, '%', GREEN, 100)} label={label} height={220} />
    </ChartCard>
  );
}

function Throughput({ metrics }: { metrics: Metrics }) {
  const weeks = metrics.throughput.map((b) => b.periodStart);
  const done = metrics.throughput.map((b) => b.done);
  const total = done.reduce((a, b) => a + b, 0);
  const label = `Throughput: ${total} tasks done in ${weeks.length} weeks; per week starting ${describeSeries(weeks, done)}.`;
  const option: ChartOption = {
    tooltip: { trigger: 'axis' },
    grid,
    xAxis: { type: 'category', data: weeks },
    yAxis: { type: 'value', name: 'Tasks done', minInterval: 1 },
    series: [{ name: 'Tasks done', type: 'bar', color: BLUE, data: done }],
  };
  return (
    <ChartCard title="Throughput per week">
      <EChart option={option} label={label} height={220} />
    </ChartCard>
  );
}

function CycleTime({ metrics }: { metrics: Metrics }) {
  const { cycleTimeDays: c, leadTimeDays: l } = metrics;
  const label = `Cycle time over ${c.count} tasks: median ${c.p50 ?? 'no data'} days, 85th percentile ${c.p85 ?? 'no data'} days. Lead time: median ${l.p50 ?? 'no data'} days, 85th percentile ${l.p85 ?? 'no data'} days.`;
  const option: ChartOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: ['Median (p50)', '85th percentile (p85)'] },
    grid,
    xAxis: { type: 'category', data: ['Cycle time', 'Lead time'] },
    yAxis: { type: 'value', name: 'Days' },
    series: [
      { name: 'Median (p50)', type: 'bar', color: BLUE, data: [c.p50, l.p50] },
      { name: '85th percentile (p85)', type: 'bar', color: AMBER, data: [c.p85, l.p85] },
    ],
  };
  return (
    <ChartCard title="Cycle and lead time (days)">
      <EChart option={option} label={label} height={220} />
    </ChartCard>
  );
}

function Utilisation({ metrics, teamNames }: { metrics: Metrics; teamNames: Map<string, string> }) {
  const rows = metrics.utilization.teams.map((t) => ({
    name: teamNames.get(t.teamId) ?? 'Team',
    value: percent(t.utilization),
  }));
  const label = rows.length
    ? `Utilisation by team: ${describeSeries(
        rows.map((r) => r.name),
        rows.map((r) => r.value),
        '%',
      )}; everyone ${percent(metrics.utilization.overall) ?? 'no data'}%.`
    : `No teams; everyone's utilisation ${percent(metrics.utilization.overall) ?? 'no data'}%.`;
  const option: ChartOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid,
    xAxis: { type: 'value', name: '%' },
    yAxis: { type: 'category', data: rows.length ? rows.map((r) => r.name) : ['Everyone'] },
    series: [
      {
        name: 'Utilisation',
        type: 'bar',
        color: BLUE,
        data: rows.length ? rows.map((r) => r.value) : [percent(metrics.utilization.overall)],
      },
    ],
  };
  return (
    <ChartCard title="Utilisation by team">
      <EChart option={option} label={label} height={Math.max(160, 60 + rows.length * 36)} />
    </ChartCard>
  );
}

function ScopeChanges({ labels, byMonth }: { labels: string[]; byMonth: Metrics[] }) {
  const added = byMonth.map((m) => m.scopeChanges.added);
  const removed = byMonth.map((m) => m.scopeChanges.removed);
  const reestimated = byMonth.map((m) => m.scopeChanges.reestimated);
  const label = `Scope changes after the first baseline by month: ${labels
    .map((l, i) => `${l} ${added[i]} added, ${removed[i]} removed, ${reestimated[i]} re-estimated`)
    .join('; ')}.`;
  const option: ChartOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: ['Added', 'Removed', 'Re-estimated'] },
    grid,
    xAxis: { type: 'category', data: labels },
    yAxis: { type: 'value', name: 'Tasks', minInterval: 1 },
    series: [
      { name: 'Added', type: 'bar', stack: 'scope', color: BLUE, data: added },
      { name: 'Removed', type: 'bar', stack: 'scope', color: RED, data: removed },
      { name: 'Re-estimated', type: 'bar', stack: 'scope', color: AMBER, data: reestimated },
    ],
  };
  return (
    <ChartCard title="Scope changes">
      <EChart option={option} label={label} height={220} />
    </ChartCard>
  );
}

function Satisfaction({ labels, byMonth }: { labels: string[]; byMonth: Metrics[] }) {
  const values = byMonth.map((m) =>
    m.stakeholderSatisfaction === null ? null : Math.round(m.stakeholderSatisfaction * 10) / 10,
  );
  const ratings = byMonth.reduce((a, m) => a + m.ratings, 0);
  const label = `Stakeholder satisfaction, mean rating out of 5 by month (${ratings} ratings): ${describeSeries(labels, values)}.`;
  return (
    <ChartCard title="Stakeholder satisfaction (1–5)">
      <EChart option={lineOption(labels, values, 'Rating', AMBER, 5)} label={label} height={220} />
    </ChartCard>
  );
}
