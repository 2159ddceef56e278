import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, type RefObject } from 'react';

/** Pixels of axis drawn beyond each side of the view. */
const overscanPx = 400;
/** The view's width when the browser cannot measure it (jsdom). */
const fallbackWidth = 2000;

/**
 * The working days of the chart in horizontal view, `first` to `last` exclusive, so a long plan
 * at day zoom draws tens of ticks rather than thousands.
 */
export function useVisibleDays(
  scrollerRef: RefObject<HTMLElement | null>,
  days: number,
  px: number,
) {
  // Nothing here is memoised by the React Compiler (not used in this app); the range is read
  // afresh on every render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    horizontal: true,
    count: days,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => px,
    overscan: Math.ceil(overscanPx / px),
    initialRect: { width: fallbackWidth, height: 0 },
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) =>
        onRect({ width: rect.width || fallbackWidth, height: rect.height }),
      ),
  });
  // a new zoom changes every day's width, which the virtualizer does not notice by itself
  useEffect(() => virtualizer.measure(), [virtualizer, px]);
  const items = virtualizer.getVirtualItems();
  return { first: items[0]?.index ?? 0, last: (items.at(-1)?.index ?? -1) + 1 };
}
