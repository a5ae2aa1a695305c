import { describe, expect, it } from 'vitest';
import type { ProblemCode } from '../domain/problem.ts';
import type { Result } from '../domain/result.ts';
import { blankWorkshop, type Workshop } from '../domain/workshop.ts';
import { problemText } from '../i18n/translate.ts';
import { withoutPlace } from './file-place.ts';
import { bootRepository, useFreshDevice, value } from '../../tests/support/state.ts';
import { readWorkshop } from '../state/workshop-layout.ts';
import { createRichWorkshop } from '../../tests/support/rich-workshop.ts';
import {
  checkFileSize,
  fieldPath,
  isCutOff,
  parseWorkshopFile,
  serializeWorkshopFile,
  FILE_MIGRATIONS,
  WORKSHOP_FILE_MAX_BYTES,
  WORKSHOP_FILE_VERSION,
  type WorkshopFile,
} from './workshop-file.ts';

const { track } = useFreshDevice();
const EXPORTED_AT = new Date('2026-11-22T14:00:00.000Z');
const copyTitle = (title: string) => `${title} (importeret)`;

function fileOf(workshops: Workshop[]): WorkshopFile {
  return JSON.parse(serializeWorkshopFile(workshops, EXPORTED_AT)) as WorkshopFile;
}

/** A valid file with one small workshop, changed by `change` (which may break it). */
function edited(change: (file: WorkshopFile & Record<string, unknown>, workshop: Workshop) => void): string {
  const workshop = blankWorkshop('ws-1', 'Møde');
  workshop.organisations = [
    { id: 'org-a', name: 'Café Nord', actorType: 'erhvervsdrivende', contact: '' },
    { id: 'org-b', name: 'Ældresagen', actorType: 'frivillige-organisationer', contact: '' },
  ];
  workshop.sections = { 'org-a': { placed: [{ valueId: 'oeget-faglighed', example: '' }], mostImportant: null }, 'org-b': { placed: [], mostImportant: null } };
  const file = fileOf([workshop]) as WorkshopFile & Record<string, unknown>;
  const [first] = file.workshops;
  if (!first) throw new Error('no workshop');
  change(file, first);
  return JSON.stringify(file);
}

function problemOf(result: Result<unknown>): { code: ProblemCode; params?: Record<string, string | number> } {
  if (result.ok) throw new Error('the file was accepted');
  // The technical problem (its place in words is tested in file-place.test.ts).
  return withoutPlace(result.problem);
}

describe('a workshop file', () => {
  it('round trips: export → read → import on another device → the same snapshot', async () => {
    const repository = await bootRepository(track);
    const original = await createRichWorkshop(repository);
    expect(Object.keys(original.cards)).toHaveLength(3);
    expect(original.warmUp.pieces.some((piece) => piece.isDropped)).toBe(true);
    // The tablets' answers travel too, and the coordinator's first step stands.
    expect(Object.values(original.agreementAnswers).filter((answers) => Object.keys(answers).length > 0)).toHaveLength(2);
    expect(original.agreements[0]?.firstStep).toBe('Finde en dato i december');

    const text = serializeWorkshopFile([original], EXPORTED_AT);
    const parsed = value(parseWorkshopFile(text));
    expect(parsed).toEqual([original]);

    globalThis.indexedDB = new (await import('fake-indexeddb')).IDBFactory();
    const other = await bootRepository(track);
    const [imported] = value(await other.importWorkshops(parsed, 'replace', copyTitle));
    expect(imported).toEqual({ id: original.id, title: original.setup.title });
    const session = track((await other.open(original.id)) ?? never());
    expect(readWorkshop(session.docs)).toEqual(original);
    expect(other.catalogue.get(original.id)?.organisationCount).toBe(3);
  });

  it('is labelled with its format, version and time of export', () => {
    const file = fileOf([blankWorkshop('ws-1', 'Møde')]);
    expect(file.format).toBe('vaerdispillet-workshop');
    expect(file.version).toBe(WORKSHOP_FILE_VERSION);
    expect(file.exportedAt).toBe('2026-11-22T14:00:00.000Z');
  });

  it('reads several workshops', () => {
    const text = serializeWorkshopFile([blankWorkshop('ws-1', 'Et'), blankWorkshop('ws-2', 'To')], EXPORTED_AT);
    expect(value(parseWorkshopFile(text)).map((workshop) => workshop.setup.title)).toEqual(['Et', 'To']);
  });

  it('keeps references the app itself keeps after a removal (so its own backups always read back)', () => {
    const text = edited((_, workshop) => {
      workshop.control.activeOrganisationId = 'removed-org';
      workshop.sections['org-a']?.placed.push({ valueId: 'egen-removed', example: '' });
    });
    expect(parseWorkshopFile(text).ok).toBe(true);
  });
});

