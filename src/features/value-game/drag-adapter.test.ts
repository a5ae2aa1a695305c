import type { ClientRect, DroppableContainer } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { collisionDetection, dropTarget } from './drag-adapter.ts';

function rect(left: number, top: number, width: number, height: number): ClientRect {
  return { left, top, width, height, right: left + width, bottom: top + height };
}

function container(id: string, data: Record<string, unknown>): DroppableContainer {
  return { id, key: id, data: { current: data }, disabled: false, node: { current: null }, rect: { current: null } };
}

// Two slots in a row; the docked tray lies over the second one (as on a long board).
const containers = [
  container('slot-a', { kind: 'slot', orgId: 'o', valueId: 'a' }),
  container('slot-b', { kind: 'slot', orgId: 'o', valueId: 'b' }),
  container('tray', { kind: 'tray', orgId: 'o' }),
];
const rects = new Map([
  ['slot-a', rect(0, 0, 100, 60)],
  ['slot-b', rect(0, 500, 100, 60)],
  ['tray', rect(0, 480, 800, 120)],
]);

function collide(pointer: { x: number; y: number } | null, carried = rect(0, 0, 100, 60)) {
  return collisionDetection({
    active: { id: 'piece', data: { current: { kind: 'piece', orgId: 'o', valueId: 'a' } }, rect: { current: { initial: null, translated: null } } },
    collisionRect: carried,
    droppableRects: rects,
    droppableContainers: containers,
    pointerCoordinates: pointer,
  }).map((collision) => collision.id);
}

describe('collisionDetection', () => {
  it('finds the slot under the pointer', () => {
    expect(collide({ x: 50, y: 30 })).toEqual(['slot-a']);
  });

  it('finds no slot where the pointer is on the tray, even over a slot beneath it', () => {
    expect(collide({ x: 50, y: 520 })).toEqual([]);
  });

  it('finds nothing between slots', () => {
    expect(collide({ x: 50, y: 200 })).toEqual([]);
  });

  it('uses the carried piece’s box for the keyboard (no pointer), and never the tray', () => {
    expect(collide(null, rect(10, 5, 100, 60))).toEqual(['slot-a']);
    expect(collide(null, rect(300, 520, 100, 60))).toEqual([]);
  });
});

describe('dropTarget', () => {
  const piece = { id: 'piece', data: { current: { kind: 'piece', orgId: 'o', valueId: 'a' } } };

  it('reads the piece and the slot from the drag’s data', () => {
    const over = { id: 'slot-b', data: { current: { kind: 'slot', orgId: 'o', valueId: 'b' } } };
    // @ts-expect-error — only the fields dropTarget reads
    expect(dropTarget({ active: piece, over })).toEqual({ piece: piece.data.current, slot: over.data.current });
  });

  it('gives no slot for a drop elsewhere, and nothing for a drag that is not a piece', () => {
    // @ts-expect-error — only the fields dropTarget reads
    expect(dropTarget({ active: piece, over: null })).toEqual({ piece: piece.data.current, slot: null });
    // @ts-expect-error — only the fields dropTarget reads
    expect(dropTarget({ active: { id: 'x', data: { current: { kind: 'other' } } }, over: null })).toBeNull();
  });
});
