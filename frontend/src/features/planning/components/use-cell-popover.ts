import { useLayoutEffect, useRef } from 'react';

const margin = 8;

/**
 * Places a panel next to the grid cell that holds it, in the viewport (position: fixed), so the
 * grid's own scrolling box does not clip it: below the cell, or above when there is no room,
 * kept inside the window, and hidden while its cell is scrolled out of the grid's view.
 */
export function useCellPopover<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const panel = ref.current;
    const cell = panel?.closest('td');
    if (!panel || !cell) return;
    const box = cell.closest('.plan-scroll');
    const place = () => {
      const r = cell.getBoundingClientRect();
      const height = panel.offsetHeight;
      const width = panel.offsetWidth;
      const fitsBelow = r.bottom + height + margin <= window.innerHeight;
      const top = fitsBelow || r.top - height < margin ? r.bottom - 1 : r.top - height + 1;
      const left = Math.max(margin, Math.min(r.left, window.innerWidth - width - margin));
      panel.style.top = `${Math.round(top)}px`;
      panel.style.left = `${Math.round(left)}px`;
      const view = box?.getBoundingClientRect();
      const outOfView = view !== undefined && (r.bottom < view.top || r.top > view.bottom);
      panel.style.visibility = outOfView ? 'hidden' : '';
    };
    place();
    // Scrolling anywhere (the grid, the page) and resizing move the cell.
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(place);
    observer?.observe(panel);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
      observer?.disconnect();
    };
  }, []);
  return ref;
}
