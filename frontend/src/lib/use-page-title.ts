import { useEffect } from 'react';

/** Names the browser tab (and what a screen reader announces on navigation) after the screen. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Throughline`;
  }, [title]);
}
