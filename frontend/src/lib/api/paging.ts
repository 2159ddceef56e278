type Page<T> = { items: T[]; next?: string | null };

/**
 * Reads every page of a cursor-paged list. Planning screens need the whole project at once (the
 * WBS tree and the Gantt cannot be drawn from one page), so they load it all, 500 rows a call.
 */
export async function fetchAllPages<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 1000; i++) {
    const page = await fetchPage(cursor);
    items.push(...page.items);
    if (!page.next) break;
    cursor = page.next;
  }
  return items;
}

/** [from, to] cut into inclusive ranges of at most `size` numbers, in order; none when from > to. */
export function numberRanges(from: number, to: number, size: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (let start = from; start <= to; start += size) {
    ranges.push([start, Math.min(to, start + size - 1)]);
  }
  return ranges;
}
