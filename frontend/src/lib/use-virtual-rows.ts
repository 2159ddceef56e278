import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import type { RefObject } from 'react';

type Options = {
  count: number;
  rowHeight: number;
  /** Rows drawn beyond each edge of the view, so a quick scroll does not show a gap. */
  overscan: number;
  scrollerRef: RefObject<HTMLElement | null>;
  /**
   * The view's height when the browser cannot measure the scroll area (jsdom, or before layout):
   * enough rows are drawn to fill it rather than none.
   */
  fallbackHeight: number;
  /** Space above the first row inside the scroll area, such as a header that scrolls with it. */
  scrollMargin?: number;
};

/**
 * The rows of a fixed-height list that are in view, for plans of thousands of tasks. The caller
 * draws rows `first` to `last` (exclusive) and pads above and below with `first * rowHeight` and
 * `(count - last) * rowHeight`.
 */
export function useVirtualRows({
  count,
  rowHeight,
  overscan,
  scrollerRef,
  fallbackHeight,
  scrollMargin = 0,
}: Options) {
  // Nothing here is memoised by the React Compiler (not used in this app); the range is read
  // afresh on every render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => rowHeight,
    overscan,
    scrollMargin,
    initialRect: { width: 0, height: fallbackHeight },
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) =>
        onRect({ width: rect.width, height: rect.height || fallbackHeight }),
      ),
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = (items.at(-1)?.index ?? -1) + 1;
  const height = virtualizer.scrollRect?.height || fallbackHeight;
  return {
    first,
    last,
    /** The measured width of the scroll area (0 until measured). */
    width: virtualizer.scrollRect?.width ?? 0,
    /** Rows in one screenful, for Page Up and Page Down. */
    pageRows: Math.ceil(height / rowHeight),
  };
}
