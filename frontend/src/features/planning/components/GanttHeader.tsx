import { enumLabel, formatDay } from '@/lib/format';
import { headerHeight, labelWidth } from '../gantt-layout';
import { labelledTicks } from '../gantt-axis';
import type { Tick } from '../gantt-scale';

export type GanttMilestone = {
  id: string;
  name: string;
  dueDate: string;
  forecastDate?: string | null;
  health?: string | null;
};

type Props = {
  ticks: Tick[];
  milestones: GanttMilestone[];
  chartWidth: number;
  todayX: number;
  toX: (index: number) => number;
  /** The end of a date's work, where a milestone due that day sits. */
  dayEnd: (date: string) => number;
};

/** The axis above the chart: date ticks, the today line, and milestones as diamonds. */
export function GanttHeader({ ticks, milestones, chartWidth, todayX, toX, dayEnd }: Props) {
  const labelled = labelledTicks(ticks, toX);
  return (
    <div className="gantt-header" style={{ height: headerHeight }}>
      <div className="gantt-corner" style={{ width: labelWidth }}>
        <span>Task</span>
        <span className="muted">Milestones ▸</span>
      </div>
      <svg width={chartWidth} height={headerHeight} aria-hidden="true">
        {ticks.map((t) => (
          <g key={t.index}>
            <line
              x1={toX(t.index)}
              x2={toX(t.index)}
              y1={t.major ? 0 : 12}
              y2={24}
              className="tick"
            />
            {labelled.has(t.index) && (
              <text x={toX(t.index) + 3} y={16}>
                {t.label}
              </text>
            )}
          </g>
        ))}
        <line x1={todayX} x2={todayX} y1={0} y2={headerHeight} className="today" />
        {milestones.map((m) => {
          const cx = toX(dayEnd(m.forecastDate ?? m.dueDate));
          const dueX = toX(dayEnd(m.dueDate));
          return (
            <g key={m.id} className={`milestone milestone-${m.health ?? 'none'}`}>
              <title>
                {`${m.name}: due ${formatDay(m.dueDate)}, forecast ${formatDay(
                  m.forecastDate,
                )} (${enumLabel(m.health)})`}
              </title>
              <line x1={dueX} x2={dueX} y1={30} y2={50} className="due" />
              <path d={`M${cx},${31} l7,7 l-7,7 l-7,-7 z`} />
            </g>
          );
        })}
      </svg>
    </div>
  );
}
