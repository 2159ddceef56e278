import { useState, type PointerEvent, type RefObject } from 'react';
import type { DependencyType } from '../api/get-dependencies';
import type { Task } from '../api/get-tasks';
import type { Bar } from '../gantt-layout';
import {
  chartPointOf,
  linkType,
  type BarEnd,
  type ChartPoint,
  type LinkTarget,
} from '../gantt-link';
import type { WbsRow } from '../wbs';
import type { BarDragMode } from './GanttBarDrag';

// by task id, not row: the rows may change under a drag when the plan is read again
type Drag = { taskId: string; mode: BarDragMode; originX: number };
type Link = { taskId: string; end: BarEnd; point: ChartPoint };

type Options = {
  rows: WbsRow[];
  rowOf: ReadonlyMap<string, number>;
  bars: ReadonlyArray<Bar | null>;
  dateOfIndex: (index: number) => string;
  scrollerRef: RefObject<HTMLDivElement | null>;
  canvasRef: RefObject<HTMLDivElement | null>;
  onSelectTask: (taskId: string) => void;
  onMoveTask?: (task: Task, startDate: string) => void;
  onResizeTask?: (task: Task, durationDays: number) => void;
  onLinkTasks?: (predecessor: Task, successor: Task, type: DependencyType) => void;
};

/**
 * Bars under the pointer: dragging a bar moves it, dragging its end resizes it, dragging from a
 * link handle to another bar links them. While a drag lasts its overlay follows the pointer;
 * this hook only knows where it started and what the drop means.
 */
export function useGanttPointer({
  rows,
  rowOf,
  bars,
  dateOfIndex,
  scrollerRef,
  canvasRef,
  onSelectTask,
  onMoveTask,
  onResizeTask,
  onLinkTasks,
}: Options) {
  const [drag, setDrag] = useState<Drag | null>(null);
  const [link, setLink] = useState<Link | null>(null);
  const draggable = Boolean(onMoveTask || onResizeTask);

  function startDrag(event: PointerEvent, task: Task, barRight: number) {
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

  function startLink(event: PointerEvent, task: Task, end: BarEnd) {
    // a handle is not the bar: neither a move nor a resize starts from here
    event.stopPropagation();
    if (event.button !== 0 || !scrollerRef.current || !canvasRef.current) return;
    event.preventDefault();
    setLink({
      taskId: task.id,
      end,
      point: chartPointOf(event.clientX, event.clientY, scrollerRef.current, canvasRef.current),
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

  return {
    draggable,
    drag,
    dragRow: drag ? (rowOf.get(drag.taskId) ?? -1) : -1,
    link,
    linkRow: link ? (rowOf.get(link.taskId) ?? -1) : -1,
    startDrag,
    endDrag,
    startLink: onLinkTasks ? startLink : undefined,
    endLink,
  };
}
