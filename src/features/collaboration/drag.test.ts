import { describe, expect, it } from 'vitest';
import { EDGE_SPEED_MAX, EDGE_ZONE, edgeScrollStep } from './drag.ts';

const BOX = { left: 100, right: 500, top: 200, bottom: 530 };
const MIDDLE = { top: 200, max: 400 };

describe('edgeScrollStep: the organisations list scrolls while a card is carried near its edge', () => {
  it.each([
    ['at the bottom edge: down at full speed', { x: 300, y: 530 }, MIDDLE, EDGE_SPEED_MAX],
    ['just outside the bottom (a hand overshoots): down', { x: 300, y: 560 }, MIDDLE, Math.ceil(EDGE_SPEED_MAX * (1 - 30 / EDGE_ZONE))],
    ['inside, near the bottom: down, slower', { x: 300, y: 500 }, MIDDLE, Math.ceil(EDGE_SPEED_MAX * (1 - 30 / EDGE_ZONE))],
    ['at the top edge: up at full speed', { x: 300, y: 200 }, MIDDLE, -EDGE_SPEED_MAX],
    ['in the middle: still', { x: 300, y: 365 }, MIDDLE, 0],
    ['far below the list: still', { x: 300, y: 530 + EDGE_ZONE + 1 }, MIDDLE, 0],
    ['beside the list (over the cards): still', { x: 90, y: 530 }, MIDDLE, 0],
    ['at the bottom of a list scrolled to its end: still', { x: 300, y: 530 }, { top: 400, max: 400 }, 0],
    ['at the top of a list not scrolled: still', { x: 300, y: 200 }, { top: 0, max: 400 }, 0],
    ['the last pixels: no further than the end', { x: 300, y: 530 }, { top: 395, max: 400 }, 5],
    ['a list that does not scroll: still', { x: 300, y: 530 }, { top: 0, max: 0 }, 0],
  ])('%s', (_name, pointer, scroll, expected) => {
    expect(edgeScrollStep(pointer, BOX, scroll)).toBe(expected);
  });
});
