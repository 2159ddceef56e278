import { describe, expect, it } from 'vitest';
import { fetchAllPages, numberRanges } from './paging';

describe('numberRanges', () => {
  it('cuts a span into ranges of the given size, the last one shorter', () => {
    expect(numberRanges(501, 2700, 1000)).toEqual([
      [501, 1500],
      [1501, 2500],
      [2501, 2700],
    ]);
  });

  it('gives one range for a span shorter than the size and none for an empty span', () => {
    expect(numberRanges(5, 5, 1000)).toEqual([[5, 5]]);
    expect(numberRanges(6, 5, 1000)).toEqual([]);
  });
});

describe('fetchAllPages', () => {
  it('follows the cursors until a page has no next', async () => {
    const pages: Record<string, { items: number[]; next?: string }> = {
      start: { items: [1, 2], next: 'b' },
      b: { items: [3], next: 'c' },
      c: { items: [4] },
    };
    const seen: (string | undefined)[] = [];
    const items = await fetchAllPages(async (cursor) => {
      seen.push(cursor);
      return pages[cursor ?? 'start'] ?? { items: [] };
    });
    expect(items).toEqual([1, 2, 3, 4]);
    expect(seen).toEqual([undefined, 'b', 'c']);
  });
});
