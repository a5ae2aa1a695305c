import { describe, expect, it } from 'vitest';
import type { Result } from './result.ts';
import { CUSTOM_VALUE_COLOURS, valuesInPlay } from './value.ts';
import {
  DRIVERS_MAX,
  NO_DECISIONS,
  activeWarmUpPieces,
  canAddDriver,
  deriveWarmUpPieces,
  dropWarmUpPiece,
  mergeWarmUpPieces,
  pieceIdOfAnswer,
  renameWarmUpPiece,
  restoreWarmUpPiece,
  validateDriver,
  warmUpColour,
  type OrganisationAnswers,
  type WarmUpDecisions,
  type WarmUpPiece,
} from './warm-up.ts';
import { EMPTY_CONTROL, boardRules, emptySetup, workshopValuesInPlay, type Workshop } from './workshop.ts';

/** Three organisations in board order: Café (two answers), Ældre (two), Bolig (one). */
const BOARD: OrganisationAnswers[] = [
  {
    organisationId: 'cafe',
    answers: [
      { id: 'c1', text: 'Glæde' },
      { id: 'c2', text: 'Nye kunder' },
    ],
  },
  {
    organisationId: 'aeldre',
    answers: [
      { id: 'a1', text: 'Fællesskab' },
      { id: 'a2', text: 'glæde' },
    ],
  },
  { organisationId: 'bolig', answers: [{ id: 'b1', text: 'Tryghed' }] },
];

const decisions = (overrides: Partial<WarmUpDecisions> = {}): WarmUpDecisions => ({ ...NO_DECISIONS, ...overrides });

function summary(pieces: readonly WarmUpPiece[]): [string, string, string[], string[], boolean][] {
  return pieces.map((piece) => [piece.id, piece.name, piece.proposedBy, piece.answerIds, piece.isDropped]);
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`refused: ${result.problem.code}`);
  return result.value;
}

describe('validateDriver', () => {
  it.each<[string, string, string[], Result<string>]>([
    ['trims and folds space', '  Nye   kunder ', [], { ok: true, value: 'Nye kunder' }],
    ['keeps Danish letters', 'Ære og æøå', [], { ok: true, value: 'Ære og æøå' }],
    ['takes 80 characters', 'x'.repeat(80), [], { ok: true, value: 'x'.repeat(80) }],
    ['differs from the others', 'Glæde', ['Nye kunder'], { ok: true, value: 'Glæde' }],
    ['refuses an empty answer', '', [], { ok: false, problem: { code: 'answer-empty' } }],
    ['refuses only spaces', '   \t ', [], { ok: false, problem: { code: 'answer-empty' } }],
    ['refuses 81 characters', 'x'.repeat(81), [], { ok: false, problem: { code: 'text-too-long', params: { max: 80, length: 81 } } }],
    ['refuses the same answer twice', 'Glæde', ['Glæde'], { ok: false, problem: { code: 'answer-taken', params: { text: 'Glæde' } } }],
    ['ignores case and space', ' GLÆDE ', ['Nye kunder', 'glæde'], { ok: false, problem: { code: 'answer-taken', params: { text: 'glæde' } } }],
  ])('%s', (_label, raw, others, expected) => {
    expect(validateDriver(raw, others)).toEqual(expected);
  });
});

describe('canAddDriver', () => {
  it.each<[number, Result<number>]>([
    [0, { ok: true, value: 1 }],
    [2, { ok: true, value: 3 }],
    [3, { ok: false, problem: { code: 'answers-full', params: { max: 3 } } }],
    [4, { ok: false, problem: { code: 'answers-full', params: { max: 3 } } }],
  ])('with %i answers', (count, expected) => {
    expect(canAddDriver(count)).toEqual(expected);
  });

  it('allows three answers', () => {
    expect(DRIVERS_MAX).toBe(3);
  });
});

describe('warmUpColour', () => {
  it('is always a colour of the custom palette, the same for the same piece', () => {
    for (const id of ['opv-a', 'opv-b', 'opv-0000', 'opv-zzzzzzzzzzzz', '']) {
      expect(CUSTOM_VALUE_COLOURS).toContain(warmUpColour(id));
      expect(warmUpColour(id)).toBe(warmUpColour(id));
    }
  });

  it('spreads pieces over the palette', () => {
    const colours = new Set(Array.from({ length: 60 }, (_, index) => warmUpColour(`opv-${index.toString(36)}`)));
    expect(colours.size).toBe(CUSTOM_VALUE_COLOURS.length);
  });
});

