import type { PointerEvent } from 'react';
import { formatDay } from '@/lib/format';
import type { Task } from '../api/get-tasks';
import { barGeometry, type Box } from '../gantt-bars';
import { rowHeight, type Bar } from '../gantt-layout';
import { handleX, type BarEnd } from '../gantt-link';
import type { WbsRow } from '../wbs';

type Props = {
  row: WbsRow;
  bar: Bar;
  /** The row's top in the drawn slice. */
  top: number;
  /** Drawn in red: on the driving path, or critical, as the toolbar chooses. */
  highlighted: boolean;
  toX: (index: number) => number;
  chartWidth: number;
  selected: boolean;
  focused: boolean;
  /** Bars move and resize by dragging (the click then comes from the drag's end). */
  draggable: boolean;
  onSelectTask: (taskId: string) => void;
  onStartDrag: (event: PointerEvent, task: Task, barRight: number) => void;
  /** Link handles are drawn only when links can be made. */
  onStartLink?: (event: PointerEvent, task: Task, end: BarEnd) => void;
};

const rect = (box: Box, className: string, rx?: number) => (
  <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={rx} className={className} />
);

/** One task's row in the chart: its bar (or bracket or diamond), baseline and link handles. */
export function GanttBar({
  row,
  bar,
  top,
  highlighted,
  toX,
  chartWidth,
  selected,
  focused,
  draggable,
  onSelectTask,
  onStartDrag,
  onStartLink,
}: Props) {
  const { task, schedule } = row;
  const critical = Boolean(schedule?.critical);
  const late = (schedule?.totalFloatDays ?? 0) < 0;
  const { x, width, baseline, shape } = barGeometry(bar, task, top, toX);
  const label = `${task.key} ${task.title}: ${formatDay(schedule?.earlyStart)} to ${formatDay(
    schedule?.earlyFinish,
  )}${row.driving ? ', on the driving path' : ''}${critical ? ', critical' : ''}${
    late ? ', late against a deadline or constraint' : ''
  }`;
  const criticalClass = `${highlighted ? ' critical' : ''}${late ? ' late' : ''}`;
  return (
    <g
      className={`gantt-row${selected ? ' selected' : ''}${focused ? ' focused' : ''}`}
      data-task-key={task.key}
      data-critical={critical || undefined}
      data-driving={row.driving || undefined}
      data-highlighted={highlighted || undefined}
      onClick={draggable && !task.summary ? undefined : () => onSelectTask(task.id)}
      onPointerDown={(e) => onStartDrag(e, task, x + width)}
    >
      <title>{label}</title>
      {selected && rect({ x: 0, y: top, width: chartWidth, height: rowHeight }, 'row-hl')}
      {baseline && rect(baseline, 'baseline')}
      {shape.kind === 'summary' && <path d={shape.d} className={`summary${criticalClass}`} />}
      {shape.kind === 'milestone' && (
        <path d={shape.d} className={`task-milestone${criticalClass}`} />
      )}
      {shape.kind === 'bar' && (
        <>
          {rect(shape.box, `bar${criticalClass}`, 3)}
          {draggable && rect(shape.resizeHandle, 'resize-handle')}
          {shape.progress && rect(shape.progress, 'progress')}
        </>
      )}
      {onStartLink && !task.summary && (
        <g className="link-handles" aria-hidden="true">
          {(['start', 'finish'] as const).map((end) => (
            <g
              key={end}
              className={`link-handle link-handle-${end}`}
              onPointerDown={(e) => onStartLink(e, task, end)}
            >
              <circle
                cx={handleX(x, x + width, end)}
                cy={top + rowHeight / 2}
                r={7.5}
                className="link-hit"
              />
              <circle
                cx={handleX(x, x + width, end)}
                cy={top + rowHeight / 2}
                r={4}
                className="link-dot"
              />
            </g>
          ))}
        </g>
      )}
    </g>
  );
}
