type DragHandlers = {
  move: (event: PointerEvent) => void;
  drop: (event: PointerEvent) => void;
  /** Escape, a cancelled pointer or leaving the window. */
  cancel: () => void;
};

/**
 * Follows a pointer drag anywhere in the window (it may leave the chart) until it is dropped or
 * called off; returns the function that stops listening. Escape is caught before anything else
 * sees it, so it cancels the drag and nothing more.
 */
export function listenForDrag({ move, drop, cancel }: DragHandlers): () => void {
  const key = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    cancel();
  };
  window.addEventListener('pointermove', move);
  window.addEventListener('pointerup', drop);
  window.addEventListener('pointercancel', cancel);
  window.addEventListener('blur', cancel);
  window.addEventListener('keydown', key, true);
  return () => {
    window.removeEventListener('pointermove', move);
    window.removeEventListener('pointerup', drop);
    window.removeEventListener('pointercancel', cancel);
    window.removeEventListener('blur', cancel);
    window.removeEventListener('keydown', key, true);
  };
}
