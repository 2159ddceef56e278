import { DateAxisGrid } from '@/components/DateAxisGrid';
import { today as todayOf } from '@/lib/clock';
import { dateAxis, dayMs, dayTime } from '@/lib/date-axis';
import { enumLabel, formatDay } from '@/lib/format';
import type { Milestone } from '../api/get-milestones';
import './milestones.css';

const rowHeight = 30;
const labelWidth = 200;
const width = 960;
const axisHeight = 24;
/** The shortest range drawn, so one milestone still gets month labels and a today line. */
const minSpanDays = 62;

/** Today joins the axis when it is this close to a milestone; further away it would squash them. */
const todayReachDays = 183;

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * The days the axis spans: every due and forecast date, the target finish and today, widened
 * evenly to at least {@link minSpanDays} so a single milestone is not a one-day axis.
 */
export function timelineDays(
  milestones: Milestone[],
  targetFinish: string | null | undefined,
  today: string,
): string[] {
  const days = milestones.flatMap((m) => [m.dueDate, m.forecastDate].filter(Boolean) as string[]);
  if (days.length === 0) return [];
  if (targetFinish) days.push(targetFinish);
  const near = days.some((d) => Math.abs(dayTime(d) - dayTime(today)) <= todayReachDays * dayMs);
  if (near) days.push(today);
  const times = days.map(dayTime);
  const min = Math.min(...times);
  const max = Math.max(...times);
  const missing = minSpanDays - Math.round((max - min) / dayMs);
  if (missing <= 0) return days;
  const before = Math.floor(missing / 2);
  return [...days, isoDay(min - before * dayMs), isoDay(max + (missing - before) * dayMs)];
}

type Props = { milestones: Milestone[]; targetFinish?: string | null; today?: string };

/** A diamond corner-to-corner of `size` around (x, y). */
function diamond(x: number, y: number, size: number) {
  const h = size / 2;
  return `${x},${y - h} ${x + h},${y} ${x},${y + h} ${x - h},${y}`;
}

/**
 * Milestones on one time axis: the hollow diamond is the due date, the filled one the forecast
 * (coloured by health), and the line between them the slip or the margin.
 */
export function MilestoneTimeline({ milestones, targetFinish, today = todayOf() }: Props) {
  const axis = dateAxis(timelineDays(milestones, targetFinish, today), labelWidth, width - 16);
  if (!axis) return null;
  const height = axisHeight + milestones.length * rowHeight + 8;
  const mid = (day: string) => axis.x(day) + axis.dayWidth / 2;

  return (
    <div className="timeline-wrap">
      <svg
        className="milestone-timeline"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="milestone-timeline-desc"
      >
        <desc id="milestone-timeline-desc">
          {milestones
            .map(
              (m) =>
                `${m.name}: due ${formatDay(m.dueDate)}, forecast ${formatDay(m.forecastDate)}, ${enumLabel(m.health)}`,
            )
            .join('; ')}
        </desc>
        <DateAxisGrid
          axis={axis}
          width={width}
          height={height}
          top={axisHeight - 6}
          today={today}
        />
        <line
          x1={labelWidth}
          x2={width - 16}
          y1={axisHeight - 6}
          y2={axisHeight - 6}
          className="axis"
        />
        {targetFinish && (
          <line
            x1={axis.x(targetFinish) + axis.dayWidth}
            x2={axis.x(targetFinish) + axis.dayWidth}
            y1={axisHeight - 6}
            y2={height}
            className="target"
          />
        )}
        {milestones.map((m, i) => {
          const y = axisHeight + i * rowHeight + rowHeight / 2;
          const forecast = m.forecastDate;
          const late = forecast !== null && forecast !== undefined && forecast > m.dueDate;
          return (
            <g key={m.id} data-milestone={m.name}>
              <text x={4} y={y + 4} className="row-label">
                {m.name.length > 26 ? `${m.name.slice(0, 25)}…` : m.name}
              </text>
              {forecast && forecast !== m.dueDate && (
                <line
                  x1={mid(m.dueDate)}
                  x2={mid(forecast)}
                  y1={y}
                  y2={y}
                  className={late ? 'slip slip-late' : 'slip'}
                />
              )}
              <polygon points={diamond(mid(m.dueDate), y, 14)} className="due" />
              {forecast && (
                <polygon
                  points={diamond(mid(forecast), y, 12)}
                  className={`forecast health-${m.health}`}
                />
              )}
            </g>
          );
        })}
      </svg>
      <p className="muted legend">
        Hollow diamond: due date. Filled diamond: forecast from the schedule, coloured by health; a
        red line is the slip past the due date. Dashed blue line: today; black line: the
        project&apos;s target finish.
      </p>
    </div>
  );
}
