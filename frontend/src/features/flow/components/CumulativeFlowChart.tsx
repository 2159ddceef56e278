import { useMemo } from 'react';
import { formatDay } from '@/lib/format';
import { cumulativeFlow, describeFlow, type FlowDay, type FlowStatus } from '../flow-series';
import { EChart, type ChartOption } from '@/components/EChart';

/** Colours by category, so the same kind of status looks alike across workflows. */
const palettes: Record<string, string[]> = {
  todo: ['#9aa5b8', '#b8c1d1'],
  in_progress: ['#1f4fd1', '#5a7fe0', '#8aa6ec'],
  review: ['#c77700', '#e0a84a', '#f0c987'],
  done: ['#146c2e', '#3c9a57'],
  cancelled: ['#6b6f7a'],
};

type Props = { statuses: readonly FlowStatus[]; days: readonly FlowDay[] };

export function CumulativeFlowChart({ statuses, days }: Props) {
  const description = describeFlow(statuses, days);
  const option = useMemo<ChartOption>(() => {
    const { dates, series } = cumulativeFlow(statuses, days);
    const used: Record<string, number> = {};
    return {
      aria: { enabled: true, label: { description } },
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [...series].reverse().map((s) => s.name) },
      grid: { left: 40, right: 16, top: 40, bottom: 30 },
      xAxis: {
        type: 'category',
        boundaryGap: false,
        data: dates,
        axisLabel: { formatter: (d: string) => formatDay(d).replace(/ \d{4}$/, '') },
      },
      yAxis: { type: 'value', minInterval: 1, name: 'Tasks' },
      series: series.map((s) => {
        const palette = palettes[s.category] ?? ['#9aa5b8'];
        const index = (used[s.category] = (used[s.category] ?? -1) + 1);
        const color = palette[index % palette.length];
        return {
          name: s.name,
          type: 'line',
          stack: 'flow',
          areaStyle: { opacity: 0.85 },
          lineStyle: { width: 1 },
          symbol: 'none',
          color,
          emphasis: { focus: 'series' },
          data: s.data,
        };
      }),
    };
  }, [statuses, days, description]);
  return <EChart option={option} label={description} height={320} />;
}
