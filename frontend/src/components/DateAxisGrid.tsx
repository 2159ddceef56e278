import type { DateAxis } from '@/lib/date-axis';

type Props = {
  axis: DateAxis;
  /** The SVG's width (month labels that would be cut off at the right are left out) and height. */
  width: number;
  height: number;
  /** Where the grid lines start, under the month labels. */
  top: number;
  today: string;
};

/** The month grid, month labels and today line of a small SVG timeline. */
export function DateAxisGrid({ axis, width, height, top, today }: Props) {
  return (
    <>
      {axis.months.map((m) => (
        <g key={m.day}>
          <line x1={axis.x(m.day)} x2={axis.x(m.day)} y1={top} y2={height} className="grid-line" />
          {axis.x(m.day) + 40 <= width && (
            <text x={axis.x(m.day) + 3} y={14} className="axis-label">
              {m.label}
            </text>
          )}
        </g>
      ))}
      {axis.contains(today) && (
        <line x1={axis.x(today)} x2={axis.x(today)} y1={top} y2={height} className="today" />
      )}
    </>
  );
}
