import { describe, expect, it } from 'vitest';
import type { ProblemCode } from '../domain/problem.ts';
import { blankWorkshop, type Workshop } from '../domain/workshop.ts';
import { problemText } from '../i18n/translate.ts';
import { withoutPlace } from './file-place.ts';
import { bootRepository, useFreshDevice } from '../../tests/support/state.ts';
import { parseWorkshopFile, serializeWorkshopFile } from './workshop-file.ts';

/*
 * Files written to break the app rather than by it: names every object already has (`__proto__`,
 * `constructor`, …) as ids and keys, sections for organisations that are not there, agreements whose
 * coordinator is not one of their organisations. Each is refused with a message that names the field.
 */

const { track } = useFreshDevice();

type Edit = (workshop: Record<string, any>, key: string) => void;

/** A valid file of one workshop with two organisations, an agreement, a card and a warm-up answer, as JSON text after `edit`. */
function fileText(edit: Edit, key = ''): string {
  const workshop: Workshop = {
    ...blankWorkshop('ws-1', 'Møde', 5),
    organisations: [
      { id: 'org-a', name: 'Café Nord', actorType: 'erhvervsdrivende', contact: '' },
      { id: 'org-b', name: 'Ældresagen', actorType: 'frivillige-organisationer', contact: '' },
    ],
    sections: { 'org-a': { placed: [{ valueId: 'oeget-faglighed', example: '' }], mostImportant: null } },
    warmUp: { answers: { 'org-a': [{ id: 'svar-1', text: 'Kunder' }] }, pieces: [] },
    cards: { 'org-a': [{ id: 'kort-1', side: 'offer', text: 'Lokaler', kind: 'lokaler', valueId: null }] },
    agreements: [{ id: 'aftale-1', what: 'Kaffemik', organisationIds: ['org-a', 'org-b'], coordinatorId: 'org-b', firstStep: '', date: '', form: 'samvirke', followUpDate: '', linkId: null, status: null, statusNote: '' }],
    agreementAnswers: { 'org-a': { 'aftale-1': { isIn: true, comment: 'Vi bager', firstStep: null } } },
  };
  // Through JSON text, as a file arrives: `{"__proto__": …}` is then an own key, as JSON.parse makes it.
  const file = JSON.parse(serializeWorkshopFile([workshop], new Date('2026-11-22T14:00:00Z'))) as { workshops: Record<string, any>[] };
  const [first] = file.workshops;
  if (!first) throw new Error('no workshop');
  edit(first, key);
  return JSON.stringify(file);
}

/** Puts `value` under an own key `key` of `target`, as JSON.parse would (assigning `__proto__` would set the prototype instead). */
function putOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function refusal(text: string): { code: ProblemCode; params?: Record<string, string | number> } {
  const result = parseWorkshopFile(text);
  if (result.ok) throw new Error('the file was accepted');
  // The technical problem (its place in words is tested in file-place.test.ts).
  return withoutPlace(result.problem);
}

it('the unchanged file is accepted (so each refusal below is the edit’s doing)', () => {
  expect(parseWorkshopFile(fileText(() => {})).ok).toBe(true);
});

