import { formatDay } from '@/lib/format';
import { useMemo, useRef, useState } from 'react';
import { today as todayOf } from '@/lib/clock';
import { useVirtualRows } from '@/lib/use-virtual-rows';
import type { Dependency, DependencyType } from '../api/get-dependencies';
import type { Task } from '../api/get-tasks';
import { routeArrows } from '../gantt-arrows';
import { barOf, chartRange } from '../gantt-bars';
import { headerHeight, labelWidth, rowHeight } from '../gantt-layout';
import { pixelsPerDay, workScale, type WorkCalendar, type Zoom } from '../gantt-scale';
import type { WbsRow } from '../wbs';
import { isHighlighted, type Highlight } from '../highlight';
import { GanttArrowHeads, GanttArrows } from './GanttArrows';
import { GanttBar } from './GanttBar';
import { GanttBarDrag } from './GanttBarDrag';
import { GanttHeader, type GanttMilestone } from './GanttHeader';
import { GanttLabels } from './GanttLabels';
import { GanttLinkBand } from './GanttLinkBand';
import { GanttToolbar } from './GanttToolbar';
import { useGanttKeyboard } from './use-gantt-keyboard';
import { useGanttPointer } from './use-gantt-pointer';
import { useVisibleDays } from './use-visible-days';
import './gantt.css';

export type { GanttMilestone };

type Props = {
  rows: WbsRow[];
  dependencies: Dependency[];
  milestones: GanttMilestone[];
  selectedTaskId: string | null;
  onSelectTask: (taskId: string) => void;
  /** For tests: the height of the visible chart when the browser cannot measure it. */
  initialHeight?: number;
  /** Dragging a bar: move (new earliest start) or resize (new duration), in working days. */
  onMoveTask?: (task: Task, startDate: string) => void;
  onResizeTask?: (task: Task, durationDays: number) => void;
  /** Dragging from a bar's start or finish handle to another bar's start or finish: a new link. */
  onLinkTasks?: (predecessor: Task, successor: Task, type: DependencyType) => void;
  /** The project's working calendar; the standard week until it is known. */
  calendar?: WorkCalendar;
};

const overscan = 8;

/**
 * The timeline: bars on a working-day scale, dependency arrows of all four types, the driving
 * path to the finish in red (or every critical task), work late against a deadline outlined, summary brackets, baseline ghosts, milestones as diamonds and a today line.
 * Only the rows in view are drawn, so thousands of tasks scroll smoothly. Bars move and stretch
 * by dragging, and link by dragging from the handle at one bar's end to another bar.
 */