describe('deriveWarmUpPieces', () => {
  it.each<[string, OrganisationAnswers[], WarmUpDecisions, ReturnType<typeof summary>]>([
    ['nothing answered', [], decisions(), []],
    ['an organisation without answers', [{ organisationId: 'cafe', answers: [] }], decisions(), []],
    [
      'one piece per answer, in board order',
      BOARD,
      decisions(),
      [
        ['opv-c1', 'Glæde', ['cafe'], ['c1'], false],
        ['opv-c2', 'Nye kunder', ['cafe'], ['c2'], false],
        ['opv-a1', 'Fællesskab', ['aeldre'], ['a1'], false],
        ['opv-a2', 'glæde', ['aeldre'], ['a2'], false],
        ['opv-b1', 'Tryghed', ['bolig'], ['b1'], false],
      ],
    ],
    [
      'a merge keeps the target’s id, name and place and lists both organisations',
      BOARD,
      decisions({ merges: { a2: 'opv-c1' } }),
      [
        ['opv-c1', 'Glæde', ['cafe', 'aeldre'], ['c1', 'a2'], false],
        ['opv-c2', 'Nye kunder', ['cafe'], ['c2'], false],
        ['opv-a1', 'Fællesskab', ['aeldre'], ['a1'], false],
        ['opv-b1', 'Tryghed', ['bolig'], ['b1'], false],
      ],
    ],
    [
      'merging an earlier answer into a later piece keeps the later piece’s name and place',
      BOARD,
      decisions({ merges: { c1: 'opv-a2' } }),
      [
        ['opv-c2', 'Nye kunder', ['cafe'], ['c2'], false],
        ['opv-a1', 'Fællesskab', ['aeldre'], ['a1'], false],
        ['opv-a2', 'glæde', ['cafe', 'aeldre'], ['c1', 'a2'], false],
        ['opv-b1', 'Tryghed', ['bolig'], ['b1'], false],
      ],
    ],
    [
      'an organisation proposing two merged answers is listed once',
      BOARD,
      decisions({ merges: { c2: 'opv-c1', a2: 'opv-c1' } }),
      [
        ['opv-c1', 'Glæde', ['cafe', 'aeldre'], ['c1', 'c2', 'a2'], false],
        ['opv-a1', 'Fællesskab', ['aeldre'], ['a1'], false],
        ['opv-b1', 'Tryghed', ['bolig'], ['b1'], false],
      ],
    ],
    [
      'a rename and a drop',
      BOARD,
      decisions({ names: { 'opv-c2': 'Flere kunder' }, dropped: ['opv-b1'] }),
      [
        ['opv-c1', 'Glæde', ['cafe'], ['c1'], false],
        ['opv-c2', 'Flere kunder', ['cafe'], ['c2'], false],
        ['opv-a1', 'Fællesskab', ['aeldre'], ['a1'], false],
        ['opv-a2', 'glæde', ['aeldre'], ['a2'], false],
        ['opv-b1', 'Tryghed', ['bolig'], ['b1'], true],
      ],
    ],
    [
      'when the answer that named a merged piece is removed, the piece keeps its id and takes the next answer’s text',
      [
        { organisationId: 'cafe', answers: [{ id: 'c2', text: 'Nye kunder' }] },
        { organisationId: 'aeldre', answers: [{ id: 'a2', text: 'glæde' }] },
      ],
      decisions({ merges: { a2: 'opv-c1' } }),
      [
        ['opv-c2', 'Nye kunder', ['cafe'], ['c2'], false],
        ['opv-c1', 'glæde', ['aeldre'], ['a2'], false],
      ],
    ],
    [
      'decisions about answers and pieces that no longer exist change nothing',
      [{ organisationId: 'bolig', answers: [{ id: 'b1', text: 'Tryghed' }] }],
      decisions({ merges: { gone: 'opv-b1', x: 'opv-y' }, names: { 'opv-gone': 'X' }, dropped: ['opv-gone'] }),
      [['opv-b1', 'Tryghed', ['bolig'], ['b1'], false]],
    ],
  ])('%s', (_label, answers, given, expected) => {
    expect(summary(deriveWarmUpPieces(answers, given))).toEqual(expected);
  });

  it('gives each piece the colour of its id', () => {
    for (const piece of deriveWarmUpPieces(BOARD, decisions({ merges: { a2: 'opv-c1' } }))) {
      expect(piece.colour).toBe(warmUpColour(piece.id));
    }
  });

  it('pieceIdOfAnswer prefixes the answer id', () => {
    expect(pieceIdOfAnswer('c1')).toBe('opv-c1');
  });
});