describe('a name every object already has is refused as an id or key', () => {
  const RESERVED = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
  /** Where an id or key goes, and the field the refusal names. */
  const places: [string, Edit, string][] = [
    ['the workshop’s id', (w, key) => (w.id = key), 'workshops[0].id'],
    ['an organisation’s id', (w, key) => (w.organisations[1].id = key), 'workshops[0].organisations[1].id'],
    ['the first organisation’s id (the import screen crashed on `__proto__`)', (w, key) => {
      w.organisations[0].id = key;
      w.sections = {};
      w.warmUp.answers = {};
      w.cards = {};
      w.agreements = [];
    }, 'workshops[0].organisations[0].id'],
    ['a section’s key', (w, key) => putOwn(w.sections, key, { placed: [], mostImportant: null }), 'workshops[0].sections.{key}'],
    ['a card list’s key', (w, key) => putOwn(w.cards, key, []), 'workshops[0].cards.{key}'],
    ['an answer list’s key', (w, key) => putOwn(w.warmUp.answers, key, []), 'workshops[0].warmUp.answers.{key}'],
    ['a settled suggestion list’s key', (w, key) => putOwn((w.settledSuggestions = {}), key, []), 'workshops[0].settledSuggestions.{key}'],
    // Keys of fixed shapes: an unknown one is left out (a timer's is refused as no phase), but `__proto__` is refused first.
    ['a timer’s key', (w, key) => putOwn(w.control.timers, key, { durationMs: 1, startedAt: null, elapsedBeforeMs: 0 }), '{onlyProto}workshops[0].control.timers.__proto__'],
    ['a key in a fixed record', (w, key) => putOwn(w.setup, key, 'x'), '{onlyProto}workshops[0].setup.__proto__'],
    ['a placed piece’s value', (w, key) => (w.sections['org-a'].placed[0].valueId = key), 'workshops[0].sections.org-a.placed[0].valueId'],
    ['a custom value’s id', (w, key) => w.values.custom.push({ id: key, name: 'Glæde', colour: '#0e7490' }), 'workshops[0].values.custom[0].id'],
    ['a card’s id', (w, key) => (w.cards['org-a'][0].id = key), 'workshops[0].cards.org-a[0].id'],
    ['an answer’s id', (w, key) => (w.warmUp.answers['org-a'][0].id = key), 'workshops[0].warmUp.answers.org-a[0].id'],
    ['an agreement’s id', (w, key) => (w.agreements[0].id = key), 'workshops[0].agreements[0].id'],
    ['an agreement’s organisation', (w, key) => (w.agreements[0].organisationIds = ['org-b', key]), 'workshops[0].agreements[0].organisationIds[1]'],
    ['the coordinator', (w, key) => (w.agreements[0].coordinatorId = key), 'workshops[0].agreements[0].coordinatorId'],
    ['the active organisation', (w, key) => (w.control.activeOrganisationId = key), 'workshops[0].control.activeOrganisationId'],
    ['a link’s end', (w, key) => w.links.push({ id: 'link-1', fromId: 'org-a', toId: key, text: 'hjælpe', offerCardId: null }), 'workshops[0].links[0].toId'],
  ];
  const cases = places.flatMap(([place, edit, field]) =>
    RESERVED.flatMap((key) => {
      if (field.startsWith('{onlyProto}') && key !== '__proto__') return [];
      return [[place, key, edit, field.replace('{onlyProto}', '').replaceAll('{key}', key)] as const];
    }),
  );

  it.each(cases)('%s: %s', (_, key, edit, field) => {
    const problem = refusal(fileText(edit, key));
    expect(problem).toEqual({ code: 'file-id-reserved', params: { field, id: key } });
    const danish = problemText('da', problem);
    expect(danish).toContain(field);
    expect(danish).toContain(`»${key}«`);
  });

  // The import screen's path: read the file, then store what it accepted. With `__proto__` as an
  // organisation's id the file used to be accepted and storing it threw, leaving the screen on "busy".
  it.each(RESERVED)('a file with %s as an organisation’s id ends in a refusal, never a throw', async (key) => {
    const repository = await bootRepository(track);
    const parsed = parseWorkshopFile(fileText((w) => {
      w.organisations[0].id = key;
      w.sections = {};
      w.warmUp.answers = {};
      w.cards = {};
      w.agreements = [];
    }));
    const outcome = parsed.ok ? await repository.importWorkshops(parsed.value, 'replace', (title) => title) : parsed;
    expect(outcome.ok).toBe(false);
    expect(repository.catalogue.list()).toEqual([]);
  });
});

