import { describe, expect, it } from 'vitest';
import { labelledTicks } from './gantt-axis';

const toX = (index: number) => index * 12;
const tick = (index: number) => ({ index, label: `${index}`, major: false });

describe('axis labels', () => {
  it('labels every week of an ordinary run of weeks', () => {
    expect([...labelledTicks([tick(0), tick(5), tick(10)], toX)].sort((a, b) => a - b)).toEqual([
      0, 5, 10,
    ]);
  });

  it('drops the label of a week cut short by holidays, keeping the next one', () => {
    expect(
      [...labelledTicks([tick(0), tick(5), tick(8), tick(13)], toX)].sort((a, b) => a - b),
    ).toEqual([0, 8, 13]);
  });

  it('labels every day at day zoom', () => {
    expect(labelledTicks([tick(0), tick(1), tick(2)], (i) => i * 36).size).toBe(3);
  });
});
