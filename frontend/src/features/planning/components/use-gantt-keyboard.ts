import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { headerHeight, labelWidth, rowHeight, type Bar } from '../gantt-layout';
import type { WbsRow } from '../wbs';

type Options = {
  rows: WbsRow[];
  rowOf: ReadonlyMap<string, number>;
  bars: ReadonlyArray<Bar | null>;
  selectedTaskId: string | null;
  scrollerRef: RefObject<HTMLDivElement | null>;
  /** Working-day index to chart x, to bring a chosen task's bar into view. */
  toX: (index: number) => number;
};

/**
 * The task list's keyboard: one tab stop, arrow keys and Home/End move it, and the row keeps
 * in view. A task chosen elsewhere (the explain chain) becomes the keyboard position too, and
 * the chart scrolls to its row and bar.
 */
export function useGanttKeyboard({ rows, rowOf, bars, selectedTaskId, scrollerRef, toX }: Options) {
  const [focusRow, setFocusRow] = useState(0);
  const focusPending = useRef(false);
  const [shownSelection, setShownSelection] = useState(selectedTaskId);
  if (selectedTaskId !== shownSelection) {
    setShownSelection(selectedTaskId);
    const row = selectedTaskId === null ? undefined : rowOf.get(selectedTaskId);
    if (row !== undefined) setFocusRow(row);
  }

  function reveal(row: number) {
    const el = scrollerRef.current;
    if (!el) return;
    const top = headerHeight + row * rowHeight;
    if (top < el.scrollTop + headerHeight || top + rowHeight > el.scrollTop + el.clientHeight) {
      el.scrollTop = Math.max(0, top - el.clientHeight / 2);
    }
  }

  function onLabelKey(event: KeyboardEvent, row: number) {
    const target = { ArrowDown: row + 1, ArrowUp: row - 1, Home: 0, End: rows.length - 1 }[
      event.key
    ];
    if (target === undefined) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(rows.length - 1, target));
    focusPending.current = true;
    setFocusRow(next);
    reveal(next);
  }

  // the row may only be rendered after the scroll: focus it once it is there
  useEffect(() => {
    if (!focusPending.current) return;
    const button = scrollerRef.current?.querySelector<HTMLElement>(`[data-row="${focusRow}"]`);
    if (button) {
      button.focus();
      focusPending.current = false;
    }
  });

  useEffect(() => {
    if (selectedTaskId === null) return;
    const row = rowOf.get(selectedTaskId);
    if (row === undefined) return;
    reveal(row);
    const bar = bars[row];
    const el = scrollerRef.current;
    if (bar && el) {
      const left = toX(bar.start);
      if (left < el.scrollLeft || left > el.scrollLeft + el.clientWidth - labelWidth) {
        el.scrollLeft = Math.max(0, left - 100);
      }
    }
    // only when the selection changes
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedTaskId]);

  return { focusRow, setFocusRow, onLabelKey };
}
