import { pointerWithin, useSensors, type Announcements, type CollisionDetection, type DragEndEvent } from '@dnd-kit/core';
import { useEffect, type RefObject } from 'react';
import { hasKind, useMouseAndTouchSensors } from '../../ui/drag-sensors.ts';

/*
 * Where dnd-kit meets Gør hinanden stærkere: an offer card is dragged onto an organisation's tile,
 * which opens the link form for that pair. Ids and kinds travel in `data`. Mouse and touch only: the
 * keyboard's way is the card's "Styrk en anden organisation …" button and the form's list, which a
 * screen reader can follow better than a drag.
 */

export interface OfferData {
  kind: 'offer';
  orgId: string;
  cardId: string;
  text: string;
}

export interface TileData {
  kind: 'tile';
  orgId: string;
  name: string;
}


export function isOfferData(data: unknown): data is OfferData {
  return hasKind(data, 'offer');
}

export function isTileData(data: unknown): data is TileData {
  return hasKind(data, 'tile');
}

/** What a finished drag asks for: which offer card, let go over which organisation (null: none). */
export function dropTarget(event: Pick<DragEndEvent, 'active' | 'over'>): { offer: OfferData; tile: TileData | null } | null {
  const offer = event.active.data.current;
  if (!isOfferData(offer)) return null;
  const tile = event.over?.data.current;
  return { offer, tile: isTileData(tile) ? tile : null };
}

/** How near the edge of the organisations' list (in CSS px, inside or just outside it) a carried card starts it scrolling. */
export const EDGE_ZONE = 72;
/** The fastest the list scrolls, in CSS px per animation frame (about 840 px a second). */
export const EDGE_SPEED_MAX = 14;

/**
 * How far to scroll a list this frame while a card is carried at `pointer`: towards the edge the pointer
 * is near (negative: up), faster the nearer, nothing when the pointer is elsewhere or the list can go no
 * further. Within `EDGE_ZONE` of the edge, inside the list or outside it (a hand overshoots).
 */
export function edgeScrollStep(pointer: { x: number; y: number }, box: { left: number; right: number; top: number; bottom: number }, scroll: { top: number; max: number }): number {
  if (pointer.x < box.left || pointer.x > box.right) return 0;
  const speed = (distance: number) => Math.ceil(EDGE_SPEED_MAX * Math.min(1, Math.max(0, 1 - distance / EDGE_ZONE)));
  const fromBottom = Math.abs(box.bottom - pointer.y);
  const fromTop = Math.abs(pointer.y - box.top);
  if (fromBottom < EDGE_ZONE && fromBottom <= fromTop && scroll.top < scroll.max) return Math.min(speed(fromBottom), scroll.max - scroll.top);
  if (fromTop < EDGE_ZONE && fromTop < fromBottom && scroll.top > 0) return -Math.min(speed(fromTop), scroll.top);
  return 0;
}

/**
 * While a card is carried (`isCarrying`), the list of organisations (`list`) scrolls when the pointer or
 * finger nears its top or bottom edge, so every tile can be reached; the page itself stays put. dnd-kit's
 * own auto-scroll follows the tile under the pointer and stops in the gap between two tiles.
 */
export function useEdgeScroll(isCarrying: boolean, list: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (!isCarrying) return;
    let pointer: { x: number; y: number } | null = null;
    let frame = 0;
    const onPointer = (event: PointerEvent) => {
      pointer = { x: event.clientX, y: event.clientY };
    };
    const onTouch = (event: TouchEvent) => {
      const touch = event.touches[0];
      if (touch) pointer = { x: touch.clientX, y: touch.clientY };
    };
    const tick = () => {
      const element = list.current;
      if (element && pointer) {
        const step = edgeScrollStep(pointer, element.getBoundingClientRect(), { top: element.scrollTop, max: element.scrollHeight - element.clientHeight });
        if (step !== 0) element.scrollTop += step;
      }
      frame = requestAnimationFrame(tick);
    };
    window.addEventListener('pointermove', onPointer, { passive: true });
    window.addEventListener('touchmove', onTouch, { passive: true });
    frame = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('pointermove', onPointer);
      window.removeEventListener('touchmove', onTouch);
    };
  }, [isCarrying, list]);
}

/** The tile under the finger or mouse pointer wins (not the one the dragged card overlaps most). */
export const collisionDetection: CollisionDetection = (args) => pointerWithin(args);

/** The value game's mouse and touch sensors (see src/ui/drag-sensors.ts); the keyboard's way is the link form. */
export function useCardSensors() {
  return useSensors(...useMouseAndTouchSensors());
}

export interface AnnouncementTexts {
  pickedUp: (text: string) => string;
  over: (name: string) => string;
  notOver: () => string;
  cancelled: () => string;
}

/** Screen-reader announcements in the user's language, naming the card and the organisation. */
export function announcements(texts: AnnouncementTexts): Announcements {
  return {
    onDragStart: ({ active }) => (isOfferData(active.data.current) ? texts.pickedUp(active.data.current.text) : undefined),
    onDragOver: ({ over }) => (isTileData(over?.data.current) ? texts.over(over.data.current.name) : texts.notOver()),
    // What a drop did (the form opened, or a refusal) is said by the screen instead.
    onDragEnd: () => undefined,
    onDragCancel: () => texts.cancelled(),
  };
}
