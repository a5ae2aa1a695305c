import type { ClientRect, DroppableContainer } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { collisionDetection, createTargetBoxes, dropTarget } from './drag-adapter.ts';

function rect(left: number, top: number, width: number, height: number): ClientRect {
  return { left, top, width, height, right: left + width, bottom: top + height };
}

// A stand-in for a target's element: the tests measure it by its id.
function element(id: string): HTMLElement {
  return { id } as unknown as HTMLElement;
}

function container(id: string, data: Record<string, unknown>, isInPage = true): DroppableContainer {
  return { id, key: id, data: { current: data }, disabled: false, node: { current: isInPage ? element(id) : null }, rect: { current: null } };
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
  const boxes = createTargetBoxes((node) => rects.get(node.id)!);
  return collisionDetection(boxes)({
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

describe('createTargetBoxes', () => {
  function measuredBoxes() {
    const measured: string[] = [];
    let shift = 0;
    const boxes = createTargetBoxes((node) => {
      measured.push(node.id);
      const box = rects.get(node.id)!;
      return rect(box.left, box.top + shift, box.width, box.height);
    });
    return { boxes, measured, scroll: (by: number) => (shift -= by) };
  }

  it('measures each target once, when first needed, and keeps the boxes measured at a press', () => {
    const { boxes, measured } = measuredBoxes();
    boxes.measure(containers);
    expect(measured).toEqual(['slot-a', 'slot-b', 'tray']);
    expect(boxes.of(containers).get('slot-b')).toEqual(rect(0, 500, 100, 60));
    expect(boxes.of(containers).get('tray')).toEqual(rect(0, 480, 800, 120));
    expect(measured).toHaveLength(3);
  });

  it('measures a target not seen before when it is needed', () => {
    const { boxes, measured } = measuredBoxes();
    expect(boxes.of([containers[0]!]).get('slot-a')).toEqual(rect(0, 0, 100, 60));
    expect(measured).toEqual(['slot-a']);
  });

  it('measures again after being told the page moved, so a drop after a scroll lands where the slot is now', () => {
    const { boxes, scroll } = measuredBoxes();
    boxes.measure(containers);
    scroll(200);
    expect(boxes.of(containers).get('slot-b')?.top).toBe(500);
    boxes.forget();
    expect(boxes.of(containers).get('slot-b')?.top).toBe(300);
    const collisions = collisionDetection(boxes)({
      active: { id: 'piece', data: { current: { kind: 'piece', orgId: 'o', valueId: 'a' } }, rect: { current: { initial: null, translated: null } } },
      collisionRect: rect(0, 0, 100, 60),
      droppableRects: new Map(),
      droppableContainers: containers.slice(0, 2),
      pointerCoordinates: { x: 50, y: 330 },
    });
    expect(collisions.map((collision) => collision.id)).toEqual(['slot-b']);
  });

  it('leaves out a target that is not in the page', () => {
    const { boxes } = measuredBoxes();
    const gone = container('slot-gone', { kind: 'slot', orgId: 'o', valueId: 'x' }, false);
    expect(boxes.of([gone]).has('slot-gone')).toBe(false);
  });

  it('gives dnd-kit the box known for an element without measuring it again, and measures an unknown one', () => {
    const { boxes, measured, scroll } = measuredBoxes();
    boxes.measure(containers);
    scroll(100);
    const slotB = containers[1]!.node.current!;
    expect(boxes.boxOf(slotB)).toEqual(rect(0, 500, 100, 60));
    expect(measured).toHaveLength(3);
    boxes.forget();
    expect(boxes.boxOf(slotB)).toEqual(rect(0, 400, 100, 60));
    expect(measured).toHaveLength(4);
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
