import { describe, expect, it } from 'vitest';
import { blankWorkshop, type Workshop } from '../domain/workshop.ts';
import { problemDetail, problemText } from '../i18n/translate.ts';
import { pathKeys, placeOf } from './file-place.ts';
import { parseWorkshopFile, serializeWorkshopFile } from './workshop-file.ts';

/*
 * A refused file is explained in words a facilitator knows: what is wrong and where ("Organisation 3
 * (Netto) mangler en aktørtype."); the technical path is only the detail.
 */

type Edit = (workshop: Record<string, any>, file: Record<string, any>) => void;

function fileText(edit: Edit, workshops = 1): string {
  const workshop: Workshop = {
    ...blankWorkshop('ws-1', 'Netværksmøde', 5),
    organisations: [
      { id: 'org-a', name: 'Café Nord', actorType: 'erhvervsdrivende', contact: '' },
      { id: 'org-b', name: 'Ældresagen', actorType: 'frivillige-organisationer', contact: '' },
      { id: 'org-c', name: 'Netto', actorType: 'erhvervsdrivende', contact: '' },
    ],
    sections: { 'org-a': { placed: [{ valueId: 'oeget-faglighed', example: '' }], mostImportant: null }, 'org-b': { placed: [], mostImportant: null } },
    cards: { 'org-a': [{ id: 'kort-1', side: 'offer', text: 'Lokaler', kind: 'lokaler', valueId: null }] },
    agreements: [{ id: 'aftale-1', what: 'Kaffemik', organisationIds: ['org-a', 'org-b'], coordinatorId: 'org-b', firstStep: '', date: '', form: 'samvirke', followUpDate: '', linkId: null, status: null, statusNote: '' }],
  };
  const list = Array.from({ length: workshops }, (_, index) => ({ ...workshop, id: `ws-${index + 1}`, setup: { ...workshop.setup, title: `Møde ${index + 1}` } }));
  const file = JSON.parse(serializeWorkshopFile(list, new Date('2026-11-22T14:00:00Z'))) as { workshops: Record<string, any>[] };
  const last = file.workshops[file.workshops.length - 1];
  if (!last) throw new Error('no workshop');
  edit(last, file);
  return JSON.stringify(file);
}

const CASES: [string, Edit, string, string, string][] = [
  [
    'an organisation without an actor type',
    (w) => delete w.organisations[2].actorType,
    'Organisation 3 (Netto) mangler en aktørtype.',
    'Organisation 3 (Netto) is missing an actor type.',
    'workshops[0].organisations[2].actorType',
  ],
  [
    'an organisation with an actor type the app does not know',
    (w) => (w.organisations[0].actorType = 'banker'),
    'Organisation 1 (Café Nord): aktørtypen i filen kan appen ikke bruge.',
    'Organisation 1 (Café Nord): the app cannot use the actor type in the file.',
    'workshops[0].organisations[0].actorType',
  ],
  [
    'a ★ on a value that is not placed',
    (w) => (w.sections['org-b'].mostImportant = 'oeget-faglighed'),
    'Feltet på spillepladen for Ældresagen: ★ (det vigtigste) står på værdien »Øget faglighed«, men den værdi er ikke lagt i feltet.',
    'The section on the board for Ældresagen: the ★ (most important) is on the value "Stronger expertise", but that value is not placed in the section.',
    'workshops[0].sections.org-b.mostImportant',
  ],
  [
    'an example that is too long',
    (w) => (w.sections['org-a'].placed[0].example = 'x'.repeat(5000)),
    'Brik 1 i feltet for Café Nord: eksemplet er længere end de 280 tegn, appen tillader.',
    'Piece 1 in the section for Café Nord: the example is longer than the 280 characters the app allows.',
    'workshops[0].sections.org-a.placed[0].example',
  ],
  [
    'a card of an organisation that is not in the workshop',
    (w) => (w.cards['org-x'] = []),
    'Kortene fra en ukendt organisation: org-x findes ikke i workshoppen.',
    'The cards from an unknown organisation: org-x is not in the workshop.',
    'workshops[0].cards.org-x',
  ],
  [
    'two organisations with the same id',
    (w) => (w.organisations[1].id = 'org-a'),
    'Listen over organisationer: to har samme id (org-a). Hvert id må kun stå én gang.',
    'The list of organisations: two have the same id (org-a). Each id may appear only once.',
    'workshops[0].organisations',
  ],
  [
    'an agreement whose coordinator is not in it',
    (w) => (w.agreements[0].coordinatorId = 'org-c'),
    'Aftale 1 (Kaffemik): tovholderen er ikke en af aftalens organisationer.',
    'Agreement 1 (Kaffemik): the coordinator is not one of the agreement’s organisations.',
    'workshops[0].agreements[0].coordinatorId',
  ],
  [
    'a workshop without a title',
    (w) => delete w.setup.title,
    'Workshoppens oplysninger mangler en titel.',
    'The workshop’s setup is missing a title.',
    'workshops[0].setup.title',
  ],
  [
    'a file without a version',
    (_, file) => delete file.version,
    'Filen mangler et versionsnummer.',
    'The file is missing a version number.',
    'version',
  ],
  [
    'an unknown field name is named as the file has it',
    (w) => delete w.control.areCardsShown,
    'Workshoppens styring (fase og visning) mangler feltet »areCardsShown«.',
    'The workshop’s control (phase and display) is missing the field "areCardsShown".',
    'workshops[0].control.areCardsShown',
  ],
];

describe('a refused file says what is wrong and where, in words', () => {
  it.each(CASES)('%s', (_, edit, danish, english, path) => {
    const result = parseWorkshopFile(fileText(edit));
    if (result.ok) throw new Error('the file was accepted');
    expect(problemText('da', result.problem)).toBe(danish);
    expect(problemText('en', result.problem)).toBe(english);
    // The path is not in the sentence, only in the detail.
    if (/[.[]/u.test(path)) expect(problemText('da', result.problem)).not.toContain(path);
    expect(problemDetail('da', result.problem)).toContain(path);
  });

  it('names the workshop when the file holds several', () => {
    const result = parseWorkshopFile(fileText((w) => delete w.organisations[2].actorType, 2));
    if (result.ok) throw new Error('the file was accepted');
    expect(problemText('da', result.problem)).toBe('Workshop 2 i filen (Møde 2), organisation 3 (Netto) mangler en aktørtype.');
  });

  it('a ★ on an unplaced piece is not reported as a value that does not exist', () => {
    const result = parseWorkshopFile(fileText((w) => (w.sections['org-b'].mostImportant = 'oeget-faglighed')));
    if (result.ok) throw new Error('the file was accepted');
    expect(result.problem.code).toBe('file-most-important-unplaced');
    expect(problemText('da', result.problem)).not.toMatch(/findes ikke|ikke findes/u);
  });
});

describe('placeOf', () => {
  it.each([
    ['workshops[0].sections.org-a.placed[2].example', 'placedPiece', 3, 'Café Nord'],
    ['workshops[0].cards.org-a[0].kind', 'card', 1, 'Café Nord'],
    ['workshops[0].agreements[0].what', 'agreement', 1, undefined],
    ['workshops[0].links[4].fromId', 'link', 5, undefined],
    ['exportedAt', 'file', undefined, undefined],
  ] as const)('%s → %s %s %s', (path, kind, number, owner) => {
    const root = JSON.parse(fileText(() => {}));
    const place = placeOf(root, pathKeys(path));
    expect(place.kind).toBe(kind);
    expect(place.number).toBe(number);
    expect(place.owner).toBe(owner);
  });
});
