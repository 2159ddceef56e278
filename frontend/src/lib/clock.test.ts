import { afterEach, describe, expect, it, vi } from 'vitest';
import { today } from './clock';

describe('today', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is the local calendar date, padded as yyyy-mm-dd', () => {
    expect(today(new Date(2027, 0, 5, 9, 30))).toBe('2027-01-05');
  });

  it('stays on the local day late in the evening, whatever the UTC date is', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 11, 31, 23, 59));
    expect(today()).toBe('2026-12-31');
  });
});