describe('a bad workshop file is refused with what is wrong', () => {
  const cases: [string, () => string, ProblemCode, Record<string, string | number>?][] = [
    ['empty', () => '  \n', 'file-empty'],
    ['not JSON', () => 'Kære alle, her er referatet.', 'file-not-json'],
    ['a closing bracket too many', () => '{"format": 1}}', 'file-not-json'],
    ['cut off', () => edited(() => {}).slice(0, 200), 'file-truncated'],
    ['JSON but not ours', () => '{"name": "package"}', 'file-not-workshop'],
    ['a JSON array', () => '[1, 2]', 'file-not-workshop'],
    ['a version that is no number', () => edited((file) => Object.assign(file, { version: 'to' })), 'file-version-unknown', { version: '"to"' }],
    ['no version', () => edited((file) => Reflect.deleteProperty(file, 'version')), 'file-field-missing', { field: 'version' }],
    ['version 0', () => edited((file) => Object.assign(file, { version: 0 })), 'file-version-unknown'],
    ['from a newer version', () => edited((file) => Object.assign(file, { version: 7 })), 'file-newer-version', { version: 7, supported: WORKSHOP_FILE_VERSION }],
    ['no workshops', () => edited((file) => Object.assign(file, { workshops: [] })), 'file-no-workshops'],
    ['a field missing', () => edited((_, workshop) => Reflect.deleteProperty(workshop.setup, 'title')), 'file-field-missing', { field: 'workshops[0].setup.title' }],
    ['a field of the wrong type', () => edited((_, workshop) => Object.assign(workshop.setup, { hasWarmUp: 'ja' })), 'file-field-wrong-type', { field: 'workshops[0].setup.hasWarmUp' }],
    ['a title too long', () => edited((_, workshop) => Object.assign(workshop.setup, { title: 'x'.repeat(81) })), 'file-field-too-long', { field: 'workshops[0].setup.title', max: 80 }],
    ['an example too long', () => edited((_, workshop) => Object.assign(workshop.sections['org-a']?.placed[0] ?? {}, { example: 'ø'.repeat(281) })), 'file-field-too-long', { field: 'workshops[0].sections.org-a.placed[0].example', max: 280 }],
    ['an unknown phase', () => edited((_, workshop) => Object.assign(workshop.control, { phase: 'pause' })), 'file-field-invalid', { field: 'workshops[0].control.phase' }],
    ['an impossible date', () => edited((_, workshop) => Object.assign(workshop.setup, { date: '2026-02-30' })), 'file-field-invalid', { field: 'workshops[0].setup.date' }],
    ['an unknown actor type', () => edited((_, workshop) => Object.assign(workshop.organisations[0] ?? {}, { actorType: 'konge' })), 'file-field-invalid', { field: 'workshops[0].organisations[0].actorType' }],
    ['an id with a slash', () => edited((_, workshop) => Object.assign(workshop.organisations[0] ?? {}, { id: '../setup' })), 'file-field-invalid', { field: 'workshops[0].organisations[0].id' }],
    ['two organisations with one id', () => edited((_, workshop) => Object.assign(workshop.organisations[1] ?? {}, { id: 'org-a' })), 'file-duplicate-id', { field: 'workshops[0].organisations', id: 'org-a' }],
    ['two workshops with one id', () => edited((file, workshop) => file.workshops.push(workshop)), 'file-duplicate-id', { field: 'workshops', id: 'ws-1' }],
    ['a section of an unknown organisation', () => edited((_, workshop) => Object.assign(workshop.sections, { 'org-x': { placed: [], mostImportant: null } })), 'file-reference-broken', { field: 'workshops[0].sections.org-x', id: 'org-x' }],
    ['a most important mark on no placed piece', () => edited((_, workshop) => Object.assign(workshop.sections['org-b'] ?? {}, { mostImportant: 'oeget-faglighed' })), 'file-most-important-unplaced', { field: 'workshops[0].sections.org-b.mostImportant', value: 'oeget-faglighed' }],
    ['a link to an unknown organisation', () => edited((_, workshop) => workshop.links.push({ id: 'l1', fromId: 'org-a', toId: 'org-x', text: 'hjælpe', offerCardId: null })), 'file-reference-broken', { field: 'workshops[0].links[0].toId', id: 'org-x' }],
    ['an unknown collaboration form', () => edited((_, workshop) => workshop.agreements.push({ id: 'a1', what: 'Kaffe', organisationIds: ['org-a'], coordinatorId: 'org-a', firstStep: '', date: '', form: 'fusion' as 'samvirke', followUpDate: '', linkId: null, status: null, statusNote: '' })), 'file-field-invalid', { field: 'workshops[0].agreements[0].form' }],
    ['an unknown card kind', () => edited((_, workshop) => Object.assign(workshop.cards, { 'org-a': [{ id: 'k1', side: 'offer', text: 'Kaffe', kind: 'kage', valueId: null }] })), 'file-field-invalid', { field: 'workshops[0].cards.org-a[0].kind' }],
  ];

  it.each(cases)('%s', (_, text, code, params) => {
    const problem = problemOf(parseWorkshopFile(text()));
    expect(problem.code).toBe(code);
    if (params) expect(problem.params).toMatchObject(params);
    // The Danish text names the field or value that is wrong.
    const danish = problemText('da', problem);
    expect(danish).not.toMatch(/\{\w+\}/u);
    for (const param of Object.values(params ?? {})) expect(danish).toContain(String(param));
  });

  it('refuses a file over 20 MB before parsing it, fast', () => {
    const huge = `{"format":"vaerdispillet-workshop","version":1,"workshops":[${'0,'.repeat(WORKSHOP_FILE_MAX_BYTES / 2)}0]}`;
    const started = performance.now();
    expect(problemOf(parseWorkshopFile(huge)).code).toBe('file-too-big');
    expect(performance.now() - started).toBeLessThan(50);
    expect(problemOf(checkFileSize(50 * 1024 * 1024))).toEqual({ code: 'file-too-big', params: { size: 50, max: 20 } });
    expect(checkFileSize(1024).ok).toBe(true);
  });

  it('runs a migration for an older file version (the framework, with a made-up step)', () => {
    const text = edited((file) => {
      Object.assign(file, { version: 0 });
      Reflect.deleteProperty(file.workshops[0]?.setup ?? {}, 'facilitator');
    });
    const step = { from: 0, name: 'add-facilitator', migrate: (file: Record<string, unknown>) => {
      for (const workshop of file.workshops as Workshop[]) workshop.setup.facilitator = '';
    } };
    expect(parseWorkshopFile(text, [step, ...FILE_MIGRATIONS]).ok).toBe(true);
    expect(problemOf(parseWorkshopFile(text)).code).toBe('file-version-unknown');
  });

  it('1 → 2 (cards-shown-switch): a file from before the cards could be hidden reads with its cards shown', () => {
    const text = edited((file) => {
      Object.assign(file, { version: 1 });
      for (const workshop of file.workshops) Reflect.deleteProperty(workshop.control, 'areCardsShown');
    });
    const [workshop] = value(parseWorkshopFile(text));
    expect(workshop?.control.areCardsShown).toBe(true);
    // The same file at the current version lacks a field it must have.
    const current = edited((file) => {
      for (const workshop of file.workshops) Reflect.deleteProperty(workshop.control, 'areCardsShown');
    });
    expect(problemOf(parseWorkshopFile(current))).toEqual({ code: 'file-field-missing', params: { field: 'workshops[0].control.areCardsShown' } });
  });

  it('2 → 3 (agreement-answers): a file from before the tablets answered agreements reads with no answers', () => {
    const text = edited((file) => {
      Object.assign(file, { version: 2 });
      for (const workshop of file.workshops) Reflect.deleteProperty(workshop, 'agreementAnswers');
    });
    const [workshop] = value(parseWorkshopFile(text));
    expect(workshop?.agreementAnswers).toEqual({});
    // The same file at version 3 lacks a field it must have.
    const current = edited((file) => {
      for (const workshop of file.workshops) Reflect.deleteProperty(workshop, 'agreementAnswers');
    });
    expect(problemOf(parseWorkshopFile(current))).toEqual({ code: 'file-field-missing', params: { field: 'workshops[0].agreementAnswers' } });
  });
});

