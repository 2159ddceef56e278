import type { TaskSchedule } from './api/get-tasks';
import type { Bar } from './gantt-layout';
import type { WorkScale } from './gantt-scale';

/** Working days of room before the first bar and after the last. */
const padDays = 10;

/** A task's bar on the scale, or null when it has no scheduled dates yet. */
export function barOf(schedule: TaskSchedule | undefined, scale: WorkScale): Bar | null {
  if (!schedule?.earlyStart || !schedule.earlyFinish) return null;
  const bar: Bar = {
    start: scale.workIndex(schedule.earlyStart),
    finish: scale.workIndex(schedule.earlyFinish),
  };
  if (schedule.baselineStart && schedule.baselineFinish) {
    bar.baseStart = scale.workIndex(schedule.baselineStart);
    bar.baseFinish = scale.workIndex(schedule.baselineFinish);
  }
  return bar;
}

/**
 * The working-day span the chart covers: every bar, baseline and milestone date with some room
 * either side, or the weeks around today when there is nothing to draw.
 */
export function chartRange(
  bars: ReadonlyArray<Bar | null>,
  milestoneDates: ReadonlyArray<string>,
  today: string,
  scale: WorkScale,
): { from: number; to: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const b of bars) {
    if (!b) continue;
    min = Math.min(min, b.start, b.baseStart ?? Infinity);
    max = Math.max(max, b.finish, b.baseFinish ?? -Infinity);
  }
  for (const d of milestoneDates) {
    min = Math.min(min, scale.workIndex(d));
    max = Math.max(max, scale.workIndex(d) + 1);
  }
  if (!Number.isFinite(min)) min = max = scale.workIndex(today);
  return { from: Math.floor(min) - padDays, to: Math.ceil(max) + padDays };
}

export type Box = { x: number; y: number; width: number; height: number };

/** What one row draws: a summary bracket, a zero-length task's diamond, or a bar. */
export type BarShape =
  | { kind: 'summary'; d: string }
  | { kind: 'milestone'; d: string }
  | { kind: 'bar'; box: Box; resizeHandle: Box; progress: Box | null };

export type BarGeometry = {
  /** The bar's left edge and width in chart pixels (the link handles sit at either end). */
  x: number;
  width: number;
  baseline: Box | null;
  shape: BarShape;
};

/** The shapes of a row whose top is `top` pixels down the drawn slice. */
export function barGeometry(
  bar: Bar,
  task: { summary: boolean; percentComplete?: number | null },
  top: number,
  toX: (index: number) => number,
): BarGeometry {
  const x = toX(bar.start);
  const width = Math.max(0, toX(bar.finish) - x);
  const baseline =
    bar.baseStart !== undefined && bar.baseFinish !== undefined
      ? {
          x: toX(bar.baseStart),
          y: top + 19,
          width: Math.max(2, toX(bar.baseFinish) - toX(bar.baseStart)),
          height: 5,
        }
      : null;
  let shape: BarShape;
  if (task.summary) {
    shape = { kind: 'summary', d: `M${x},${top + 8} h${width} v10 l-5,-4 H${x + 5} l-5,4 z` };
  } else if (width < 1) {
    shape = { kind: 'milestone', d: `M${x},${top + 6} l8,8 l-8,8 l-8,-8 z` };
  } else {
    const percent = Math.min(100, task.percentComplete ?? 0);
    shape = {
      kind: 'bar',
      box: { x, y: top + 6, width, height: 16 },
      resizeHandle: { x: x + width - 6, y: top + 6, width: 6, height: 16 },
      progress: percent > 0 ? { x, y: top + 18, width: (width * percent) / 100, height: 3 } : null,
    };
  }
  return { x, width, baseline, shape };
}
