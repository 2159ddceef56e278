import { useMemo } from 'react';
import type { TimeInStatusRow } from '../flow-series';
import { EChart, type ChartOption } from '@/components/EChart';

type Props = { rows: readonly TimeInStatusRow[] };

/** Median and 85th-percentile days per status, as horizontal bars in workflow order. */
export function TimeInStatusChart({ rows }: Props) {
  const description = rows.length
    ? `Days in each status, median and 85th percentile: ${rows
        .map((r) => `${r.name} ${r.p50Days} and ${r.p85Days}`)
        .join('; ')}.`
    : 'No time in status measured in the range.';
  const option = useMemo<ChartOption>(() => {
    // ECharts draws the first category at the bottom: reverse so the workflow reads downwards.
    const ordered = [...rows].reverse();
    return {
      aria: { enabled: true, label: { description } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, data: ['Median (p50)', '85th percentile (p85)'] },
      grid: { left: 8, right: 24, top: 36, bottom: 36, containLabel: true },
      xAxis: { type: 'value', name: 'Days', nameLocation: 'middle', nameGap: 26 },
      yAxis: { type: 'category', data: ordered.map((r) => r.name) },
      series: [
        {
          name: 'Median (p50)',
          type: 'bar',
          color: '#1f4fd1',
          data: ordered.map((r) => r.p50Days),
        },
        {
          name: '85th percentile (p85)',
          type: 'bar',
          color: '#e0a84a',
          data: ordered.map((r) => r.p85Days),
        },
      ],
    };
  }, [rows, description]);
  return (
    <EChart option={option} label={description} height={Math.max(160, 60 + rows.length * 44)} />
  );
}