describe('3 → 4 (job-card-kind)', () => {
  const jobCard = { id: 'k1', side: 'offer' as const, text: 'Tre fritidsjob om året', kind: 'job' as const, valueId: null };

  it('reads a version-3 file as it is, and a version-4 file with a card for jobs', () => {
    const older = edited((file, workshop) => {
      Object.assign(file, { version: 3 });
      Object.assign(workshop.cards, { 'org-a': [{ ...jobCard, kind: 'lokaler' }] });
    });
    expect(value(parseWorkshopFile(older))[0]?.cards['org-a']).toEqual([{ ...jobCard, kind: 'lokaler' }]);
    const current = edited((_, workshop) => Object.assign(workshop.cards, { 'org-a': [jobCard] }));
    expect(JSON.parse(current)).toMatchObject({ version: WORKSHOP_FILE_VERSION });
    expect(value(parseWorkshopFile(current))[0]?.cards['org-a']).toEqual([jobCard]);
  });
});

describe('5 → 6 (meeting-links)', () => {
  it('reads a version-5 file as linked to no other meeting, and a version-6 file with its links', () => {
    const older = edited((file, workshop) => {
      Object.assign(file, { version: 5 });
      for (const key of ['previousId', 'previousTitle', 'nextId', 'nextTitle']) Reflect.deleteProperty(workshop.setup, key);
    });
    expect(value(parseWorkshopFile(older))[0]?.setup).toMatchObject({ previousId: '', previousTitle: '', nextId: '', nextTitle: '' });
    const linked = edited((_, workshop) => Object.assign(workshop.setup, { previousId: 'w-old', previousTitle: 'Netværksmøde, marts' }));
    expect(value(parseWorkshopFile(linked))[0]?.setup).toMatchObject({ previousId: 'w-old', previousTitle: 'Netværksmøde, marts', nextId: '' });
    // At the current version the fields must be there, and an id must be one.
    const missing = edited((_, workshop) => Reflect.deleteProperty(workshop.setup, 'nextId'));
    expect(problemOf(parseWorkshopFile(missing))).toEqual({ code: 'file-field-missing', params: { field: 'workshops[0].setup.nextId' } });
    const badId = edited((_, workshop) => Object.assign(workshop.setup, { nextId: 'no/id' }));
    expect(problemOf(parseWorkshopFile(badId)).code).toBe('file-field-invalid');
  });
});

