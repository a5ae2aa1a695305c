import { MouseSensor, TouchSensor, useSensor } from '@dnd-kit/core';

/*
 * What every drag in the app shares (the value game's pieces, Gør hinanden stærkere's offer cards).
 */

/**
 * Mouse and touch as separate sensors (PointerSensor alone fails on iOS) with activation constraints:
 * a mouse drag starts after 6 px, a touch drag after holding 150 ms, so a swipe still scrolls the page
 * and a tap still reaches the buttons. Spread into `useSensors`, with a keyboard sensor where needed.
 */
export function useMouseAndTouchSensors() {
  return [
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 8 } }),
  ] as const;
}

/** Whether a draggable's or droppable's `data` is of the given kind (ids and kinds travel in `data`). */
export function hasKind(data: unknown, kind: string): boolean {
  return typeof data === 'object' && data !== null && 'kind' in data && data.kind === kind;
}
