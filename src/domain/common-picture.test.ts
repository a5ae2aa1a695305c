import { describe, expect, it } from 'vitest';
import { groupTallies, KEY_POINTS_MAX, keyPointsText } from './common-picture.ts';
import { tallyValues, type Section } from './value-piece.ts';

function section(valueIds: string[], mostImportant: string | null = null): Section {
  return { placed: valueIds.map((valueId) => ({ valueId, example: `${valueId}-eksempel` })), mostImportant };
}

describe('groupTallies', () => {
  const values = ['a', 'b', 'c', 'd', 'e'];

  it.each([
    ['nobody has placed anything', [], { shared: [], single: [], unplaced: ['a', 'b', 'c', 'd', 'e'] }],
    ['one organisation placed two values', [section(['b', 'd'])], { shared: [], single: ['b', 'd'], unplaced: ['a', 'c', 'e'] }],
    [
      'values shared by more come first; equal counts keep the values’ order',
      [section(['a', 'c', 'e']), section(['c', 'e', 'b']), section(['e', 'a'])],
      { shared: ['e', 'a', 'c'], single: ['b'], unplaced: ['d'] },
    ],
    [
      'everybody placed everything',
      [section(values), section(values)],
      { shared: ['a', 'b', 'c', 'd', 'e'], single: [], unplaced: [] },
    ],
  ])('%s', (_case, sections, expected) => {
    const tallies = tallyValues(
      values,
      sections.map((placed, index) => ({ organisationId: `org${index + 1}`, section: placed })),
    );
    const groups = groupTallies(tallies);
    expect({
      shared: groups.shared.map((tally) => tally.valueId),
      single: groups.single.map((tally) => tally.valueId),
      unplaced: groups.unplaced.map((tally) => tally.valueId),
    }).toEqual(expected);
  });

  it('keeps holders, examples and most-important picks with each value', () => {
    const tallies = tallyValues(['a', 'b'], [
      { organisationId: 'cafe', section: section(['a'], 'a') },
      { organisationId: 'skole', section: section(['b', 'a'], 'b') },
    ]);
    const { shared, single } = groupTallies(tallies);
    expect(shared).toEqual([
      {
        valueId: 'a',
        holders: ['cafe', 'skole'],
        mostImportantFor: ['cafe'],
        examples: [
          { organisationId: 'cafe', example: 'a-eksempel' },
          { organisationId: 'skole', example: 'a-eksempel' },
        ],
      },
    ]);
    expect(single.map((tally) => [tally.valueId, tally.holders, tally.mostImportantFor])).toEqual([['b', ['skole'], ['skole']]]);
  });
});

describe('keyPointsText', () => {
  it.each([
    ['empty text', '', '', false],
    ['text with line breaks and a trailing space, as typed', 'Fælles lokaler\n- Caféen og skolen ', 'Fælles lokaler\n- Caféen og skolen ', false],
    ['exactly the maximum', 'x'.repeat(KEY_POINTS_MAX), 'x'.repeat(KEY_POINTS_MAX), false],
    ['one character over, cut', 'x'.repeat(KEY_POINTS_MAX + 1), 'x'.repeat(KEY_POINTS_MAX), true],
    // An emoji is one character to the reader and is never split in two.
    ['an emoji at the edge, whole or not at all', `${'x'.repeat(KEY_POINTS_MAX - 1)}👍🏽👍🏽`, `${'x'.repeat(KEY_POINTS_MAX - 1)}👍🏽`, true],
  ])('%s', (_case, raw, text, isCut) => {
    expect(keyPointsText(raw)).toEqual({ text, isCut });
  });
});
