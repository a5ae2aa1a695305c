import { describe, expect, it } from 'vitest';
import { planBoard, type BoardPlanInput } from './board-plan.ts';

const base: BoardPlanInput = { rows: 10, rowHeight: 15, minRowHeight: 7, fixedHeight: 40, roomLeft: 250, pageRoom: 250 };

describe('planBoard', () => {
  it.each([
    // 40 + 10 × 15 = 190: fits where it is.
    ['fits the room left', {}, { isFreshPage: false, rowHeight: 15, pageCount: 1 }],
    // Only 100 left on the page, but a whole page holds it at full size: a fresh page.
    ['moves to a fresh page', { roomLeft: 100 }, { isFreshPage: true, rowHeight: 15, pageCount: 1 }],
    // 15 × 15 + 40 = 265 > 250: lower rows, (250 − 40) / 15 = 14, on a fresh page.
    ['scales a board too tall for any page', { rows: 15, roomLeft: 100 }, { isFreshPage: true, rowHeight: 14, pageCount: 1 }],
    // At the top of a page already: scaled where it is.
    ['scales on the page it starts', { rows: 15 }, { isFreshPage: false, rowHeight: 14, pageCount: 1 }],
    // 30 rows at (250 − 40) / 30 = 7, still readable: one page.
    ['keeps 30 organisations on one page', { rows: 30, roomLeft: 20 }, { isFreshPage: true, rowHeight: 7, pageCount: 1 }],
    // 31 rows would be lower than 7: split, 16 and 15 rows, each page a puzzle of its own.
    ['splits only when rows would be too low', { rows: 31 }, { isFreshPage: false, rowHeight: 210 / 16, pageCount: 2 }],
  ] as const)('%s', (_name, change: Partial<BoardPlanInput>, expected) => {
    const plan = planBoard({ ...base, ...change });
    expect({ isFreshPage: plan.isFreshPage, rowHeight: plan.rowHeight, pageCount: plan.pages.length }).toEqual(expected);
    // Every row once, in order.
    expect(plan.pages.flat()).toEqual(Array.from({ length: change.rows ?? base.rows }, (_, index) => index));
  });

  it('shares the rows of a split board evenly', () => {
    expect(planBoard({ ...base, rows: 61 }).pages.map((page) => page.length)).toEqual([21, 21, 19]);
  });
});
