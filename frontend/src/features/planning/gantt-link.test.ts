import { describe, expect, it } from 'vitest';
import { handleX, linkTargetAt, linkType } from './gantt-link';

describe('linking bars', () => {
  it('reads the type from the ends: predecessor end first, successor end second', () => {
    expect(linkType('finish', 'start')).toBe('fs');
    expect(linkType('start', 'start')).toBe('ss');
    expect(linkType('finish', 'finish')).toBe('ff');
    expect(linkType('start', 'finish')).toBe('sf');
  });

  it('puts handles just outside a bar, and further out beside a milestone diamond', () => {
    expect(handleX(100, 160, 'start')).toBe(92);
    expect(handleX(100, 160, 'finish')).toBe(168);
    expect(handleX(100, 100, 'finish')).toBe(114);
  });

  // rows of 28 px; bar 1 runs from x 100 to 160, bar 2 is a milestone at x 50
  const bars = [{ start: 0, finish: 2 }, { start: 10, finish: 16 }, { start: 5, finish: 5 }, null];
  const toX = (index: number) => index * 10;
  const at = (x: number, y: number, inside = true) => ({ x, y, inside });

  it('takes the half of the bar under the pointer, handles included', () => {
    expect(linkTargetAt(at(101, 30), bars, 0, toX)).toEqual({ row: 1, end: 'start' });
    expect(linkTargetAt(at(86, 30), bars, 0, toX)).toEqual({ row: 1, end: 'start' });
    expect(linkTargetAt(at(131, 55), bars, 0, toX)).toEqual({ row: 1, end: 'finish' });
    expect(linkTargetAt(at(175, 30), bars, 0, toX)).toEqual({ row: 1, end: 'finish' });
    expect(linkTargetAt(at(45, 60), bars, 0, toX)).toEqual({ row: 2, end: 'start' });
    expect(linkTargetAt(at(55, 60), bars, 0, toX)).toEqual({ row: 2, end: 'finish' });
  });

  it('finds nothing on empty space, the source itself, a row without a bar or under the labels', () => {
    expect(linkTargetAt(at(300, 30), bars, 0, toX)).toBeNull();
    expect(linkTargetAt(at(110, 30), bars, 1, toX)).toBeNull();
    expect(linkTargetAt(at(110, 90), bars, 0, toX)).toBeNull();
    expect(linkTargetAt(at(110, 200), bars, 0, toX)).toBeNull();
    expect(linkTargetAt(at(110, -5), bars, 0, toX)).toBeNull();
    expect(linkTargetAt(at(110, 30, false), bars, 0, toX)).toBeNull();
  });
});
