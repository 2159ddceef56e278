import { describe, expect, it } from 'vitest';
import type { Dependency, DependencyType } from './api/get-dependencies';
import { arrowPath, routeArrows } from './gantt-arrows';

const dep = (id: string, predecessorId: string, successorId: string, type: DependencyType) =>
  ({ id, predecessorId, successorId, type, lagDays: 0 }) as Dependency;

describe('arrow paths', () => {
  it('drops a finish-to-start arrow straight to a successor that starts later', () => {
    expect(arrowPath('fs', { x: 100, y: 14 }, { x: 120, y: 42 }, 28)).toBe('M100,14 H106 V42 H120');
  });

  it('turns a finish-to-start arrow back between the rows when the successor starts earlier', () => {
    expect(arrowPath('fs', { x: 100, y: 14 }, { x: 80, y: 42 }, 28)).toBe(
      'M100,14 H106 V28 H74 V42 H80',
    );
  });

  it('leaves from the start and enters the start for start-to-start', () => {
    expect(arrowPath('ss', { x: 50, y: 14 }, { x: 70, y: 42 }, 28)).toBe(
      'M50,14 H44 V28 H64 V42 H70',
    );
  });

  it('drops a start-to-finish arrow straight to a finish before the start', () => {
    expect(arrowPath('sf', { x: 50, y: 14 }, { x: 30, y: 42 }, 28)).toBe('M50,14 H44 V42 H30');
  });

  it('enters a finish-to-finish arrow from the right', () => {
    expect(arrowPath('ff', { x: 50, y: 42 }, { x: 90, y: 14 }, 28)).toBe(
      'M50,42 H56 V28 H96 V14 H90',
    );
  });
});

describe('routing the arrows of the drawn rows', () => {
  const bars = [{ start: 0, finish: 2 }, { start: 4, finish: 5 }, null, { start: 7, finish: 8 }];
  const rowOf = new Map([
    ['a', 0],
    ['b', 1],
    ['c', 2],
    ['d', 3],
  ]);
  const base = {
    rowOf,
    bars,
    critical: (row: number) => row < 2,
    rowHeight: 28,
    toX: (index: number) => index * 10,
  };

  it('routes each arrow with y counted from the first drawn row, critical when both ends are', () => {
    const arrows = routeArrows({
      ...base,
      dependencies: [dep('1', 'a', 'b', 'fs'), dep('2', 'b', 'd', 'fs')],
      first: 1,
      last: 4,
    });
    expect(arrows).toEqual([
      { id: '1', d: 'M20,-14 H26 V14 H40', critical: true },
      { id: '2', d: 'M50,14 H56 V70 H70', critical: false },
    ]);
  });

  it('skips arrows wholly outside the drawn rows, to unscheduled tasks and to unknown ones', () => {
    const arrows = routeArrows({
      ...base,
      dependencies: [dep('1', 'a', 'b', 'fs'), dep('2', 'b', 'c', 'fs'), dep('3', 'x', 'd', 'fs')],
      first: 2,
      last: 4,
    });
    expect(arrows).toEqual([]);
  });
});
