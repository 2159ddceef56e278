import { DateAxisGrid } from '@/components/DateAxisGrid';
import { today as todayOf } from '@/lib/clock';
import { dateAxis } from '@/lib/date-axis';
import { formatDay } from '@/lib/format';
import type { PortfolioProject } from '../api/get-portfolio';

const rowHeight = 30;
const labelWidth = 180;
const width = 960;
const axisHeight = 24;

/** Projects on one shared time axis: a bar from schedule start to finish, the target as a tick. */
export function PortfolioTimeline({ projects }: { projects: PortfolioProject[] }) {
  const spans = projects.map((project) => {
    const start = project.forecastStart ?? project.startDate;
    const finish = project.forecastFinish ?? start;
    return { project, start, finish, target: project.targetFinishDate ?? undefined };
  });
  const axis = dateAxis(
    spans.flatMap((s) => [s.start, s.finish, s.target].filter(Boolean) as string[]),
    labelWidth,
    width - 16,
  );
  if (!axis) return <p className="muted">No dates to show yet.</p>;
  const x = axis.x;
  const height = axisHeight + spans.length * rowHeight + 8;
  const today = todayOf();

  return (
    <div className="timeline-wrap">
      <svg
        className="portfolio-timeline"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="portfolio-timeline-desc"
      >
        <desc id="portfolio-timeline-desc">
          {spans
            .map(
              (s) =>
                `${s.project.key}: ${formatDay(s.start)} to ${formatDay(s.finish)}${
                  s.target ? `, target ${formatDay(s.target)}` : ''
                }`,
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
        {spans.map((s, i) => {
          const y = axisHeight + i * rowHeight;
          const late = s.target !== undefined && s.finish > s.target;
          return (
            <g key={s.project.id}>
              <text x={4} y={y + 19} className="row-label">
                {s.project.key} · {s.project.name.slice(0, 18)}
                {s.project.name.length > 18 ? '…' : ''}
              </text>
              <rect
                x={x(s.start)}
                y={y + 7}
                width={Math.max(3, x(s.finish) - x(s.start) + axis.dayWidth)}
                height={16}
                rx={4}
                className={`bar bar-${s.project.health ?? 'none'}`}
              />
              {s.target && (
                <line
                  x1={x(s.target) + axis.dayWidth}
                  x2={x(s.target) + axis.dayWidth}
                  y1={y + 3}
                  y2={y + 27}
                  className={late ? 'target target-late' : 'target'}
                />
              )}
            </g>
          );
        })}
      </svg>
      <p className="muted legend">
        Bars run from the scheduled start to the forecast finish, coloured by health; the black tick
        is the target finish, the blue line today.
      </p>
    </div>
  );
}
