import { useMemo, useState, type ReactNode } from 'react';
import { ErrorState, LoadingState } from '@/components/States';
import { today } from '@/lib/clock';
import {
  useMetrics,
  useTeams,
  type Granularity,
  type Metrics,
  type Scope,
  type SeriesBucket,
} from '../api/get-metrics';
import { bucketLabel, describeSeries, lastMonths, percent } from '../dashboard-series';
import { EChart, type ChartOption } from '@/components/EChart';
import './dashboards.css';

const MONTHS = 6;
const BLUE = '#1f4fd1';
const AMBER = '#b86e00';
const GREEN = '#2e7d32';
const RED = '#c62828';
const UNIT: Record<Granularity, string> = { month: 'month', week: 'week' };

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
 * utilisation by team, scope changes and stakeholder satisfaction. One call: the service returns
 * the range's figures and the same figures per month or week (`series`), which the trends draw.
 * Each chart's accessible name reads its numbers, since a drawing says nothing to a screen reader.
 */
export function Dashboard({ scope, workspaceId }: Props) {
  const [granularity, setGranularity] = useState<Granularity>('month');
  const months = useMemo(() => lastMonths(today(), MONTHS), []);
  const from = months[0]?.from ?? today();
  const to = months[months.length - 1]?.to ?? today();
  const metrics = useMetrics(scope, from, to, granularity);
  const teams = useTeams(workspaceId);
  const picker = (
    <fieldset className="dashboard-granularity">
      <legend>Trends by</legend>
      {(['month', 'week'] as const).map((g) => (
        <label key={g}>
          <input
            type="radio"
            name="dashboard-granularity"
            value={g}
            checked={granularity === g}
            onChange={() => setGranularity(g)}
          />
          <span>{g === 'month' ? 'Month' : 'Week'}</span>
        </label>
      ))}
    </fieldset>
  );
  if (metrics.isPending)
    return (
      <div className="stack">
        {picker}
        <LoadingState label="Loading the delivery metrics…" />
      </div>
    );
  if (metrics.isError || !metrics.data)
    return (
      <div className="stack">
        {picker}
        <ErrorState
          error={metrics.error}
          title="The metrics could not be loaded"
          onRetry={() => void metrics.refetch()}
        />
      </div>
    );
  const series = metrics.data.series;
  const labels = series.map((b) => bucketLabel(b.periodStart, granularity));
  const teamNames = new Map((teams.data?.items ?? []).map((t) => [t.id, t.name]));
  const unit = UNIT[granularity];
  return (
    <div className="stack">
      {picker}
      <div className="dashboard-grid">
        <OnTime labels={labels} series={series} unit={unit} />
        <Throughput labels={labels} series={series} unit={unit} />
        <CycleTime metrics={metrics.data} />
        <Utilisation metrics={metrics.data} teamNames={teamNames} />
        <ScopeChanges labels={labels} series={series} unit={unit} />
        <Satisfaction labels={labels} series={series} unit={unit} />
      </div>
    </div>
  );
}

type Trend = { labels: string[]; series: SeriesBucket[]; unit: string };

function Throughput({ labels, series, unit }: Trend) {
  const done = series.map((b) => b.done);
  const total = done.reduce((a, b) => a + b, 0);
  const label = `Throughput: ${total} tasks done in ${series.length} ${unit}s; per ${unit} ${describeSeries(labels, done)}.`;
  const option: ChartOption = {
    tooltip: { trigger: 'axis' },
    grid,
    xAxis: { type: 'category', data: labels },
    yAxis: { type: 'value', name: 'Tasks done', minInterval: 1 },
    series: [{ name: 'Tasks done', type: 'bar', color: BLUE, data: done }],
  };
  return (
    <ChartCard title={`Throughput per ${unit}`}>
      <EChart option={option} label={label} height={220} />
    </ChartCard>
  );
}

function OnTime({ labels, series, unit }: Trend) {
  const values = series.map((b) => percent(b.onTimeDeliveryRate));
  const label = `On-time delivery rate by ${unit}: ${describeSeries(labels, values, '%')}.`;
  return (
    <ChartCard title="On-time delivery rate">
      <EChart option={lineOption(labels, values, '%', GREEN, 100)} label={label} height={220} />
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

function ScopeChanges({ labels, series, unit }: Trend) {
  const added = series.map((b) => b.scopeChanges.added);
  const removed = series.map((b) => b.scopeChanges.removed);
  const reestimated = series.map((b) => b.scopeChanges.reestimated);
  const label = `Scope changes after the first baseline by ${unit}: ${labels
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

function Satisfaction({ labels, series, unit }: Trend) {
  // absent (no ratings) and null both mean nothing to show, never NaN
  const values = series.map((b) =>
    typeof b.stakeholderSatisfaction === 'number'
      ? Math.round(b.stakeholderSatisfaction * 10) / 10
      : null,
  );
  const ratings = series.reduce((a, b) => a + b.ratings, 0);
  const label = `Stakeholder satisfaction, mean rating out of 5 by ${unit} (${ratings} ratings): ${describeSeries(labels, values)}.`;
  return (
    <ChartCard title="Stakeholder satisfaction (1–5)">
      <EChart option={lineOption(labels, values, 'Rating', AMBER, 5)} label={label} height={220} />
    </ChartCard>
  );
}
