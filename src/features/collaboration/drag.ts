import { pointerWithin, useSensors, type Announcements, type CollisionDetection, type DragEndEvent } from '@dnd-kit/core';
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
