import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { formatDay } from '@/lib/format';
import { listenForDrag } from '../window-drag';
import type { Task } from '../api/get-tasks';
import { rowHeight, type Bar } from '../gantt-layout';

export type BarDragMode = 'move' | 'resize';

type Props = {
  mode: BarDragMode;
  /** The dragged task and its bar; null once the plan read again no longer has it. */
  task: Task | null;
  bar: Bar | null;
  /** Its row, counted from the first row of the plan. */
  row: number;
  /** The pointer's clientX when the drag started. */
  originX: number;
  /** Pixels per working day at the current zoom. */
  px: number;
  /** Working-day index to chart x. */
  toX: (index: number) => number;
  /** Working-day index to its date, on the project's calendar. */
  dateOfIndex: (index: number) => string;
  /** The first row drawn in the chart's SVG, which starts at that row's top. */
  first: number;
  /**
   * The drag ended: by how many whole working days the pointer moved (0 is a click), or null
   * when Escape, a cancelled pointer or leaving the window called it off.
   */
  onDrop: (days: number | null) => void;
};

/**
 * The preview of a bar move or resize: a dashed ghost that follows the pointer and a tip saying
 * what the drop saves. It follows the pointer in its own state, so a pointer move redraws this
 * overlay and not the chart's rows.
 */
export function GanttBarDrag({
  mode,
  task,
  bar,
  row,
  originX,
  px,
  toX,
  dateOfIndex,
  first,
  onDrop,
}: Props) {
  const [dx, setDx] = useState(0);
  const latest = useRef({ px, onDrop });
  useLayoutEffect(() => {
    latest.current = { px, onDrop };
  });

  useEffect(() => {
    const days = (clientX: number) => Math.round((clientX - originX) / latest.current.px);
    const move = (event: PointerEvent) => setDx(event.clientX - originX);
    const drop = (event: PointerEvent) => latest.current.onDrop(days(event.clientX));
    const cancel = () => latest.current.onDrop(null);
    return listenForDrag({ move, drop, cancel });
  }, [originX]);

  if (!task || !bar || row < 0) return null;
  const top = (row - first) * rowHeight;
  const x1 = toX(bar.start);
  const w = Math.max(0, toX(bar.finish) - x1);
  const days = Math.round(dx / px);

  let ghost;
  if (mode === 'move' && w < 1) {
    ghost = <path d={`M${x1 + dx},${top + 4} l10,10 l-10,10 l-10,-10 z`} className="drag-ghost" />;
  } else {
    ghost = (
      <rect
        x={mode === 'move' ? x1 + dx : x1}
        y={top + 4}
        width={Math.max(2, mode === 'resize' ? w + dx : w)}
        height={20}
        rx={3}
        className="drag-ghost"
      />
    );
  }

  // what the drop saves: the start-no-earlier-than date, or the new duration
  let tip;
  if (days === 0) {
    tip = mode === 'move' ? 'Drag to move' : 'Drag to change the duration';
  } else if (mode === 'move') {
    const shift = `${days > 0 ? '+' : '−'}${Math.abs(days)} d`;
    tip = `Start no earlier than ${formatDay(dateOfIndex(Math.floor(bar.start) + days))} (${shift})`;
  } else {
    const duration = Math.max(0, task.durationDays + days);
    tip = `Duration ${duration} d (was ${task.durationDays} d)`;
  }
  // above the bar, or below it on the first row of the chart, where there is no room above
  const tipY = top >= 14 ? top - 2 : top + rowHeight + 10;
  const tipX = mode === 'move' ? x1 + dx : x1 + Math.max(2, w + dx);

  return (
    <g className="bar-drag" aria-hidden="true">
      {ghost}
      {/* not on a press that may be a click, only once the pointer moves */}
      {dx !== 0 && (
        <text x={tipX} y={tipY} textAnchor={mode === 'move' ? 'start' : 'end'} className="drag-tip">
          {`${tip} · Esc cancels`}
        </text>
      )}
    </g>
  );
}
