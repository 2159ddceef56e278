import { useEffect, useMemo, useRef, useState } from 'react';
import { Button } from '@/components/Button';
import { today as todayOf } from '@/lib/clock';
import { enumLabel, formatDay } from '@/lib/format';
import type { Dependency, DependencyType } from '../api/get-dependencies';
import { headerHeight, labelWidth, rowHeight, type Bar } from '../gantt-layout';
import {
  chartPointOf,
  handleX,
  linkType,
  type BarEnd,
  type ChartPoint,
  type LinkTarget,
} from '../gantt-link';
import { pixelsPerDay, workScale, type WorkCalendar, type Zoom } from '../gantt-scale';
import type { WbsRow } from '../wbs';
import type { Task } from '../api/get-tasks';
import { GanttBarDrag, type BarDragMode } from './GanttBarDrag';
import { GanttLinkBand } from './GanttLinkBand';
import './gantt.css';

export type GanttMilestone = {
  id: string;
  name: string;
  dueDate: string;
  forecastDate?: string | null;
  health?: string | null;
};

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

// by task id, not row: the rows may change under a drag when the plan is read again
type Drag = { taskId: string; mode: BarDragMode; originX: number };
type Link = { taskId: string; end: BarEnd; point: ChartPoint };

const overscan = 8;
const padDays = 10;
const zoomLabels: Record<Zoom, string> = { day: 'Day', week: 'Week', month: 'Month' };

