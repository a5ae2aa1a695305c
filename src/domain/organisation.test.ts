import { describe, expect, it } from 'vitest';
import { ACTOR_TYPE_IDS } from './actor-type.ts';
import { moveInOrder, validateOrganisation, type Organisation, type OrganisationDraft } from './organisation.ts';

const others: Organisation[] = [
  { id: 'o1', name: 'Café Nord', actorType: 'erhvervsdrivende', contact: '' },
  { id: 'o2', name: 'Ældresagen', actorType: 'frivillige-organisationer', contact: 'Mette' },
];
const draft = (overrides: Partial<OrganisationDraft> = {}): OrganisationDraft => ({
  name: 'Boligforeningen',
  actorType: 'boligrelaterede-organisationer',
  contact: '',
  ...overrides,
});

describe('validateOrganisation', () => {
  it('accepts a new organisation and normalises its text', () => {
    expect(validateOrganisation(draft({ name: '  Bolig   foreningen ', contact: ' Mette  Hansen ' }), others)).toEqual({
      ok: true,
      value: { name: 'Bolig foreningen', actorType: 'boligrelaterede-organisationer', contact: 'Mette Hansen' },
    });
  });

  it.each(ACTOR_TYPE_IDS)('accepts the actor type %s', (actorType) => {
    expect(validateOrganisation(draft({ actorType }), others)).toMatchObject({ ok: true, value: { actorType } });
  });

  it.each([
    ['café nord', 'Café Nord'],
    ['CAFÉ NORD', 'Café Nord'],
    [' ældresagen ', 'Ældresagen'],
    ['ÆLDRESAGEN', 'Ældresagen'],
  ])('refuses the taken name %j, naming %j', (name, clash) => {
    expect(validateOrganisation(draft({ name }), others)).toEqual({
      ok: false,
      problem: { code: 'name-taken', params: { name: clash } },
    });
  });

  it('accepts a name that only the organisation itself has (others leave it out)', () => {
    const rest = others.filter((other) => other.id !== 'o1');
    expect(validateOrganisation(draft({ name: 'CAFÉ NORD' }), rest)).toMatchObject({ ok: true, value: { name: 'CAFÉ NORD' } });
  });

  it.each([
    ['', 'name-empty'],
    ['   ', 'name-empty'],
    ['a'.repeat(81), 'name-too-long'],
  ])('refuses the name %j with %s', (name, code) => {
    expect(validateOrganisation(draft({ name }), others)).toMatchObject({ ok: false, problem: { code } });
  });

  it.each(['', 'kommune', 'Erhvervsdrivende', 'andre aktører', 'andre-aktoerer '])(
    'refuses the unknown actor type %j',
    (actorType) => {
      expect(validateOrganisation(draft({ actorType }), others)).toEqual({
        ok: false,
        problem: { code: 'actor-type-unknown' },
      });
    },
  );

  it('accepts a contact of 120 characters and refuses 121', () => {
    expect(validateOrganisation(draft({ contact: 'k'.repeat(120) }), others).ok).toBe(true);
    expect(validateOrganisation(draft({ contact: 'k'.repeat(121) }), others)).toEqual({
      ok: false,
      problem: { code: 'text-too-long', params: { max: 120, length: 121 } },
    });
  });

  it('reports the name before the actor type and the actor type before the contact', () => {
    expect(validateOrganisation({ name: '', actorType: 'x', contact: 'k'.repeat(200) }, others)).toMatchObject({
      problem: { code: 'name-empty' },
    });
    expect(validateOrganisation({ name: 'Ny', actorType: 'x', contact: 'k'.repeat(200) }, others)).toMatchObject({
      problem: { code: 'actor-type-unknown' },
    });
  });
});

describe('moveInOrder', () => {
  const items = ['a', 'b', 'c', 'd'] as const;

  it.each<[number, number, string[]]>([
    [0, 2, ['b', 'c', 'a', 'd']],
    [3, 0, ['d', 'a', 'b', 'c']],
    [1, 2, ['a', 'c', 'b', 'd']],
    [2, 1, ['a', 'c', 'b', 'd']],
    [0, 3, ['b', 'c', 'd', 'a']],
    // Clamped to the ends.
    [1, 99, ['a', 'c', 'd', 'b']],
    [2, -5, ['c', 'a', 'b', 'd']],
    // No-ops.
    [1, 1, ['a', 'b', 'c', 'd']],
    [0, -1, ['a', 'b', 'c', 'd']],
    [3, 4, ['a', 'b', 'c', 'd']],
    // A `from` that is not in the list moves nothing.
    [4, 0, ['a', 'b', 'c', 'd']],
    [-1, 0, ['a', 'b', 'c', 'd']],
  ])('from %i to %i → %j', (from, to, expected) => {
    expect(moveInOrder(items, from, to)).toEqual(expected);
  });

  it('returns a new array and leaves its input alone', () => {
    const input = ['a', 'b', 'c'];
    const output = moveInOrder(input, 0, 2);
    expect(output).not.toBe(input);
    expect(input).toEqual(['a', 'b', 'c']);
    expect(moveInOrder(input, 1, 1)).not.toBe(input);
  });

  it('handles an empty and a one-item list', () => {
    expect(moveInOrder([], 0, 0)).toEqual([]);
    expect(moveInOrder(['a'], 0, 5)).toEqual(['a']);
  });
});
