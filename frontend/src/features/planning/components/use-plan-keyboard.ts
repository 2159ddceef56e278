import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Restructure } from '../restructure';
import type { WbsRow } from '../wbs';
import { editable } from './plan-fields';

/** The active cell follows its task (through moves and filters); `row` is the fallback. */
type Active = { taskId: string | null; row: number; col: number };

type Options = {
  rows: WbsRow[];
  rowHeight: number;
  /** Rows in one screenful, for Page Up and Page Down. */
  pageRows: number;
  scrollerRef: RefObject<HTMLDivElement | null>;
  /** While a cell is edited the keys belong to its editor. */
  editing: boolean;
  onEdit: (row: WbsRow, col: number) => void;
  onRestructure: (kind: Restructure, row: WbsRow, fromKeyboard: true) => void;
  onExplain?: (taskId: string) => void;
};

/**
 * The grid's keyboard: arrow keys, Home/End and Page Up/Down move the active cell, Enter or F2
 * edits it, Alt+arrows move the task in the tree and W explains it. Focus follows the active
 * cell even when it has to be scrolled into the rendered window first.
 */
export function usePlanKeyboard({
  rows,
  rowHeight,
  pageRows,
  scrollerRef,
  editing,
  onEdit,
  onRestructure,
  onExplain,
}: Options) {
  const [active, setActive] = useState<Active>({ taskId: null, row: 0, col: 0 });
  const focusPending = useRef(false);
  // After a move from the keyboard the reloaded rows put the task elsewhere: focus follows it.
  const followMove = useRef(false);

  const activeIndex = active.taskId ? rows.findIndex((r) => r.task.id === active.taskId) : -1;
  const rowIndex =
    activeIndex >= 0 ? activeIndex : Math.min(active.row, Math.max(0, rows.length - 1));

  // Browsers differ on whether a focused row that moves in the DOM keeps the focus; if it was
  // dropped (or is still in the grid), put it back on the moved task's cell.
  useEffect(() => {
    const focused = document.activeElement;
    if (followMove.current && (focused === document.body || scrollerRef.current?.contains(focused)))
      focusPending.current = true;
  }, [rows, scrollerRef]);

  // Keyboard moves focus to a cell that may not be rendered yet: scroll it into the window,
  // then focus it once it is there.
  useEffect(() => {
    if (!focusPending.current || editing) return;
    const el = scrollerRef.current;
    if (!el) return;
    const top = rowIndex * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight * 2 > el.scrollTop + el.clientHeight && el.clientHeight > 0)
      el.scrollTop = top + rowHeight * 2 - el.clientHeight;
    const cell = el.querySelector<HTMLElement>(`[data-cell="${rowIndex}-${active.col}"]`);
    if (cell) {
      cell.focus();
      focusPending.current = false;
    }
  });

  function move(row: number, col: number) {
    focusPending.current = true;
    followMove.current = false;
    const index = Math.max(0, Math.min(rows.length - 1, row));
    setActive({
      taskId: rows[index]?.task.id ?? null,
      row: index,
      col: Math.max(0, Math.min(editable.length - 1, col)),
    });
  }

  function onCellKey(event: KeyboardEvent, index: number, col: number, row: WbsRow) {
    if (editing) return;
    if (event.altKey) {
      // Alt+↑/↓ move among siblings, Alt+Shift+→/← indent and outdent (as in MS Project).
      // Plain Alt+←/→ stay the browser's back and forward.
      const kind: Restructure | undefined = event.shiftKey
        ? { ArrowRight: 'indent' as const, ArrowLeft: 'outdent' as const }[event.key]
        : { ArrowUp: 'up' as const, ArrowDown: 'down' as const }[event.key];
      if (kind) {
        event.preventDefault();
        onRestructure(kind, row, true);
      }
      return;
    }
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(index + 1, col),
      ArrowUp: () => move(index - 1, col),
      ArrowRight: () => move(index, col + 1),
      ArrowLeft: () => move(index, col - 1),
      Home: () => move(0, col),
      End: () => move(rows.length - 1, col),
      PageDown: () => move(index + pageRows, col),
      PageUp: () => move(index - pageRows, col),
      Enter: () => onEdit(row, col),
      F2: () => onEdit(row, col),
      // "Why does this start then?" from any cell of the row.
      w: () => onExplain?.(row.task.id),
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  }

  return {
    activeCol: active.col,
    rowIndex,
    onCellKey,
    /** A cell chosen with the pointer. */
    select(index: number, col: number, taskId: string) {
      followMove.current = false;
      setActive({ taskId, row: index, col });
    },
    /** Keep the active cell on a task about to move; from the keyboard, focus follows it. */
    keepOn(taskId: string, fromKeyboard: boolean) {
      followMove.current = fromKeyboard;
      setActive((a) => ({ ...a, taskId }));
    },
    /** An editor opened: a later reload of the rows must not pull focus back to the grid. */
    stopFollowing() {
      followMove.current = false;
    },
    /** An editor closed: focus goes back to its cell. */
    refocus() {
      focusPending.current = true;
    },
  };
}
