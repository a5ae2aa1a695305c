import { describe, expect, it } from 'vitest';
import type { Section } from '../../domain/value-piece.ts';
import { LATE_ARRIVAL_MS, lateArrivals, REVEAL_MAX_MS, revealPlan, sharedOnBoard } from './board-reveal.ts';

function section(...valueIds: string[]): Section {
  return { placed: valueIds.map((valueId) => ({ valueId, example: '' })), mostImportant: null };
}

describe('sharedOnBoard', () => {
  const values = ['tryghed', 'faglighed', 'maalgruppe', 'opv-glaede'];
  it.each<{ name: string; sections: Record<string, Section>; shared: { valueId: string; count: number }[] }>([
    { name: 'nothing placed: nothing shared', sections: {}, shared: [] },
    { name: 'one holder is not shared', sections: { a: section('tryghed'), b: section('faglighed') }, shared: [] },
    {
      name: 'two or more holders, most first, ties in the values’ order',
      sections: { a: section('tryghed', 'maalgruppe', 'faglighed'), b: section('maalgruppe', 'faglighed'), c: section('maalgruppe') },
      shared: [
        { valueId: 'maalgruppe', count: 3 },
        { valueId: 'faglighed', count: 2 },
      ],
    },
    { name: 'a warm-up value counts like any other', sections: { a: section('opv-glaede'), c: section('opv-glaede') }, shared: [{ valueId: 'opv-glaede', count: 2 }] },
    { name: 'a section of an organisation no longer on the board is not counted', sections: { a: section('tryghed'), gone: section('tryghed') }, shared: [] },
    { name: 'a value no longer in play is not counted', sections: { a: section('fjernet'), b: section('fjernet') }, shared: [] },
  ])('$name', ({ sections, shared }) => {
    expect(sharedOnBoard(values, ['a', 'b', 'c'], sections)).toEqual(shared);
  });
});

describe('revealPlan', () => {
  it.each([
    [1, 1],
    [1, 8],
    [8, 8],
    [15, 8],
    [14, 10],
    [40, 10],
    [120, 12],
  ])('keeps the reveal of %i rows × %i values to 1.5 s, light-up included', (rows, columns) => {
    const plan = revealPlan(rows, columns);
    const lastStart = plan.delay(rows - 1, columns - 1);
    expect(lastStart + plan.flightMs).toBeLessThanOrEqual(plan.lightUpAt);
    expect(plan.totalMs).toBe(plan.lightUpAt + plan.lightUpMs);
    expect(plan.totalMs).toBeLessThanOrEqual(REVEAL_MAX_MS);
  });

  it('starts with the first piece at once, then row after row, and along each row', () => {
    const plan = revealPlan(8, 8);
    expect(plan.delay(0, 0)).toBe(0);
    expect(plan.delay(0, 1)).toBeGreaterThan(0);
    expect(plan.delay(1, 0)).toBeGreaterThan(plan.delay(0, 1));
    expect(plan.delay(7, 7)).toBeGreaterThan(plan.delay(7, 0));
  });

  it('is not slower than it must be on a small board', () => {
    expect(revealPlan(2, 3).totalMs).toBeLessThan(1100);
  });
});

describe('lateArrivals', () => {
  const revealed = { organisationIds: new Set(['cafe', 'skole']), at: 1000, flown: new Set(['cafe|0']) };
  it.each([
    { what: 'pieces that reach a turned row after the reveal fly in', present: ['cafe|0', 'cafe|2', 'skole|1'], now: 1500, late: ['cafe|2', 'skole|1'] },
    { what: 'a piece that flew in at the reveal does not fly again', present: ['cafe|0'], now: 1500, late: [] },
    { what: 'a row that was never face down (the own row) is left alone', present: ['klub|3'], now: 1500, late: [] },
    { what: 'still within the window', present: ['skole|4'], now: 1000 + LATE_ARRIVAL_MS, late: ['skole|4'] },
    { what: 'long after the reveal a new piece is simply there', present: ['skole|4'], now: 1001 + LATE_ARRIVAL_MS, late: [] },
  ])('$what', ({ present, now, late }) => {
    expect(lateArrivals(revealed, present, now)).toEqual(late);
  });

  it('finds nothing before any reveal', () => {
    expect(lateArrivals(null, ['cafe|0'], 0)).toEqual([]);
  });
});