describe('what belongs to an organisation is refused when the organisation is not in the workshop', () => {
  const cases: [string, Edit, string][] = [
    ['a section', (w) => (w.sections['org-x'] = { placed: [], mostImportant: null }), 'workshops[0].sections.org-x'],
    ['a card list', (w) => (w.cards['org-x'] = []), 'workshops[0].cards.org-x'],
    ['an answer list', (w) => (w.warmUp.answers['org-x'] = []), 'workshops[0].warmUp.answers.org-x'],
    ['settled suggestions', (w) => (w.settledSuggestions = { 'org-x': [] }), 'workshops[0].settledSuggestions.org-x'],
    ['the section of an organisation removed from the file', (w) => w.organisations.splice(0, 1), 'workshops[0].sections.org-a'],
  ];
  it.each(cases)('%s', (_, edit, field) => {
    const problem = refusal(fileText(edit));
    expect(problem.code).toBe('file-reference-broken');
    expect(problem.params?.field).toBe(field);
  });
});

describe('an answer to an agreement comes from one of its organisations, a first step from its coordinator', () => {
  const cases: [string, Edit, ProblemCode, string][] = [
    ['answers of an organisation not in the workshop', (w) => (w.agreementAnswers['org-x'] = {}), 'file-reference-broken', 'workshops[0].agreementAnswers.org-x'],
    ['an answer to an agreement that is not in the file', (w) => (w.agreementAnswers['org-a']['aftale-9'] = { isIn: true, comment: '', firstStep: null }), 'file-reference-broken', 'workshops[0].agreementAnswers.org-a.aftale-9'],
    ['an answer from an organisation not part of the agreement', (w) => (w.agreements[0].organisationIds = ['org-b']), 'file-reference-broken', 'workshops[0].agreementAnswers.org-a.aftale-1'],
    ['a first step from an organisation that is not the coordinator', (w) => (w.agreementAnswers['org-a']['aftale-1'].firstStep = 'Ringe'), 'file-field-invalid', 'workshops[0].agreementAnswers.org-a.aftale-1.firstStep'],
    ['a comment of 281 characters', (w) => (w.agreementAnswers['org-a']['aftale-1'].comment = 'æ'.repeat(281)), 'file-field-too-long', 'workshops[0].agreementAnswers.org-a.aftale-1.comment'],
  ];
  it.each(cases)('%s', (_, edit, code, field) => {
    const problem = refusal(fileText(edit));
    expect(problem.code).toBe(code);
    expect(problem.params?.field).toBe(field);
  });

  it('accepts the coordinator’s first step', () => {
    expect(parseWorkshopFile(fileText((w) => (w.agreementAnswers['org-b'] = { 'aftale-1': { isIn: true, comment: '', firstStep: 'Ringe' } }))).ok).toBe(true);
  });
});

describe('an agreement’s coordinator must be one of its organisations', () => {
  const cases: [string, Edit, string][] = [
    ['an organisation of the workshop outside the agreement', (w) => (w.agreements[0].organisationIds = ['org-a']), 'org-b'],
    ['an organisation that is nowhere', (w) => (w.agreements[0].coordinatorId = 'org-x'), 'org-x'],
    ['an agreement without organisations', (w) => (w.agreements[0].organisationIds = []), 'org-b'],
  ];
  it.each(cases)('%s', (_, edit, coordinator) => {
    const problem = refusal(fileText(edit));
    expect(problem).toEqual({ code: 'file-coordinator-outside', params: { field: 'workshops[0].agreements[0].coordinatorId', id: coordinator } });
    expect(problemText('da', problem)).toBe(`Feltet workshops[0].agreements[0].coordinatorId gør ${coordinator} til tovholder for aftalen, men ${coordinator} er ikke en af aftalens organisationer.`);
  });

  it('accepts a coordinator that was later removed from the workshop (the app keeps it, so undo can restore it)', () => {
    expect(parseWorkshopFile(fileText((w) => w.organisations.splice(1, 1))).ok).toBe(true);
  });
});