/**
 * The timeline: bars on a working-day scale, dependency arrows of all four types, the critical
 * path in red, summary brackets, baseline ghosts, milestones as diamonds and a today line.
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
  const { workIndex, dateOfIndex } = scale;
  const [drag, setDrag] = useState<Drag | null>(null);
  const [link, setLink] = useState<Link | null>(null);
  const canvas = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState<Zoom>('week');
  const [view, setView] = useState({ top: 0, left: 0, height: initialHeight, width: 0 });
  const scroller = useRef<HTMLDivElement>(null);
  const today = todayOf();

  const bars = useMemo(
    () =>
      rows.map((r): Bar | null => {
        const s = r.schedule;
        if (!s?.earlyStart || !s.earlyFinish) return null;
        const bar: Bar = { start: workIndex(s.earlyStart), finish: workIndex(s.earlyFinish) };
        if (s.baselineStart && s.baselineFinish) {
          bar.baseStart = workIndex(s.baselineStart);
          bar.baseFinish = workIndex(s.baselineFinish);
        }
        return bar;
      }),
    [rows, workIndex],
  );
  const rowOf = useMemo(() => new Map(rows.map((r, i) => [r.task.id, i])), [rows]);

  const range = useMemo(() => {
    let min = Infinity;
    let max = -Infinity;
    for (const b of bars) {
      if (!b) continue;
      min = Math.min(min, b.start, b.baseStart ?? Infinity);
      max = Math.max(max, b.finish, b.baseFinish ?? -Infinity);
    }
    for (const m of milestones) {
      for (const d of [m.dueDate, m.forecastDate]) {
        if (d) {
          min = Math.min(min, workIndex(d));
          max = Math.max(max, workIndex(d) + 1);
        }
      }
    }
    if (!Number.isFinite(min)) min = max = workIndex(today);
    return { from: Math.floor(min) - padDays, to: Math.ceil(max) + padDays };
  }, [bars, milestones, today, workIndex]);

  const px = pixelsPerDay[zoom];
  const x = (index: number) => (index - range.from) * px;
  // A short project still fills the width of the chart.
  const to = Math.max(range.to, range.from + Math.ceil((view.width - labelWidth) / px));
  const chartWidth = (to - range.from) * px;
  const allTicks = useMemo(() => scale.ticks(range.from, to, zoom), [scale, range.from, to, zoom]);
  // Only the ticks in view (a long plan at day zoom has thousands).
  const axis = allTicks.filter((t) => {
    const at = (t.index - range.from) * px;
    return at >= view.left - 400 && at <= view.left + (view.width || 2000) + 400;
  });
  const todayX = x(workIndex(today));

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() =>
        setView({
          top: el.scrollTop,
          left: el.scrollLeft,
          height: el.clientHeight || initialHeight,
          width: el.clientWidth,
        }),
      );
    };
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, [initialHeight]);

  const first = Math.max(
    0,
    Math.floor(Math.max(0, view.top - headerHeight) / rowHeight) - overscan,
  );
  const last = Math.min(rows.length, Math.ceil((view.top + view.height) / rowHeight) + overscan);
  const sliceHeight = Math.max(0, (last - first) * rowHeight);
  const y = (row: number) => (row - first) * rowHeight + rowHeight / 2;

  function scrollToToday() {
    const el = scroller.current;
    if (el) el.scrollLeft = Math.max(0, todayX - 200);
  }

  const arrows = useMemo(() => {
    const out: Array<{ id: string; d: string; critical: boolean }> = [];
    for (const dep of dependencies) {
      const p = rowOf.get(dep.predecessorId);
      const s = rowOf.get(dep.successorId);
      if (p === undefined || s === undefined) continue;
      if ((p < first && s < first) || (p >= last && s >= last)) continue;
      const pb = bars[p];
      const sb = bars[s];
      if (!pb || !sb) continue;
      const fromEnd = dep.type === 'fs' || dep.type === 'ff';
      const toEnd = dep.type === 'ff' || dep.type === 'sf';
      const x1 = x(fromEnd ? pb.finish : pb.start);
      const x2 = x(toEnd ? sb.finish : sb.start);
      const y1 = y(p);
      const out1 = x1 + (fromEnd ? 6 : -6);
      const in2 = x2 + (toEnd ? 6 : -6);
      const midY = y(s) + (s > p ? -rowHeight / 2 : rowHeight / 2);
      const d =
        (fromEnd && !toEnd && out1 <= in2) || (!fromEnd && toEnd && out1 >= in2)
          ? `M${x1},${y1} H${out1} V${y(s)} H${x2}`
          : `M${x1},${y1} H${out1} V${midY} H${in2} V${y(s)} H${x2}`;
      out.push({
        id: dep.id,
        d,
        critical: Boolean(rows[p]?.schedule?.critical && rows[s]?.schedule?.critical),
      });
    }
    return out;
    // x and y are derived from range/zoom/first, listed here
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dependencies, rowOf, bars, first, last, range, zoom]);

  const draggable = Boolean(onMoveTask || onResizeTask);
  const [focusRow, setFocusRow] = useState(0);
  const focusPending = useRef(false);
  // A task chosen elsewhere (the explain chain) becomes the keyboard position too.
  const [shownSelection, setShownSelection] = useState(selectedTaskId);
  if (selectedTaskId !== shownSelection) {
    setShownSelection(selectedTaskId);
    const row = selectedTaskId === null ? undefined : rowOf.get(selectedTaskId);
    if (row !== undefined) setFocusRow(row);
  }

  // Bring a row into view (keyboard focus, or a task chosen elsewhere such as the explain chain).
  function reveal(row: number) {
    const el = scroller.current;
    if (!el) return;
    const top = headerHeight + row * rowHeight;
    if (top < el.scrollTop + headerHeight || top + rowHeight > el.scrollTop + el.clientHeight) {
      el.scrollTop = Math.max(0, top - el.clientHeight / 2);
    }
  }

  function onLabelKey(event: React.KeyboardEvent, row: number) {
    const target = { ArrowDown: row + 1, ArrowUp: row - 1, Home: 0, End: rows.length - 1 }[
      event.key
    ];
    if (target === undefined) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(rows.length - 1, target));
    focusPending.current = true;
    setFocusRow(next);
    reveal(next);
  }

  useEffect(() => {
    if (!focusPending.current) return;
    const button = scroller.current?.querySelector<HTMLElement>(`[data-row="${focusRow}"]`);
    if (button) {
      button.focus();
      focusPending.current = false;
    }
  });

  useEffect(() => {
    if (selectedTaskId === null) return;
    const row = rowOf.get(selectedTaskId);
    if (row === undefined) return;
    reveal(row);
    const bar = bars[row];
    const el = scroller.current;
    if (bar && el) {
      const left = (bar.start - range.from) * px;
      if (left < el.scrollLeft || left > el.scrollLeft + el.clientWidth - labelWidth) {
        el.scrollLeft = Math.max(0, left - 100);
      }
    }
    // only when the selection changes
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedTaskId]);

  function startDrag(event: React.PointerEvent, task: Task, barRight: number) {
    if (!draggable || task.summary || event.button !== 0) return;
    const svg = event.currentTarget.closest('svg');
    const left = svg?.getBoundingClientRect().left ?? 0;
    const atEdge = event.clientX - left > barRight - 6;
    const mode = atEdge && onResizeTask ? 'resize' : onMoveTask ? 'move' : null;
    if (!mode) return;
    (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
    // the pointer is followed by the GanttBarDrag overlay: the rows draw at the start and the end
    setDrag({ taskId: task.id, mode, originX: event.clientX });
  }

  function startLink(event: React.PointerEvent, task: Task, end: BarEnd) {
    // a handle is not the bar: neither a move nor a resize starts from here
    event.stopPropagation();
    if (event.button !== 0 || !scroller.current || !canvas.current) return;
    event.preventDefault();
    setLink({
      taskId: task.id,
      end,
      point: chartPointOf(event.clientX, event.clientY, scroller.current, canvas.current),
    });
  }

  function endLink(target: LinkTarget | null) {
    const source = link;
    setLink(null);
    if (!source || !target) return;
    const predecessor = rows[rowOf.get(source.taskId) ?? -1]?.task;
    const successor = rows[target.row]?.task;
    if (predecessor && successor && predecessor.id !== successor.id) {
      onLinkTasks?.(predecessor, successor, linkType(source.end, target.end));
    }
  }

  /** A move or resize ended: by whole working days, or null when it was called off. */
  function endDrag(days: number | null) {
    const source = drag;
    setDrag(null);
    if (!source || days === null) return;
    const row = rowOf.get(source.taskId);
    const task = row === undefined ? undefined : rows[row]?.task;
    const bar = row === undefined ? null : bars[row];
    if (!task || !bar) return;
    if (days === 0) {
      onSelectTask(task.id);
    } else if (source.mode === 'resize') {
      onResizeTask?.(task, Math.max(0, task.durationDays + days));
    } else {
      onMoveTask?.(task, dateOfIndex(Math.floor(bar.start) + days));
    }
  }
  const dragRow = drag ? (rowOf.get(drag.taskId) ?? -1) : -1;

  return (
    <div className={link ? 'gantt linking' : 'gantt'}>
      <div className="toolbar">
        <div role="group" aria-label="Zoom" className="segmented">
          {(['day', 'week', 'month'] as const).map((z) => (
            <Button
              key={z}
              variant={zoom === z ? 'primary' : 'secondary'}
              className="btn-sm"
              aria-pressed={zoom === z}
              onClick={() => setZoom(z)}
            >
              {zoomLabels[z]}
            </Button>
          ))}
        </div>
        <Button variant="secondary" className="btn-sm" onClick={scrollToToday}>
          Go to today
        </Button>
        <ul className="gantt-legend" aria-label="Legend">
          <li>
            <span className="swatch swatch-task" aria-hidden="true" /> Task
          </li>
          <li>
            <span className="swatch swatch-critical" aria-hidden="true" /> Critical
          </li>
          <li>
            <span className="swatch swatch-baseline" aria-hidden="true" /> Baseline
          </li>
          <li>
            <span className="swatch swatch-milestone" aria-hidden="true" /> Milestone
          </li>
        </ul>
      </div>
      <div className="gantt-scroll" ref={scroller}>
        <div
          ref={canvas}
          className="gantt-canvas"
          style={{ width: labelWidth + chartWidth, height: headerHeight + rows.length * rowHeight }}
        >
          <div className="gantt-header" style={{ height: headerHeight }}>
            <div className="gantt-corner" style={{ width: labelWidth }}>
              <span>Task</span>
              <span className="muted">Milestones ▸</span>
            </div>
            <svg width={chartWidth} height={headerHeight} aria-hidden="true">
              {axis.map((t) => (
                <g key={t.index}>
                  <line
                    x1={x(t.index)}
                    x2={x(t.index)}
                    y1={t.major ? 0 : 12}
                    y2={24}
                    className="tick"
                  />
                  <text x={x(t.index) + 3} y={16}>
                    {t.label}
                  </text>
                </g>
              ))}
              <line x1={todayX} x2={todayX} y1={0} y2={headerHeight} className="today" />
              {milestones.map((m) => {
                const at = m.forecastDate ?? m.dueDate;
                const cx = x(scale.dayEnd(at));
                const dueX = x(scale.dayEnd(m.dueDate));
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
          <div style={{ height: first * rowHeight }} />
          <div className="gantt-slice" style={{ height: sliceHeight }}>
            <ol className="gantt-labels" style={{ width: labelWidth }} aria-label="Tasks">
              {rows.slice(first, last).map((r, offset) => (
                <li key={r.task.id} style={{ height: rowHeight }}>
                  <button
                    type="button"
                    className={`gantt-label${r.task.id === selectedTaskId ? ' selected' : ''}`}
                    style={{ paddingLeft: 8 + r.depth * 14 }}
                    aria-pressed={r.task.id === selectedTaskId}
                    tabIndex={first + offset === focusRow ? 0 : -1}
                    data-row={first + offset}
                    onFocus={() => setFocusRow(first + offset)}
                    onKeyDown={(e) => onLabelKey(e, first + offset)}
                    onClick={() => onSelectTask(r.task.id)}
                  >
                    <span className="task-key">{r.task.key}</span>{' '}
                    <span className={r.task.summary ? 'summary-title' : undefined}>
                      {r.task.title}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
            <svg
              width={chartWidth}
              height={sliceHeight}
              className="gantt-chart"
              role="img"
              aria-label={`Gantt bars for tasks ${first + 1} to ${last} of ${rows.length}`}
            >
              <defs>
                <marker
                  id="gantt-arrow"
                  viewBox="0 0 8 8"
                  refX="7"
                  refY="4"
                  markerWidth="7"
                  markerHeight="7"
                  orient="auto-start-reverse"
                >
                  <path d="M0,0 L8,4 L0,8 z" className="arrow-head" />
                </marker>
                <marker
                  id="gantt-arrow-critical"
                  viewBox="0 0 8 8"
                  refX="7"
                  refY="4"
                  markerWidth="7"
                  markerHeight="7"
                  orient="auto-start-reverse"
                >
                  <path d="M0,0 L8,4 L0,8 z" className="arrow-head-critical" />
                </marker>
              </defs>
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
                const i = first + offset;
                const b = bars[i];
                const focused = i === focusRow;
                if (!b) return null;
                const top = offset * rowHeight;
                const critical = Boolean(r.schedule?.critical);
                const selected = r.task.id === selectedTaskId;
                const x1 = x(b.start);
                const w = Math.max(0, x(b.finish) - x1);
                const label = `${r.task.key} ${r.task.title}: ${formatDay(
                  r.schedule?.earlyStart,
                )} to ${formatDay(r.schedule?.earlyFinish)}${critical ? ', critical' : ''}`;
                return (
                  <g
                    key={r.task.id}
                    className={`gantt-row${selected ? ' selected' : ''}${focused ? ' focused' : ''}`}
                    data-task-key={r.task.key}
                    data-critical={critical || undefined}
                    onClick={
                      draggable && !r.task.summary ? undefined : () => onSelectTask(r.task.id)
                    }
                    onPointerDown={(e) => startDrag(e, r.task, x1 + w)}
                  >
                    <title>{label}</title>
                    {selected && (
                      <rect
                        x={0}
                        y={top}
                        width={chartWidth}
                        height={rowHeight}
                        className="row-hl"
                      />
                    )}
                    {b.baseStart !== undefined && b.baseFinish !== undefined && (
                      <rect
                        x={x(b.baseStart)}
                        y={top + 19}
                        width={Math.max(2, x(b.baseFinish) - x(b.baseStart))}
                        height={5}
                        className="baseline"
                      />
                    )}
                    {r.task.summary ? (
                      <path
                        d={`M${x1},${top + 8} h${w} v10 l-5,-4 H${x1 + 5} l-5,4 z`}
                        className={critical ? 'summary critical' : 'summary'}
                      />
                    ) : w < 1 ? (
                      <path
                        d={`M${x1},${top + 6} l8,8 l-8,8 l-8,-8 z`}
                        className={critical ? 'task-milestone critical' : 'task-milestone'}
                      />
                    ) : (
                      <>
                        <rect
                          x={x1}
                          y={top + 6}
                          width={w}
                          height={16}
                          rx={3}
                          className={critical ? 'bar critical' : 'bar'}
                        />
                        {draggable && (
                          <rect
                            x={x1 + w - 6}
                            y={top + 6}
                            width={6}
                            height={16}
                            className="resize-handle"
                          />
                        )}
                        {(r.task.percentComplete ?? 0) > 0 && (
                          <rect
                            x={x1}
                            y={top + 18}
                            width={(w * Math.min(100, r.task.percentComplete ?? 0)) / 100}
                            height={3}
                            className="progress"
                          />
                        )}
                      </>
                    )}
                    {onLinkTasks && !r.task.summary && (
                      <g className="link-handles" aria-hidden="true">
                        {(['start', 'finish'] as const).map((end) => (
                          <g
                            key={end}
                            className={`link-handle link-handle-${end}`}
                            onPointerDown={(e) => startLink(e, r.task, end)}
                          >
                            <circle
                              cx={handleX(x1, x1 + w, end)}
                              cy={top + rowHeight / 2}
                              r={7.5}
                              className="link-hit"
                            />
                            <circle
                              cx={handleX(x1, x1 + w, end)}
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
              })}
              {arrows.map((a) => (
                <path
                  key={a.id}
                  d={a.d}
                  className={a.critical ? 'dep critical' : 'dep'}
                  markerEnd={a.critical ? 'url(#gantt-arrow-critical)' : 'url(#gantt-arrow)'}
                />
              ))}
              <line x1={todayX} x2={todayX} y1={0} y2={sliceHeight} className="today" />
              {drag && (
                <GanttBarDrag
                  mode={drag.mode}
                  task={rows[dragRow]?.task ?? null}
                  bar={bars[dragRow] ?? null}
                  row={dragRow}
                  originX={drag.originX}
                  px={px}
                  toX={x}
                  dateOfIndex={dateOfIndex}
                  first={first}
                  onDrop={endDrag}
                />
              )}
              {link && (
                <GanttLinkBand
                  source={{ ...link, row: rowOf.get(link.taskId) ?? -1 }}
                  rows={rows}
                  bars={bars}
                  toX={x}
                  first={first}
                  height={sliceHeight}
                  scroller={scroller}
                  canvas={canvas}
                  onDrop={endLink}
                />
              )}
            </svg>
          </div>
        </div>
      </div>
    </div>
  );
}
