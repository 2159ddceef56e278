import { describe, expect, it } from 'vitest';
import {
  cumulativeFlow,
  defaultRange,
  describeFlow,
  reasonText,
  timeInStatusRows,
} from './flow-series';

const statuses = [
  { key: 'draft', name: 'Draft', category: 'in_progress' },
  { key: 'review', name: 'Client review', category: 'review', wipLimit: 2 },
  { key: 'done', name: 'Published', category: 'done' },
];

describe('cumulative flow series', () => {
  it('stacks done at the bottom and fills missing counts with zero', () => {
    const { dates, series } = cumulativeFlow(statuses, [
      { date: '2026-11-28', counts: { draft: 3 } },
      { date: '2026-11-29', counts: { draft: 2, review: 1 } },
      { date: '2026-11-30', counts: { draft: 1, review: 1, done: 1 } },
    ]);
    expect(dates).toEqual(['2026-11-28', '2026-11-29', '2026-11-30']);
    expect(series.map((s) => s.key)).toEqual(['done', 'review', 'draft']);
    expect(series[0]?.data).toEqual([0, 0, 1]);
    expect(series[1]?.data).toEqual([0, 1, 1]);
    expect(series[2]?.data).toEqual([3, 2, 1]);
  });

  it('describes the last day for screen readers', () => {
    expect(describeFlow(statuses, [{ date: '2026-11-30', counts: { draft: 2, done: 5 } }])).toBe(
      'Cumulative flow from 2026-11-30 to 2026-11-30, stacked by status. On 2026-11-30: Draft 2, Client review 0, Published 5.',
    );
  });
});

describe('time in status', () => {
  it('follows workflow order, names statuses and keeps unknown keys last', () => {
    const rows = timeInStatusRows(statuses, [
      { status: 'old', p50Days: 1, p85Days: 2, count: 1 },
      { status: 'review', p50Days: 2.5, p85Days: 6.1, count: 14 },
      { status: 'draft', p50Days: 1, p85Days: 3, count: 20 },
    ]);
    expect(rows.map((r) => [r.name, r.p50Days, r.p85Days])).toEqual([
      ['Draft', 1, 3],
      ['Client review', 2.5, 6.1],
      ['old', 1, 2],
    ]);
  });
});

describe('words and ranges', () => {
  it('names bottleneck reasons', () => {
    expect(reasonText('over_wip_limit')).toBe('Over its WIP limit');
    expect(reasonText('queue_growing')).toBe('Queue growing');
    expect(reasonText('something_new')).toBe('something new');
  });

  it('defaults to the 28 days ending today, across a month end', () => {
    expect(defaultRange('2026-12-02')).toEqual({ from: '2026-11-05', to: '2026-12-02' });
  });
});