describe('mergeWarmUpPieces', () => {
  const pieces = (given: WarmUpDecisions = decisions()) => deriveWarmUpPieces(BOARD, given);

  it.each<[string, WarmUpDecisions, string, string, WarmUpDecisions['merges']]>([
    ['moves the source’s answer to the target', decisions(), 'opv-c1', 'opv-a2', { a2: 'opv-c1' }],
    ['works the other way round', decisions(), 'opv-a2', 'opv-c1', { c1: 'opv-a2' }],
    [
      'moves every answer of a merged source',
      decisions({ merges: { a2: 'opv-c1' } }),
      'opv-b1',
      'opv-c1',
      { a2: 'opv-b1', c1: 'opv-b1' },
    ],
    [
      'an answer going back to its own piece loses its entry',
      decisions({ merges: { a2: 'opv-c1', c1: 'opv-b1' } }),
      'opv-c1',
      'opv-b1',
      { a2: 'opv-c1', b1: 'opv-c1' },
    ],
  ])('%s', (_label, given, target, source, merges) => {
    expect(mergeWarmUpPieces(given, pieces(given), target, source)).toEqual({ ok: true, value: { ...given, merges } });
  });

  it('keeps the source’s name in the decisions (nothing is thrown away)', () => {
    const given = decisions({ names: { 'opv-a2': 'Glæden' } });
    const merged = value(mergeWarmUpPieces(given, pieces(given), 'opv-c1', 'opv-a2'));
    expect(merged.names).toEqual({ 'opv-a2': 'Glæden' });
    expect(summary(deriveWarmUpPieces(BOARD, merged))[0]).toEqual(['opv-c1', 'Glæde', ['cafe', 'aeldre'], ['c1', 'a2'], false]);
  });

  it.each<[string, WarmUpDecisions, string, string, string]>([
    ['an unknown target', decisions(), 'opv-x', 'opv-a2', 'warm-up-piece-missing'],
    ['an unknown source', decisions(), 'opv-c1', 'opv-x', 'warm-up-piece-missing'],
    ['a piece already merged away', decisions({ merges: { a2: 'opv-c1' } }), 'opv-b1', 'opv-a2', 'warm-up-piece-missing'],
    ['a piece with itself', decisions(), 'opv-c1', 'opv-c1', 'warm-up-merge-self'],
    ['a dropped source', decisions({ dropped: ['opv-a2'] }), 'opv-c1', 'opv-a2', 'warm-up-piece-dropped'],
    ['a dropped target', decisions({ dropped: ['opv-c1'] }), 'opv-c1', 'opv-a2', 'warm-up-piece-dropped'],
  ])('refuses %s', (_label, given, target, source, code) => {
    expect(mergeWarmUpPieces(given, pieces(given), target, source)).toEqual({ ok: false, problem: { code } });
  });
});

describe('renameWarmUpPiece', () => {
  const pieces = (given: WarmUpDecisions = decisions()) => deriveWarmUpPieces(BOARD, given);
  const CORE = ['Øget faglighed', 'Increased professional skill'];

  it.each<[string, WarmUpDecisions, string, string, Result<WarmUpDecisions>]>([
    ['gives a piece a name', decisions(), 'opv-c2', '  Flere   kunder ', { ok: true, value: decisions({ names: { 'opv-c2': 'Flere kunder' } }) }],
    ['keeping the current name changes nothing, even if another piece shares it', decisions(), 'opv-c1', 'Glæde', { ok: true, value: decisions() }],
    ['may take a dropped piece’s name', decisions({ dropped: ['opv-b1'] }), 'opv-c2', 'Tryghed', { ok: true, value: decisions({ dropped: ['opv-b1'], names: { 'opv-c2': 'Tryghed' } }) }],
    ['refuses an empty name', decisions(), 'opv-c2', ' ', { ok: false, problem: { code: 'name-empty' } }],
    ['refuses a long name', decisions(), 'opv-c2', 'n'.repeat(81), { ok: false, problem: { code: 'name-too-long', params: { max: 80, length: 81 } } }],
    ['refuses another piece’s name', decisions(), 'opv-c2', 'tryghed', { ok: false, problem: { code: 'name-taken', params: { name: 'Tryghed' } } }],
    ['refuses a core value’s name', decisions(), 'opv-c2', 'øget faglighed', { ok: false, problem: { code: 'name-taken', params: { name: 'Øget faglighed' } } }],
    ['refuses an unknown piece', decisions(), 'opv-x', 'Navn', { ok: false, problem: { code: 'warm-up-piece-missing' } }],
    ['refuses a dropped piece', decisions({ dropped: ['opv-c2'] }), 'opv-c2', 'Navn', { ok: false, problem: { code: 'warm-up-piece-dropped' } }],
  ])('%s', (_label, given, pieceId, raw, expected) => {
    expect(renameWarmUpPiece(given, pieces(given), pieceId, raw, CORE)).toEqual(expected);
  });
});

