import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { listenForDrag } from '../window-drag';
import type { Bar } from '../gantt-layout';
import { headerHeight, labelWidth, rowHeight } from '../gantt-layout';
import {
  chartPointOf,
  handleX,
  linkTargetAt,
  linkType,
  type BarEnd,
  type ChartPoint,
  type LinkTarget,
} from '../gantt-link';
import type { WbsRow } from '../wbs';

/** Where the drag started: the row of the source bar (-1 once it is gone), its end, the pointer. */
type LinkSource = { row: number; end: BarEnd; point: ChartPoint };

type Props = {
  source: LinkSource;
  rows: WbsRow[];
  bars: ReadonlyArray<Bar | null>;
  /** Working-day index to chart x. */
  toX: (index: number) => number;
  /** The first row drawn in the chart's SVG, which starts at that row's top. */
  first: number;
  /** The height of that SVG, which clips what is drawn below it. */
  height: number;
  scroller: RefObject<HTMLDivElement | null>;
  canvas: RefObject<HTMLDivElement | null>;
  /** The drag ended: on a bar end, or (null) cancelled by Escape or a drop on empty space. */
  onDrop: (target: LinkTarget | null) => void;
};

// Near an edge of the scroll area the chart scrolls, faster the closer the pointer is.
const edgeZone = 32;
const maxScrollStep = 18;

function edgeStep(at: number, low: number, high: number): number {
  if (at < low + edgeZone) return -Math.ceil(((low + edgeZone - at) / edgeZone) * maxScrollStep);
  if (at > high - edgeZone) return Math.ceil(((at - high + edgeZone) / edgeZone) * maxScrollStep);
  return 0;
}

/**
 * The rubber band of a link drag: a line from the handle the drag started at to the pointer,
 * the bar end it would link to, and the dependency type that drop creates. It follows the
 * pointer in its own state, so a pointer move redraws this overlay and not the chart's rows.
 */
export function GanttLinkBand({
  source,
  rows,
  bars,
  toX,
  first,
  height,
  scroller,
  canvas,
  onDrop,
}: Props) {
  const [{ point, tipLeft }, setPointer] = useState({ point: source.point, tipLeft: false });
  const latest = useRef({ bars, toX, onDrop });
  useLayoutEffect(() => {
    latest.current = { bars, toX, onDrop };
  });

  useEffect(() => {
    const view = scroller.current;
    const content = canvas.current;
    if (!view || !content) return;
    let frame = 0;
    let pointer: { x: number; y: number } | null = null;
    const track = () => {
      if (!pointer) return;
      const rect = view.getBoundingClientRect();
      setPointer({
        point: chartPointOf(pointer.x, pointer.y, view, content),
        // near the right edge the tip goes left of the pointer, where it can be read
        tipLeft: rect.width > 0 && pointer.x > rect.right - 360,
      });
    };
    const scrollStep = () => {
      const rect = view.getBoundingClientRect();
      if (!pointer || rect.width === 0) return { dx: 0, dy: 0 };
      return {
        dx: edgeStep(pointer.x, rect.left + labelWidth, rect.right),
        dy: edgeStep(pointer.y, rect.top + headerHeight, rect.bottom),
      };
    };
    const autoScroll = () => {
      frame = 0;
      const { dx, dy } = scrollStep();
      if (dx === 0 && dy === 0) return;
      view.scrollLeft += dx;
      view.scrollTop += dy;
      track();
      frame = requestAnimationFrame(autoScroll);
    };
    const move = (event: PointerEvent) => {
      pointer = { x: event.clientX, y: event.clientY };
      track();
      if (!frame) frame = requestAnimationFrame(autoScroll);
    };
    const drop = (event: PointerEvent) => {
      const at = chartPointOf(event.clientX, event.clientY, view, content);
      const { bars: current, toX: x, onDrop: done } = latest.current;
      done(linkTargetAt(at, current, source.row, x));
    };
    const cancel = () => latest.current.onDrop(null);
    const stop = listenForDrag({ move, drop, cancel });
    return () => {
      cancelAnimationFrame(frame);
      stop();
    };
  }, [scroller, canvas, source.row]);

  const sourceBar = bars[source.row];
  if (!sourceBar) return null;
  const rowY = (row: number) => (row - first) * rowHeight;
  const fromX = handleX(toX(sourceBar.start), toX(sourceBar.finish), source.end);
  const fromY = rowY(source.row) + rowHeight / 2;
  const toY = point.y - first * rowHeight;
  const target = linkTargetAt(point, bars, source.row, toX);
  // the tip goes on the side away from the source, so it does not sit on the band, unless
  // that side is outside the chart
  const below = toY + 24;
  const above = toY - 12;
  const tipY = (toY >= fromY && below < height - 4) || above < 12 ? below : above;
  const targetBar = target && bars[target.row];
  const sourceKey = rows[source.row]?.task.key ?? '';

  let tip = 'Drop on the start or finish of another bar · Esc cancels';
  let highlight = null;
  if (target && targetBar) {
    const x1 = toX(targetBar.start);
    const x2 = toX(targetBar.finish);
    const top = rowY(target.row);
    const type = linkType(source.end, target.end).toUpperCase();
    tip = `${type} link: ${sourceKey} ${source.end} → ${rows[target.row]?.task.key} ${target.end}`;
    highlight = (
      <>
        <rect
          x={Math.min(x1, x2 - 1) - 10}
          y={top + 2}
          width={Math.max(1, x2 - x1) + 20}
          height={rowHeight - 4}
          rx={5}
          className="link-target"
        />
        <circle
          cx={handleX(x1, x2, target.end)}
          cy={top + rowHeight / 2}
          r={5}
          className="link-end"
        />
      </>
    );
  }

  return (
    <g className="link-band" aria-hidden="true">
      {highlight}
      <line x1={fromX} y1={fromY} x2={point.x} y2={toY} className="link-line" />
      <circle cx={fromX} cy={fromY} r={5} className="link-end" />
      <text
        x={tipLeft ? point.x - 14 : point.x + 14}
        y={tipY}
        textAnchor={tipLeft ? 'end' : 'start'}
        className={target ? 'link-tip link-tip-ready' : 'link-tip'}
        data-link-type={target ? linkType(source.end, target.end) : undefined}
      >
        {tip}
      </text>
    </g>
  );
}
