import { describe, expect, it } from 'vitest';
import { describeSeries, lastMonths, percent } from './dashboard-series';

describe('dashboard series', () => {
  it('lists the months ending with the current one, across a year boundary, the last ending today', () => {
    expect(lastMonths('2027-02-10', 3)).toEqual([
      { label: 'Dec 2026', from: '2026-12-01', to: '2026-12-31' },
      { label: 'Jan 2027', from: '2027-01-01', to: '2027-01-31' },
      { label: 'Feb 2027', from: '2027-02-01', to: '2027-02-10' },
    ]);
  });

  it('turns rates into percentages and keeps missing values missing', () => {
    expect(percent(0.756)).toBe(76);
    expect(percent(null)).toBeNull();
    expect(describeSeries(['Jan', 'Feb'], [75, null], '%')).toBe('Jan 75%, Feb no data');
  });
});
