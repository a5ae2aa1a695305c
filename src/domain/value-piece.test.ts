import { describe, expect, it } from 'vitest';
import {
  cutText,
  EMPTY_SECTION,
  EXAMPLE_MAX,
  markMostImportant,
  placePiece,
  sharedValues,
  singleHolderValues,
  takeBackPiece,
  tallyValues,
  textLength,
  trayPieces,
  writeExample,
  type BoardRules,
  type Section,
} from './value-piece.ts';

const OPEN: BoardRules = { isLocked: false, valuesInPlay: ['a', 'b', 'c'] };
const LOCKED: BoardRules = { ...OPEN, isLocked: true };

function sectionWith(...valueIds: string[]): Section {
  return { placed: valueIds.map((valueId) => ({ valueId, example: `eksempel ${valueId}` })), mostImportant: null };
}

describe('placePiece', () => {
  it.each([
    ['a locked board', EMPTY_SECTION, LOCKED, 'a', 'a', 'board-locked'],
    ['a value not in play', EMPTY_SECTION, OPEN, 'z', 'z', 'value-missing'],
    ["another value's slot", EMPTY_SECTION, OPEN, 'a', 'b', 'piece-wrong-slot'],
    ['a value placed already', sectionWith('a'), OPEN, 'a', 'a', 'piece-already-placed'],
  ] as const)('refuses %s', (_case, section, rules, valueId, slotId, code) => {
    const result = placePiece(section, rules, valueId, slotId);
    expect(result).toEqual({ ok: false, problem: { code } });
  });

  it('places a piece in its own slot, after those already placed, with an empty example', () => {
    const result = placePiece(sectionWith('b'), OPEN, 'a');
    expect(result.ok && result.value.placed).toEqual([
      { valueId: 'b', example: 'eksempel b' },
      { valueId: 'a', example: '' },
    ]);
  });

  it('never makes a second piece of one value, however often it is repeated', () => {
    let section = EMPTY_SECTION;
    for (let attempt = 0; attempt < 10; attempt++) {
      const result = placePiece(section, OPEN, 'c');
      if (result.ok) section = result.value;
    }
    expect(section.placed.filter((piece) => piece.valueId === 'c')).toHaveLength(1);
  });
});

describe('takeBackPiece', () => {
  it('returns the piece to the tray with its example and clears its most-important mark', () => {
    const section = { ...sectionWith('a', 'b'), mostImportant: 'a' };
    const result = takeBackPiece(section, OPEN, 'a');
    expect(result.ok && result.value).toEqual({ placed: [{ valueId: 'b', example: 'eksempel b' }], mostImportant: null });
  });

  it('keeps the mark when another piece is taken back', () => {
    const result = takeBackPiece({ ...sectionWith('a', 'b'), mostImportant: 'a' }, OPEN, 'b');
    expect(result.ok && result.value.mostImportant).toBe('a');
  });

  it.each([
    ['on a locked board', sectionWith('a'), LOCKED, 'board-locked'],
    ['for a piece in the tray', sectionWith('b'), OPEN, 'piece-not-placed'],
  ] as const)('is refused %s', (_case, section, rules, code) => {
    expect(takeBackPiece(section, rules, 'a')).toEqual({ ok: false, problem: { code } });
  });
});

describe('writeExample', () => {
  it('writes on the placed piece only', () => {
    const result = writeExample(sectionWith('a', 'b'), OPEN, 'b', 'Vi låner festsalen');
    expect(result.ok && result.value.section.placed).toEqual([
      { valueId: 'a', example: 'eksempel a' },
      { valueId: 'b', example: 'Vi låner festsalen' },
    ]);
    expect(result.ok && result.value.isCut).toBe(false);
  });

  it('cuts a 10,000-character paste at the limit and says so', () => {
    const result = writeExample(sectionWith('a'), OPEN, 'a', 'æ'.repeat(10_000));
    expect(result.ok && result.value.section.placed[0]?.example).toBe('æ'.repeat(EXAMPLE_MAX));
    expect(result.ok && result.value.isCut).toBe(true);
  });

  it.each([
    ['on a locked board', LOCKED, 'a', 'board-locked'],
    ['on a piece in the tray', OPEN, 'c', 'piece-not-placed'],
  ] as const)('is refused %s', (_case, rules, valueId, code) => {
    expect(writeExample(sectionWith('a'), rules, valueId, 'tekst')).toEqual({ ok: false, problem: { code } });
  });
});

