import { describe, expect, it } from 'vitest';
import { nextSlot, type Box } from './slot-navigation.ts';

const box = (left: number, top: number): Box => ({ left, top, width: 100, height: 60 });
// A row of four slots, and a second row of two below the first two.
const slots = [
  { id: 'a', box: box(0, 0) },
  { id: 'b', box: box(110, 0) },
  { id: 'c', box: box(220, 0) },
  { id: 'd', box: box(330, 0) },
  { id: 'e', box: box(0, 70) },
  { id: 'f', box: box(110, 70) },
];
const tray = box(500, 400);

describe('nextSlot', () => {
  it.each([
    ['right from a', 'a', 'right', 'b'],
    ['right from c', 'c', 'right', 'd'],
    ['right from the last in the row stops', 'd', 'right', null],
    ['left from b', 'b', 'left', 'a'],
    ['left from the first stops', 'a', 'left', null],
    ['down from b goes to the slot below', 'b', 'down', 'f'],
    ['up from e goes to the slot above', 'e', 'up', 'a'],
    ['down from c goes to the nearest below', 'c', 'down', 'f'],
  ] as const)('%s', (_case, from, direction, expected) => {
    const current = slots.find((slot) => slot.id === from)?.box ?? tray;
    expect(nextSlot(current, slots, direction, from)).toBe(expected);
  });

  it('goes from the tray to the piece’s own slot on any arrow', () => {
    expect(nextSlot(tray, slots, 'left', null, 'c')).toBe('c');
    expect(nextSlot(tray, slots, 'up', null, 'e')).toBe('e');
  });

  it('goes from the tray to the nearest slot when the piece has no slot here', () => {
    expect(nextSlot(tray, slots, 'up', null, 'zz')).toBe('d');
  });

  it('has nowhere to go without slots', () => {
    expect(nextSlot(tray, [], 'up', null)).toBeNull();
  });
});
