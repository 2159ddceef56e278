import type { KeyboardCoordinateGetter } from '@dnd-kit/core';

/**
 * Arrow left/right carry the dragged card to the middle of the neighbouring column (instead of
 * 25 pixels a press), so a keyboard user moves a card in one press per column.
 */
export const columnCoordinates: KeyboardCoordinateGetter = (
  event,
  { currentCoordinates, context },
) => {
  const { collisionRect, droppableRects } = context;
  if (!collisionRect) return undefined;
  if (event.code !== 'ArrowRight' && event.code !== 'ArrowLeft') return undefined;
  event.preventDefault();
  const center = collisionRect.left + collisionRect.width / 2;
  const columns = [...droppableRects.values()].sort((a, b) => a.left - b.left);
  const target =
    event.code === 'ArrowRight'
      ? columns.find((r) => r.left > center)
      : [...columns].reverse().find((r) => r.left + r.width < center);
  if (!target) return currentCoordinates;
  return {
    x: target.left + (target.width - collisionRect.width) / 2,
    y: Math.max(currentCoordinates.y, target.top + 8),
  };
};