describe('cutText and textLength', () => {
  it.each([
    ['plain text under the limit', 'hej', 5, 'hej', false, 3],
    ['Danish letters count as one each', 'æøåÆØÅ', 4, 'æøåÆ', true, 6],
    ['an emoji with a skin tone is one character and never split', '👍🏽👍🏽👍🏽', 2, '👍🏽👍🏽', true, 3],
    ['a family emoji is one character', '👨‍👩‍👧x', 1, '👨‍👩‍👧', true, 2],
    ['exactly at the limit is not cut', 'abcde', 5, 'abcde', false, 5],
  ])('%s', (_case, input, max, text, isCut, length) => {
    expect(cutText(input, max)).toEqual({ text, isCut, length });
    expect(textLength(input)).toBe(length);
  });
});

describe('markMostImportant', () => {
  it('marks one placed piece, replacing an earlier mark, and clears with null', () => {
    const first = markMostImportant(sectionWith('a', 'b'), OPEN, 'a');
    const second = first.ok ? markMostImportant(first.value, OPEN, 'b') : first;
    expect(second.ok && second.value.mostImportant).toBe('b');
    const cleared = second.ok ? markMostImportant(second.value, OPEN, null) : second;
    expect(cleared.ok && cleared.value.mostImportant).toBeNull();
  });

  it.each([
    ['a piece in the tray', OPEN, 'c', 'piece-not-placed'],
    ['on a locked board', LOCKED, 'a', 'board-locked'],
  ] as const)('refuses %s', (_case, rules, valueId, code) => {
    expect(markMostImportant(sectionWith('a'), rules, valueId)).toEqual({ ok: false, problem: { code } });
  });
});

describe('trayPieces', () => {
  it('lists the unplaced values in play in the values’ order', () => {
    expect(trayPieces(sectionWith('b'), ['a', 'b', 'c'])).toEqual(['a', 'c']);
    expect(trayPieces(sectionWith('a', 'b', 'c'), ['a', 'b', 'c'])).toEqual([]);
  });
});

describe('the common picture', () => {
  const sections = [
    { organisationId: 'meny', section: { ...sectionWith('a', 'b'), mostImportant: 'b' } },
    { organisationId: 'skolen', section: { ...sectionWith('b'), mostImportant: 'b' } },
    { organisationId: 'klubben', section: { ...sectionWith('b', 'c'), mostImportant: 'c' } },
  ];
  const tallies = tallyValues(['a', 'b', 'c', 'd'], sections);

  it('counts holders per value in board order, with their examples and most-important picks', () => {
    expect(tallies.map((tally) => [tally.valueId, tally.holders])).toEqual([
      ['a', ['meny']],
      ['b', ['meny', 'skolen', 'klubben']],
      ['c', ['klubben']],
      ['d', []],
    ]);
    expect(tallies[1]?.mostImportantFor).toEqual(['meny', 'skolen']);
    expect(tallies[1]?.examples).toEqual([
      { organisationId: 'meny', example: 'eksempel b' },
      { organisationId: 'skolen', example: 'eksempel b' },
      { organisationId: 'klubben', example: 'eksempel b' },
    ]);
  });

  it('finds shared values (two or more holders, most held first) and single-holder values', () => {
    expect(sharedValues(tallies).map((tally) => tally.valueId)).toEqual(['b']);
    expect(singleHolderValues(tallies).map((tally) => tally.valueId)).toEqual(['a', 'c']);
  });
});
