import {
  KeyboardSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { hasKind, useMouseAndTouchSensors } from '../../ui/drag-sensors.ts';
import { nextSlot, type Direction } from './slot-navigation.ts';

/*
 * The one place where dnd-kit meets the value game. Ids and kinds travel in `data`, never parsed out
 * of id strings; a drop becomes a named command through `dropTarget()`.
 */

export interface PieceData {
  kind: 'piece';
  orgId: string;
  valueId: string;
}

export interface SlotData {
  kind: 'slot';
  orgId: string;
  valueId: string;
}

/** The tray as a drop area: a piece let go there goes back, whatever the board has beneath it. */
export interface TrayData {
  kind: 'tray';
  orgId: string;
}


export function isPieceData(data: unknown): data is PieceData {
  return hasKind(data, 'piece');
}

function isSlotData(data: unknown): data is SlotData {
  return hasKind(data, 'slot');
}

function isTrayData(data: unknown): data is TrayData {
  return hasKind(data, 'tray');
}

/** What a finished drag asks for: which piece, dropped on which slot (null: not on a slot). */
export function dropTarget(event: Pick<DragEndEvent, 'active' | 'over'>): { piece: PieceData; slot: SlotData | null } | null {
  const piece = event.active.data.current;
  if (!isPieceData(piece)) return null;
  const slot = event.over?.data.current;
  return { piece, slot: isSlotData(slot) ? slot : null };
}

/**
 * Where the finger or mouse is wins; for the keyboard (no pointer) the carried piece's box does. Only
 * slots are ever "over": the tray is docked over the lower rows of a long board, so a pointer on the
 * tray is over no slot, even where a slot lies hidden beneath it.
 */
export const collisionDetection: CollisionDetection = (args) => {
  const slots = args.droppableContainers.filter((container) => isSlotData(container.data.current));
  if (!args.pointerCoordinates) return rectIntersection({ ...args, droppableContainers: slots });
  const trays = args.droppableContainers.filter((container) => isTrayData(container.data.current));
  if (pointerWithin({ ...args, droppableContainers: trays }).length > 0) return [];
  return pointerWithin({ ...args, droppableContainers: slots });
};

const DIRECTIONS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * Arrow keys move a carried piece from slot to slot (not pixel by pixel): the first press goes to the
 * piece's own slot, the next ones to the neighbouring slot in that direction.
 */
export const slotCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const direction = DIRECTIONS[event.code];
  const { active, activeNode, droppableRects, droppableContainers, over } = context;
  // Right after pick-up dnd-kit may not have measured the carried piece yet; its own box will do, so
  // an arrow pressed at once is never lost.
  const collisionRect = context.collisionRect ?? activeNode?.getBoundingClientRect() ?? null;
  if (!direction || !active || !collisionRect) return undefined;
  event.preventDefault();
  const slots = droppableContainers
    .getEnabled()
    .filter((container) => isSlotData(container.data.current))
    .map((container) => ({ id: container.id, box: droppableRects.get(container.id) }))
    .filter((slot): slot is { id: typeof slot.id; box: NonNullable<typeof slot.box> } => slot.box !== undefined);
  const piece = active.data.current;
  const preferred = isPieceData(piece)
    ? droppableContainers.getEnabled().find((container) => {
        const data = container.data.current;
        return isSlotData(data) && data.valueId === piece.valueId && data.orgId === piece.orgId;
      })?.id
    : undefined;
  const targetId = nextSlot(collisionRect, slots, direction, over?.id ?? null, preferred);
  const target = targetId === null ? undefined : droppableRects.get(targetId);
  if (!target) return currentCoordinates;
  // Centre the piece on the slot: coordinates are the carried piece's top-left corner.
  return {
    x: target.left + (target.width - collisionRect.width) / 2,
    y: target.top + (target.height - collisionRect.height) / 2,
  };
};

/** Mouse and touch with their activation constraints (src/ui/drag-sensors.ts); Space or Enter picks up with the keyboard. */
export function useGameSensors() {
  return useSensors(...useMouseAndTouchSensors(), useSensor(KeyboardSensor, { coordinateGetter: slotCoordinates }));
}

export interface AnnouncementTexts {
  pickedUp: (piece: string) => string;
  over: (piece: string, slot: string) => string;
  notOver: (piece: string) => string;
  cancelled: (piece: string) => string;
}

/** Screen-reader announcements in the user's language, naming pieces and slots by their values. */
export function announcements(texts: AnnouncementTexts, nameOf: (valueId: string) => string): Announcements {
  const pieceName = (data: unknown) => (isPieceData(data) ? nameOf(data.valueId) : '');
  const slotName = (data: unknown) => (isSlotData(data) ? nameOf(data.valueId) : '');
  return {
    onDragStart: ({ active }) => texts.pickedUp(pieceName(active.data.current)),
    onDragOver: ({ active, over }) =>
      over ? texts.over(pieceName(active.data.current), slotName(over.data.current)) : texts.notOver(pieceName(active.data.current)),
    // What a drop did (placed, or refused and why) is announced by the command's result instead.
    onDragEnd: () => undefined,
    onDragCancel: ({ active }) => texts.cancelled(pieceName(active.data.current)),
  };
}