describe('2 → 3 (link-proposals)', () => {
  it('reads a file from before tablets proposed links with no proposals, and its links as made on the facilitator\'s screen', () => {
    const text = edited((file, workshop) => {
      Object.assign(file, { version: 2 });
      workshop.links.push({ id: 'l1', fromId: 'org-a', toId: 'org-b', text: 'hjælpe', offerCardId: null });
      Reflect.deleteProperty(workshop, 'linkProposals');
    });
    const [workshop] = value(parseWorkshopFile(text));
    expect(workshop?.linkProposals).toEqual([]);
    expect(workshop?.links).toEqual([{ id: 'l1', fromId: 'org-a', toId: 'org-b', text: 'hjælpe', offerCardId: null }]);
    // At the current version the list must be there.
    const current = edited((_, workshop) => Reflect.deleteProperty(workshop, 'linkProposals'));
    expect(problemOf(parseWorkshopFile(current))).toEqual({ code: 'file-field-missing', params: { field: 'workshops[0].linkProposals' } });
  });

  const proposal = { id: 'p1', fromId: 'org-a', toId: 'org-b', text: 'hjælpe', offerCardId: null, proposedBy: 'org-a', answer: 'open' as const };
  it.each<[string, (workshop: Workshop) => void, ProblemCode, Record<string, string>]>([
    ['a proposal to an unknown organisation', (workshop) => workshop.linkProposals.push({ ...proposal, toId: 'org-x' }), 'file-reference-broken', { field: 'workshops[0].linkProposals[0].toId' }],
    ['a proposal whose proposer is not one of its ends', (workshop) => workshop.organisations.push({ id: 'org-c', name: 'Kirken', actorType: 'andre-aktoerer', contact: '' }) && workshop.linkProposals.push({ ...proposal, proposedBy: 'org-c' }), 'file-reference-broken', { field: 'workshops[0].linkProposals[0].proposedBy' }],
    ['a link whose proposer is not one of its ends', (workshop) => workshop.organisations.push({ id: 'org-c', name: 'Kirken', actorType: 'andre-aktoerer', contact: '' }) && workshop.links.push({ ...proposal, proposedBy: 'org-c', answer: undefined } as never), 'file-reference-broken', { field: 'workshops[0].links[0].proposedBy' }],
    ['a proposal with the id of a link', (workshop) => workshop.links.push({ id: 'p1', fromId: 'org-b', toId: 'org-a', text: 'x', offerCardId: null }) && workshop.linkProposals.push(proposal), 'file-duplicate-id', { field: 'workshops[0].links', id: 'p1' }],
    ['an answer that is not one', (workshop) => workshop.linkProposals.push({ ...proposal, answer: 'accepted' as 'open' }), 'file-field-invalid', { field: 'workshops[0].linkProposals[0].answer' }],
  ])('refuses %s', (_, change, code, params) => {
    const problem = problemOf(parseWorkshopFile(edited((_file, workshop) => change(workshop))));
    expect(problem.code).toBe(code);
    expect(problem.params).toMatchObject(params);
  });
});

describe('helpers', () => {
  it.each([
    ['{"a": [1, 2', true],
    ['{"a": "unfinished', true],
    ['{"a": "}"', true],
    ['{"a": 1}', false],
    ['{"a": 1}]', false],
    ['hello', false],
  ] as const)('isCutOff(%s) is %s', (text, expected) => {
    expect(isCutOff(text)).toBe(expected);
  });

  it('writes field paths as a reader would', () => {
    expect(fieldPath(['workshops', 0, 'organisations', 2, 'name'])).toBe('workshops[0].organisations[2].name');
  });
});

function never(): never {
  throw new Error('expected a value');
}
