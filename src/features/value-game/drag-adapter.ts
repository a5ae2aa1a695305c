import {
  KeyboardSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type ClientRect,
  type CollisionDetection,
  type DragEndEvent,
  type DroppableContainer,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { useMemo } from 'react';
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

export function isTrayData(data: unknown): data is TrayData {
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
 * The drop targets' boxes in the viewport, measured here with one getBoundingClientRect each: when the
 * tray is pressed (the layout is settled then, so it costs little) and, after the page has scrolled or
 * been resized, again when next needed. dnd-kit's own boxes follow scrolling by reading the scroll
 * position at every comparison, which forces a layout in the middle of the pick-up's render: on a
 * tablet that was the pick-up's longest task. Collisions and the keyboard's moves use these boxes.
 */
export interface TargetBoxes {
  /** Measures these targets now. */
  measure(containers: Iterable<DroppableContainer>): void;
  /** Forgets every box (the page scrolled or was resized): each is measured again when next needed. */
  forget(): void;
  /** The boxes of these targets, measuring any not known yet, keyed by id (as dnd-kit's helpers take them). */
  of(containers: Iterable<DroppableContainer>): Map<UniqueIdentifier, ClientRect>;
  /**
   * The box known for this element, else measured now. dnd-kit measures the targets itself as well,
   * right after each drop among other times, when a fresh measurement would force a layout; it needs a
   * box for the target a piece is over, but the game never reads it, so the known box will do.
   */
  boxOf(node: HTMLElement): ClientRect;
}

/** An element's box now, as a plain object (dnd-kit copies boxes with spread, which drops a DOMRect's getters). */
export function plainBox(node: HTMLElement): ClientRect {
  const { top, left, width, height, right, bottom } = node.getBoundingClientRect();
  return { top, left, width, height, right, bottom };
}

export function createTargetBoxes(measureNode: (node: HTMLElement) => ClientRect = plainBox): TargetBoxes {
  const byId = new Map<UniqueIdentifier, ClientRect>();
  let byNode = new WeakMap<HTMLElement, ClientRect>();
  const measureInto = (container: DroppableContainer) => {
    const node = container.node.current;
    if (!node) {
      byId.delete(container.id);
      return;
    }
    const box = measureNode(node);
    byId.set(container.id, box);
    byNode.set(node, box);
  };
  return {
    measure(containers) {
      for (const container of containers) measureInto(container);
    },
    forget() {
      byId.clear();
      byNode = new WeakMap();
    },
    of(containers) {
      for (const container of containers) if (!byId.has(container.id)) measureInto(container);
      return byId;
    },
    boxOf(node) {
      return byNode.get(node) ?? measureNode(node);
    },
  };
}

/**
 * Where the finger or mouse is wins; for the keyboard (no pointer) the carried piece's box does. Only
 * slots are ever "over": the tray is docked over the lower rows of a long board, so a pointer on the
 * tray is over no slot, even where a slot lies hidden beneath it.
 */
export function collisionDetection(boxes: TargetBoxes): CollisionDetection {
  return (args) => {
    const droppableRects = boxes.of(args.droppableContainers);
    const slots = args.droppableContainers.filter((container) => isSlotData(container.data.current));
    if (!args.pointerCoordinates) return rectIntersection({ ...args, droppableRects, droppableContainers: slots });
    const trays = args.droppableContainers.filter((container) => isTrayData(container.data.current));
    if (pointerWithin({ ...args, droppableRects, droppableContainers: trays }).length > 0) return [];
    return pointerWithin({ ...args, droppableRects, droppableContainers: slots });
  };
}

const DIRECTIONS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * Arrow keys move a carried piece from slot to slot (not pixel by pixel): the first press goes to the
 * piece's own slot, the next ones to the neighbouring slot in that direction.
 */
export function slotCoordinates(boxes: TargetBoxes): KeyboardCoordinateGetter {
  return (event, { context, currentCoordinates }) => {
    const direction = DIRECTIONS[event.code];
    const { active, activeNode, droppableContainers, over } = context;
    // Right after pick-up dnd-kit may not have measured the carried piece yet; its own box will do, so
    // an arrow pressed at once is never lost.
    const collisionRect = context.collisionRect ?? activeNode?.getBoundingClientRect() ?? null;
    if (!direction || !active || !collisionRect) return undefined;
    event.preventDefault();
    const enabled = droppableContainers.getEnabled();
    const droppableRects = boxes.of(enabled);
    const slots = enabled
      .filter((container) => isSlotData(container.data.current))
      .map((container) => ({ id: container.id, box: droppableRects.get(container.id) }))
      .filter((slot): slot is { id: typeof slot.id; box: NonNullable<typeof slot.box> } => slot.box !== undefined);
    const piece = active.data.current;
    const preferred = isPieceData(piece)
      ? enabled.find((container) => {
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
}

/** Mouse and touch with their activation constraints (src/ui/drag-sensors.ts); Space or Enter picks up with the keyboard. */
export function useGameSensors(boxes: TargetBoxes) {
  const coordinateGetter = useMemo(() => slotCoordinates(boxes), [boxes]);
  return useSensors(...useMouseAndTouchSensors(), useSensor(KeyboardSensor, { coordinateGetter }));
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
