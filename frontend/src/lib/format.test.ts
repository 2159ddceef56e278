import { describe, expect, it } from 'vitest';
import { formatDays } from './format';

describe('formatDays', () => {
  it('shows a day or more in days', () => {
    expect(formatDays(2.5)).toBe('2.5 d');
    expect(formatDays(1)).toBe('1 d');
    expect(formatDays(-2)).toBe('-2 d');
    expect(formatDays(0)).toBe('0 d');
  });

  it('shows less than a day in hours of the working day', () => {
    expect(formatDays(0.75)).toBe('6 h');
    expect(formatDays(-0.5)).toBe('-4 h');
    expect(formatDays(0.1)).toBe('0.8 h');
    expect(formatDays(0.5, 7.5)).toBe('3.8 h');
  });

  it('shows a missing value as a dash', () => {
    expect(formatDays(undefined)).toBe('—');
    expect(formatDays(null)).toBe('—');
  });
});
