import { describe, expect, it } from 'vitest';
import { dateOfIndex, ticks, workIndex } from './gantt-scale';

describe('working-day scale', () => {
  it('counts only working days, so a weekend takes no room', () => {
    const friday = workIndex('2026-12-04T08:00:00');
    expect(workIndex('2026-12-07T08:00:00') - friday).toBe(1);
    expect(workIndex('2026-12-05')).toBe(friday + 1);
  });

  it('places working hours inside the day, lunch excluded', () => {
    const start = workIndex('2026-12-01T08:00:00');
    expect(workIndex('2026-12-01T12:00:00') - start).toBe(0.5);
    expect(workIndex('2026-12-01T13:00:00') - start).toBe(0.5);
    expect(workIndex('2026-12-01T17:00:00') - start).toBe(1);
  });

  it('maps an index back to its date', () => {
    expect(dateOfIndex(workIndex('2026-12-07'))).toBe('2026-12-07');
  });

  it('labels Mondays at week zoom', () => {
    const from = workIndex('2026-12-01');
    const labels = ticks(from, from + 10, 'week').map((t) => t.label);
    expect(labels).toEqual(['7 Dec', '14 Dec']);
  });
});
