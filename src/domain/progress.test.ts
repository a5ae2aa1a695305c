import { describe, expect, it } from 'vitest';
import type { PhaseId } from './phase.ts';
import { lockedPhases, phaseProgress, writtenIn } from './progress.ts';
import { blankWorkshop, type Workshop } from './workshop.ts';

function workshop(): Workshop {
  const base = blankWorkshop('w1', 'Netværksmøde');
  return {
    ...base,
    organisations: [
      { id: 'o1', name: 'MENY', actorType: 'erhvervsdrivende', contact: '' },
      { id: 'o2', name: 'Biblioteket', actorType: 'kommunale-institutioner', contact: '' },
    ],
    warmUp: { answers: { o1: [{ id: 'a1', text: 'Nye kunder' }, { id: 'a2', text: 'Ro i området' }] }, pieces: [] },
    cards: { o2: [{ id: 'c1', side: 'offer', text: 'Lokaler', kind: 'lokaler', valueId: null }] },
    links: [{ id: 'l1', fromId: 'o2', toId: 'o1', text: 'låne lokaler', offerCardId: null }],
    agreementAnswers: {
      o1: {
        ag1: { isIn: true, comment: '', firstStep: null },
        ag2: { isIn: false, comment: 'Kun om torsdagen', firstStep: null },
        ag3: { isIn: false, comment: '', firstStep: 'Vi ringer mandag' },
        ag4: { isIn: false, comment: '', firstStep: null },
      },
      o2: {},
    },
  };
}

describe('lockedPhases', () => {
  it.each<[string, boolean, string[], PhaseId[]]>([
    ['nothing', false, [], []],
    ['the board alone', true, [], ['vaerdispillet']],
    ['the map alone', false, ['opvarmning'], ['opvarmning']],
    ['the value game in the map is the board\'s to say', false, ['vaerdispillet'], []],
    ['both, in the phases\' order', true, ['goer-hinanden-staerkere', 'opvarmning'], ['opvarmning', 'vaerdispillet', 'goer-hinanden-staerkere']],
    ['an unknown phase is left out', false, ['dans'], []],
  ])('%s', (_name, isBoardLocked, locked, expected) => {
    expect(lockedPhases(isBoardLocked, locked)).toEqual(expected);
  });
});

describe('writtenIn', () => {
  it.each<[PhaseId, string, number]>([
    ['opvarmning', 'o1', 2],
    ['opvarmning', 'o2', 0],
    ['goer-hinanden-staerkere', 'o2', 2],
    ['goer-hinanden-staerkere', 'o1', 0],
    ['aftaler', 'o1', 3],
    ['aftaler', 'o2', 0],
    ['vaerdispillet', 'o1', 0],
  ])('%s, %s: %i', (phase, organisationId, count) => {
    expect(writtenIn(phase, workshop(), organisationId)).toBe(count);
  });
});

describe('phaseProgress', () => {
  it('gives every organisation in the workshop\'s order its count and whether it said it is done with this phase', () => {
    const done = { o1: ['opvarmning'], o2: ['vaerdispillet'], gone: ['opvarmning'] } satisfies Record<string, PhaseId[]>;
    expect(phaseProgress(workshop(), done, 'opvarmning')).toEqual([
      { organisationId: 'o1', count: 2, isDone: true },
      { organisationId: 'o2', count: 0, isDone: false },
    ]);
  });
});