describe('dropWarmUpPiece and restoreWarmUpPiece', () => {
  const pieces = (given: WarmUpDecisions = decisions()) => deriveWarmUpPieces(BOARD, given);

  it.each<[string, 'drop' | 'restore', WarmUpDecisions, string, Result<WarmUpDecisions>]>([
    ['drops a piece', 'drop', decisions(), 'opv-b1', { ok: true, value: decisions({ dropped: ['opv-b1'] }) }],
    ['dropping twice changes nothing', 'drop', decisions({ dropped: ['opv-b1'] }), 'opv-b1', { ok: true, value: decisions({ dropped: ['opv-b1'] }) }],
    ['restores a dropped piece', 'restore', decisions({ dropped: ['opv-b1', 'opv-c1'] }), 'opv-b1', { ok: true, value: decisions({ dropped: ['opv-c1'] }) }],
    ['restoring a piece in play changes nothing', 'restore', decisions(), 'opv-b1', { ok: true, value: decisions() }],
    ['refuses to drop an unknown piece', 'drop', decisions(), 'opv-x', { ok: false, problem: { code: 'warm-up-piece-missing' } }],
    ['refuses to restore an unknown piece', 'restore', decisions(), 'opv-x', { ok: false, problem: { code: 'warm-up-piece-missing' } }],
  ])('%s', (_label, action, given, pieceId, expected) => {
    const rule = action === 'drop' ? dropWarmUpPiece : restoreWarmUpPiece;
    expect(rule(given, pieces(given), pieceId)).toEqual(expected);
  });

  it('activeWarmUpPieces leaves out the dropped ones', () => {
    const given = decisions({ dropped: ['opv-c1', 'opv-b1'] });
    expect(activeWarmUpPieces(pieces(given)).map((piece) => piece.id)).toEqual(['opv-c2', 'opv-a1', 'opv-a2']);
  });
});

describe('warm-up pieces in the value game', () => {
  const pieces = deriveWarmUpPieces(BOARD, decisions({ merges: { a2: 'opv-c1' }, dropped: ['opv-a1'] }));
  const workshop = (hasWarmUp: boolean): Pick<Workshop, 'values' | 'setup' | 'warmUp' | 'control'> => ({
    values: { disabledCore: ['oeget-faglighed', 'staerkere-samarbejdsgrundlag', 'stoerre-socialt-ansvar', 'adgang-til-flere-ressourcer'], custom: [{ id: 'egen-a', name: 'Ro', colour: '#4d7c0f' }] },
    setup: { ...emptySetup('Møde'), hasWarmUp },
    warmUp: { answers: {}, pieces },
    control: { ...EMPTY_CONTROL, phase: 'vaerdispillet' },
  });

  it('come after the core and custom values, without the dropped ones, when the warm-up is on', () => {
    expect(workshopValuesInPlay(workshop(true))).toEqual([
      { kind: 'core', id: 'bredere-maalgruppe', colour: '#b45309' },
      { kind: 'custom', id: 'egen-a', colour: '#4d7c0f', name: 'Ro' },
      { kind: 'warm-up', id: 'opv-c1', colour: warmUpColour('opv-c1'), name: 'Glæde' },
      { kind: 'warm-up', id: 'opv-c2', colour: warmUpColour('opv-c2'), name: 'Nye kunder' },
      { kind: 'warm-up', id: 'opv-b1', colour: warmUpColour('opv-b1'), name: 'Tryghed' },
    ]);
    expect(boardRules(workshop(true)).valuesInPlay).toEqual(['bredere-maalgruppe', 'egen-a', 'opv-c1', 'opv-c2', 'opv-b1']);
  });

  it('are not in play when the warm-up is off', () => {
    expect(boardRules(workshop(false)).valuesInPlay).toEqual(['bredere-maalgruppe', 'egen-a']);
  });

  it('valuesInPlay without pieces is as before', () => {
    expect(valuesInPlay(workshop(true).values).map((inPlay) => inPlay.id)).toEqual(['bredere-maalgruppe', 'egen-a']);
  });
});