export function Gantt({
  rows,
  dependencies,
  milestones,
  selectedTaskId,
  onSelectTask,
  initialHeight = 600,
  onMoveTask,
  onResizeTask,
  onLinkTasks,
  calendar,
}: Props) {
  const scale = useMemo(() => workScale(calendar), [calendar]);
  const canvas = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState<Zoom>('week');
  const [highlight, setHighlight] = useState<Highlight>('driving');
  const today = todayOf();

  const bars = useMemo(() => rows.map((r) => barOf(r.schedule, scale)), [rows, scale]);
  const rowOf = useMemo(() => new Map(rows.map((r, i) => [r.task.id, i])), [rows]);
  const range = useMemo(
    () =>
      chartRange(
        bars,
        milestones.flatMap((m) => (m.forecastDate ? [m.dueDate, m.forecastDate] : [m.dueDate])),
        today,
        scale,
      ),
    [bars, milestones, today, scale],
  );

  const { first, last, width } = useVirtualRows({
    count: rows.length,
    rowHeight,
    overscan,
    scrollerRef: scroller,
    fallbackHeight: initialHeight,
    scrollMargin: headerHeight,
  });
  const px = pixelsPerDay[zoom];
  const x = (index: number) => (index - range.from) * px;
  // A short project still fills the width of the chart.
  const to = Math.max(range.to, range.from + Math.ceil((width - labelWidth) / px));
  const chartWidth = (to - range.from) * px;
  const sliceHeight = Math.max(0, (last - first) * rowHeight);
  const allTicks = useMemo(() => scale.ticks(range.from, to, zoom), [scale, range.from, to, zoom]);
  // Only the ticks in view (a long plan at day zoom has thousands).
  const days = useVisibleDays(scroller, to - range.from, px);
  const axis = allTicks.filter(
    (t) => t.index >= range.from + days.first && t.index <= range.from + days.last,
  );
  const todayX = x(scale.workIndex(today));
  // Days off take no room on the axis: a shaded band marks where each run falls (weekends at
  // day and week zoom; holidays at every zoom, in their own colour and named).
  const daysOff = useMemo(
    () =>
      scale
        .daysOff(range.from + days.first, range.from + days.last)
        .filter((d) => zoom !== 'month' || d.holiday !== undefined),
    [scale, range.from, days.first, days.last, zoom],
  );
  const offWidth = zoom === 'day' ? 8 : 4;

  const arrows = useMemo(
    () =>
      routeArrows({
        dependencies,
        rowOf,
        bars,
        critical: (row) => isHighlighted(rows[row], highlight),
        first,
        last,
        rowHeight,
        toX: (index) => (index - range.from) * px,
      }),
    [dependencies, rowOf, bars, rows, first, last, range.from, px, highlight],
  );

  const keyboard = useGanttKeyboard({
    rows,
    rowOf,
    bars,
    selectedTaskId,
    scrollerRef: scroller,
    toX: x,
  });
  const pointer = useGanttPointer({
    rows,
    rowOf,
    bars,
    dateOfIndex: scale.dateOfIndex,
    scrollerRef: scroller,
    canvasRef: canvas,
    onSelectTask,
    onMoveTask,
    onResizeTask,
    onLinkTasks,
  });

  function scrollToToday() {
    const el = scroller.current;
    if (el) el.scrollLeft = Math.max(0, todayX - 200);
  }

  return (
    <div className={pointer.link ? 'gantt linking' : 'gantt'}>
      <GanttToolbar
        zoom={zoom}
        onZoom={setZoom}
        onGoToToday={scrollToToday}
        highlight={highlight}
        onHighlight={setHighlight}
      />
      <div className="gantt-scroll" ref={scroller}>
        <div
          ref={canvas}
          className="gantt-canvas"
          style={{ width: labelWidth + chartWidth, height: headerHeight + rows.length * rowHeight }}
        >
          <GanttHeader
            ticks={axis}
            milestones={milestones}
            chartWidth={chartWidth}
            todayX={todayX}
            toX={x}
            dayEnd={scale.dayEnd}
          />
          <div style={{ height: first * rowHeight }} />
          <div className="gantt-slice" style={{ height: sliceHeight }}>
            <GanttLabels
              rows={rows}
              first={first}
              last={last}
              selectedTaskId={selectedTaskId}
              focusRow={keyboard.focusRow}
              onFocusRow={keyboard.setFocusRow}
              onKey={keyboard.onLabelKey}
              onSelectTask={onSelectTask}
            />
            <svg
              width={chartWidth}
              height={sliceHeight}
              className="gantt-chart"
              role="img"
              aria-label={`Gantt bars for tasks ${first + 1} to ${last} of ${rows.length}`}
            >
              <GanttArrowHeads />
              {daysOff.map((d) => (
                <rect
                  key={d.from}
                  x={x(d.index) - offWidth / 2}
                  width={offWidth}
                  y={0}
                  height={sliceHeight}
                  className={d.holiday ? 'days-off holiday' : 'days-off'}
                  data-from={d.from}
                >
                  <title>
                    {d.holiday ? `${d.holiday}: ` : 'Not worked: '}
                    {d.from === d.to
                      ? formatDay(d.from)
                      : `${formatDay(d.from)} – ${formatDay(d.to)}`}
                  </title>
                </rect>
              ))}
              {axis
                .filter((t) => t.major)
                .map((t) => (
                  <line
                    key={t.index}
                    x1={x(t.index)}
                    x2={x(t.index)}
                    y1={0}
                    y2={sliceHeight}
                    className="grid"
                  />
                ))}
              {rows.slice(first, last).map((r, offset) => {
                const bar = bars[first + offset];
                return (
                  bar && (
                    <GanttBar
                      key={r.task.id}
                      row={r}
                      bar={bar}
                      top={offset * rowHeight}
                      highlighted={isHighlighted(r, highlight)}
                      toX={x}
                      chartWidth={chartWidth}
                      selected={r.task.id === selectedTaskId}
                      focused={first + offset === keyboard.focusRow}
                      draggable={pointer.draggable}
                      onSelectTask={onSelectTask}
                      onStartDrag={pointer.startDrag}
                      onStartLink={pointer.startLink}
                    />
                  )
                );
              })}
              <GanttArrows arrows={arrows} />
              <line x1={todayX} x2={todayX} y1={0} y2={sliceHeight} className="today" />
              {pointer.drag && (
                <GanttBarDrag
                  mode={pointer.drag.mode}
                  task={rows[pointer.dragRow]?.task ?? null}
                  bar={bars[pointer.dragRow] ?? null}
                  row={pointer.dragRow}
                  originX={pointer.drag.originX}
                  px={px}
                  toX={x}
                  dateOfIndex={scale.dateOfIndex}
                  first={first}
                  onDrop={pointer.endDrag}
                />
              )}
              {pointer.link && (
                <GanttLinkBand
                  source={{ ...pointer.link, row: pointer.linkRow }}
                  rows={rows}
                  bars={bars}
                  toX={x}
                  first={first}
                  height={sliceHeight}
                  scroller={scroller}
                  canvas={canvas}
                  onDrop={pointer.endLink}
                />
              )}
            </svg>
          </div>
        </div>
      </div>
    </div>
  );
}
