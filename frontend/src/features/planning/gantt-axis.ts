import type { Tick } from './gantt-scale';

/** Room a week or month label needs ("30 Nov"), in pixels. */
const labelRoom = 44;

/**
 * The ticks whose label fits before the next labelled one. Days off take no room, so a week
 * shortened by holidays can bring two labels together; the later one (often a new month) keeps
 * its place. Day labels are a day apart by design, and all drawn.
 */
export function labelledTicks(ticks: Tick[], toX: (index: number) => number): Set<number> {
  const shown = new Set<number>();
  let next = { index: Infinity, x: Infinity };
  for (let i = ticks.length - 1; i >= 0; i--) {
    const tick = ticks[i];
    if (!tick) continue;
    const x = toX(tick.index);
    if (next.index - tick.index <= 1 || x + labelRoom <= next.x) {
      shown.add(tick.index);
      next = { index: tick.index, x };
    }
  }
  return shown;
}
