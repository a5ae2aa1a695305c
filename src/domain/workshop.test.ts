import { describe, expect, it } from 'vitest';
import { PHASE_IDS } from './phase.ts';
import {
  EMPTY_CONTROL,
  WORKSHOP_KINDS,
  emptySetup,
  isWorkshopKind,
  toPhase,
  validateSetupField,
  type SetupField,
} from './workshop.ts';
import type { Result } from './result.ts';

describe('validateSetupField', () => {
  it.each<[SetupField, string, Result<string>]>([
    // title: required name
    ['title', '  Netværksmøde   i Nørreparken ', { ok: true, value: 'Netværksmøde i Nørreparken' }],
    ['title', 'a'.repeat(80), { ok: true, value: 'a'.repeat(80) }],
    ['title', '', { ok: false, problem: { code: 'name-empty' } }],
    ['title', '   ', { ok: false, problem: { code: 'name-empty' } }],
    ['title', 'a'.repeat(81), { ok: false, problem: { code: 'name-too-long', params: { max: 80, length: 81 } } }],
    // date: optional real date
    ['date', '2026-05-01', { ok: true, value: '2026-05-01' }],
    ['date', '', { ok: true, value: '' }],
    ['date', '2026-02-30', { ok: false, problem: { code: 'date-invalid' } }],
    ['date', '1/5/2026', { ok: false, problem: { code: 'date-invalid' } }],
    // kind: one of the two
    ['kind', 'samarbejdsgruppe', { ok: true, value: 'samarbejdsgruppe' }],
    ['kind', 'netvaerksgruppe', { ok: true, value: 'netvaerksgruppe' }],
    ['kind', '', { ok: false, problem: { code: 'kind-unknown' } }],
    ['kind', 'Netvaerksgruppe', { ok: false, problem: { code: 'kind-unknown' } }],
    ['kind', 'forum', { ok: false, problem: { code: 'kind-unknown' } }],
    // optional short texts
    ['initiative', '', { ok: true, value: '' }],
    ['initiative', ' Fælles  sommerfest ', { ok: true, value: 'Fælles sommerfest' }],
    ['initiative', 'i'.repeat(121), { ok: false, problem: { code: 'text-too-long', params: { max: 120, length: 121 } } }],
    ['place', 'Beboerhuset', { ok: true, value: 'Beboerhuset' }],
    ['place', '   ', { ok: true, value: '' }],
    ['place', 'p'.repeat(120), { ok: true, value: 'p'.repeat(120) }],
    ['place', 'p'.repeat(121), { ok: false, problem: { code: 'text-too-long', params: { max: 120, length: 121 } } }],
    ['facilitator', 'Søren Ærø', { ok: true, value: 'Søren Ærø' }],
    ['facilitator', '', { ok: true, value: '' }],
    ['facilitator', 'f'.repeat(121), { ok: false, problem: { code: 'text-too-long', params: { max: 120, length: 121 } } }],
  ])('%s %j', (field, raw, expected) => {
    expect(validateSetupField(field, raw)).toEqual(expected);
  });
});

describe('isWorkshopKind', () => {
  it.each([
    ['samarbejdsgruppe', true],
    ['netvaerksgruppe', true],
    ['netværksgruppe', false],
    ['', false],
  ])('%j → %s', (kind, expected) => {
    expect(isWorkshopKind(kind)).toBe(expected);
  });

  it('knows exactly the two kinds', () => {
    expect(WORKSHOP_KINDS).toEqual(['samarbejdsgruppe', 'netvaerksgruppe']);
  });
});

describe('toPhase', () => {
  it.each(PHASE_IDS)('keeps the known phase %s', (phase) => {
    expect(toPhase(phase)).toBe(phase);
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['an empty string', ''],
    ['an unknown phase', 'pause'],
    ['a phase in capitals', 'OPSAMLING'],
    ['a number', 3],
    ['an object', { phase: 'opsamling' }],
    ['an array', ['opsamling']],
  ])('falls back to forberedelse for %s', (_label, raw) => {
    expect(toPhase(raw)).toBe('forberedelse');
  });
});

describe('emptySetup and EMPTY_CONTROL', () => {
  it('start a workshop with only a title, no warm-up, in the first phase', () => {
    expect(emptySetup('Møde')).toEqual({
      title: 'Møde',
      initiative: '',
      kind: 'samarbejdsgruppe',
      date: '',
      place: '',
      facilitator: '',
      hasWarmUp: false,
      previousId: '',
      previousTitle: '',
      nextId: '',
      nextTitle: '',
    });
    expect(EMPTY_CONTROL).toEqual({ phase: 'forberedelse', isLocked: false, isRevealed: false, areCardsShown: false, activeOrganisationId: null, timers: {} });
  });
});
