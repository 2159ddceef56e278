import type { DependencyType } from './api/get-dependencies';
import { headerHeight, labelWidth, rowHeight, type Bar } from './gantt-layout';

/** Which end of a bar a link starts or ends at. */
export type BarEnd = 'start' | 'finish';

/** Where a link drag would land: a row and the end of its bar nearest the pointer. */
export type LinkTarget = { row: number; end: BarEnd };

/** A point in chart coordinates: x from the chart's left edge, y from the top of the first row. */
export type ChartPoint = { x: number; y: number; inside: boolean };

/** How far outside a bar (in pixels) its link handles reach and still count as that bar. */
export const linkReach = 16;

/**
 * The dependency a link drag creates, read as MS Project and OpenProject do: from the
 * predecessor's end the drag started at to the successor's end it was dropped on.
 */
export function linkType(from: BarEnd, to: BarEnd): DependencyType {
  if (from === 'finish') return to === 'start' ? 'fs' : 'ff';
  return to === 'start' ? 'ss' : 'sf';
}

/** The centre of a bar's link handle, just outside the bar (further out for a milestone diamond). */
export function handleX(barStartX: number, barFinishX: number, end: BarEnd): number {
  const gap = barFinishX - barStartX < 1 ? 14 : 8;
  return end === 'start' ? barStartX - gap : barFinishX + gap;
}

/**
 * The pointer in chart coordinates. The task labels and the axis stay in place while the chart
 * scrolls under them, so a pointer over them (or outside the scroll area) is not over any bar.
 */
export function chartPointOf(
  clientX: number,
  clientY: number,
  scroller: HTMLElement,
  canvas: HTMLElement,
): ChartPoint {
  const view = scroller.getBoundingClientRect();
  const content = canvas.getBoundingClientRect();
  // an unmeasured scroll area (no layout, as in jsdom) has no right or bottom edge to leave by
  const measured = view.width > 0 && view.height > 0;
  const inside =
    clientX >= view.left + labelWidth &&
    clientY >= view.top + headerHeight &&
    (!measured || (clientX <= view.right && clientY <= view.bottom));
  return {
    x: clientX - content.left - labelWidth,
    y: clientY - content.top - headerHeight,
    inside,
  };
}

/**
 * The bar end under a point: any bar but the source's, within its length plus the handles'
 * reach; the half of the bar decides the end. Summary bars count (a link to a summary applies
 * to its children); the service refuses links between a summary and its own subtasks.
 */
export function linkTargetAt(
  point: ChartPoint,
  bars: ReadonlyArray<Bar | null>,
  sourceRow: number,
  toX: (index: number) => number,
): LinkTarget | null {
  if (!point.inside || point.y < 0) return null;
  const row = Math.floor(point.y / rowHeight);
  const bar = bars[row];
  if (row === sourceRow || !bar) return null;
  const x1 = toX(bar.start);
  const x2 = toX(bar.finish);
  if (point.x < x1 - linkReach || point.x > x2 + linkReach) return null;
  return { row, end: point.x < (x1 + x2) / 2 ? 'start' : 'finish' };
}
