/** A box on screen (the part of DOMRect that the choice needs). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

function centre(box: Box): [number, number] {
  return [box.left + box.width / 2, box.top + box.height / 2];
}

/**
 * Which slot an arrow key moves a carried piece to: the nearest slot whose centre lies in that
 * direction from the piece's centre (distance along the direction counts double across it, so
 * "right" prefers the slot in the same row). With the piece over no slot yet (still above the tray),
 * any arrow goes to `preferred` (the piece's own slot) when given, else to the nearest slot.
 * Returns null when there is nowhere to go.
 */
export function nextSlot<Id>(
  current: Box,
  slots: readonly { id: Id; box: Box }[],
  direction: Direction,
  overId: Id | null,
  preferred?: Id,
): Id | null {
  if (slots.length === 0) return null;
  const [cx, cy] = centre(current);
  if (overId === null) {
    if (preferred !== undefined && slots.some((slot) => slot.id === preferred)) return preferred;
    return nearest(slots, cx, cy, () => true);
  }
  const isAhead = (x: number, y: number) =>
    direction === 'right' ? x > cx + 1 : direction === 'left' ? x < cx - 1 : direction === 'down' ? y > cy + 1 : y < cy - 1;
  const ahead = slots.filter((slot) => slot.id !== overId && isAhead(...centre(slot.box)));
  if (ahead.length === 0) return null;
  const isHorizontal = direction === 'left' || direction === 'right';
  let best = ahead[0];
  let bestScore = Infinity;
  for (const slot of ahead) {
    const [x, y] = centre(slot.box);
    const along = isHorizontal ? Math.abs(x - cx) : Math.abs(y - cy);
    const across = isHorizontal ? Math.abs(y - cy) : Math.abs(x - cx);
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = slot;
    }
  }
  return best?.id ?? null;
}

function nearest<Id>(slots: readonly { id: Id; box: Box }[], cx: number, cy: number, keep: (id: Id) => boolean): Id | null {
  let best: Id | null = null;
  let bestDistance = Infinity;
  for (const slot of slots) {
    if (!keep(slot.id)) continue;
    const [x, y] = centre(slot.box);
    const distance = Math.hypot(x - cx, y - cy);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = slot.id;
    }
  }
  return best;
}
