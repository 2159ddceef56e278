import type { Dependency, DependencyType } from './api/get-dependencies';
import type { Bar } from './gantt-layout';

export type Arrow = { id: string; d: string; critical: boolean };

/** One end of an arrow: the x where it leaves or enters its bar and the y of its row's middle. */
export type ArrowEnd = { x: number; y: number };

/** How far an arrow runs straight out of its bar before it turns. */
const stub = 6;

/**
 * The path of a dependency arrow, drawn as right angles. It leaves the predecessor's finish (FS,
 * FF) or start (SS, SF) and enters the successor's start (FS, SS) or finish (FF, SF). When the
 * successor's end lies on the far side of where the arrow leaves, it drops straight down (or up)
 * to it; otherwise it turns back between the two rows, at `midY`.
 */
export function arrowPath(type: DependencyType, from: ArrowEnd, to: ArrowEnd, midY: number) {
  const fromEnd = type === 'fs' || type === 'ff';
  const toEnd = type === 'ff' || type === 'sf';
  const out = from.x + (fromEnd ? stub : -stub);
  const into = to.x + (toEnd ? stub : -stub);
  const straight = (fromEnd && !toEnd && out <= into) || (!fromEnd && toEnd && out >= into);
  return straight
    ? `M${from.x},${from.y} H${out} V${to.y} H${to.x}`
    : `M${from.x},${from.y} H${out} V${midY} H${into} V${to.y} H${to.x}`;
}

type Route = {
  dependencies: ReadonlyArray<Dependency>;
  /** Row of each task id. */
  rowOf: ReadonlyMap<string, number>;
  bars: ReadonlyArray<Bar | null>;
  critical: (row: number) => boolean;
  /** The rows drawn, `first` to `last` exclusive: arrows wholly above or below are skipped. */
  first: number;
  last: number;
  rowHeight: number;
  toX: (index: number) => number;
};

/**
 * The arrows touching the drawn rows, with y counted from the top of row `first`. An arrow is
 * critical when both its tasks are.
 */
export function routeArrows({
  dependencies,
  rowOf,
  bars,
  critical,
  first,
  last,
  rowHeight,
  toX,
}: Route): Arrow[] {
  const y = (row: number) => (row - first) * rowHeight + rowHeight / 2;
  const arrows: Arrow[] = [];
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
    const from = { x: toX(fromEnd ? pb.finish : pb.start), y: y(p) };
    const to = { x: toX(toEnd ? sb.finish : sb.start), y: y(s) };
    // the turn runs along the boundary of the successor's row nearer the predecessor
    const midY = to.y + (s > p ? -rowHeight / 2 : rowHeight / 2);
    arrows.push({
      id: dep.id,
      d: arrowPath(dep.type, from, to, midY),
      critical: critical(p) && critical(s),
    });
  }
  return arrows;
}
