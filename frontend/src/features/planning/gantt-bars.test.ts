import { describe, expect, it } from 'vitest';
import { barGeometry, barOf, chartRange } from './gantt-bars';
import { standardScale } from './gantt-scale';

const toX = (index: number) => index * 10;

describe('bars on the working-day scale', () => {
  it('places a scheduled task from its early start to its early finish, with its baseline', () => {
    const bar = barOf(
      {
        earlyStart: '2026-12-01T08:00:00',
        earlyFinish: '2026-12-03T17:00:00',
        baselineStart: '2026-11-30T08:00:00',
        baselineFinish: '2026-12-02T17:00:00',
      } as Parameters<typeof barOf>[0],
      standardScale,
    );
    expect(bar).not.toBeNull();
    expect(bar && bar.finish - bar.start).toBe(3);
    expect(bar && bar.start - (bar.baseStart ?? 0)).toBe(1);
  });

  it('has no bar for a task not scheduled yet', () => {
    expect(barOf(undefined, standardScale)).toBeNull();
  });

  it('covers bars and milestones with ten working days either side', () => {
    const range = chartRange(
      [{ start: 100, finish: 105.5 }, null],
      ['1970-01-05'],
      '2026-12-01',
      standardScale,
    );
    expect(range).toEqual({ from: -10, to: 116 });
  });

  it('centres on today when there is nothing to draw', () => {
    const today = standardScale.workIndex('2026-12-01');
    expect(chartRange([], [], '2026-12-01', standardScale)).toEqual({
      from: today - 10,
      to: today + 10,
    });
  });
});

describe('bar geometry', () => {
  it('draws a task as a bar with its progress and a resize handle at its end', () => {
    const g = barGeometry(
      { start: 2, finish: 6 },
      { summary: false, percentComplete: 25 },
      56,
      toX,
    );
    expect(g).toMatchObject({ x: 20, width: 40, baseline: null });
    expect(g.shape).toEqual({
      kind: 'bar',
      box: { x: 20, y: 62, width: 40, height: 16 },
      resizeHandle: { x: 54, y: 62, width: 6, height: 16 },
      progress: { x: 20, y: 74, width: 10, height: 3 },
    });
  });

  it('draws no progress before work starts, and caps it at the bar', () => {
    const none = barGeometry({ start: 0, finish: 1 }, { summary: false }, 0, toX).shape;
    expect(none.kind === 'bar' && none.progress).toBeNull();
    const over = barGeometry(
      { start: 0, finish: 1 },
      { summary: false, percentComplete: 150 },
      0,
      toX,
    ).shape;
    expect(over.kind === 'bar' && over.progress?.width).toBe(10);
  });

  it('draws a zero-length task as a diamond and a summary as a bracket', () => {
    expect(barGeometry({ start: 3, finish: 3 }, { summary: false }, 0, toX).shape).toEqual({
      kind: 'milestone',
      d: 'M30,6 l8,8 l-8,8 l-8,-8 z',
    });
    expect(barGeometry({ start: 1, finish: 4 }, { summary: true }, 28, toX).shape).toEqual({
      kind: 'summary',
      d: 'M10,36 h30 v10 l-5,-4 H15 l-5,4 z',
    });
  });

  it('draws the baseline under the bar, at least two pixels wide', () => {
    const g = barGeometry(
      { start: 1, finish: 2, baseStart: 5, baseFinish: 5 },
      { summary: false },
      28,
      toX,
    );
    expect(g.baseline).toEqual({ x: 50, y: 47, width: 2, height: 5 });
  });
});
