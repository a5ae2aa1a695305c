import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { blankWorkshop, type Workshop } from '../domain/workshop.ts';
import { buildPrint } from './build-print.ts';
import { printFileName, type PrintRequest } from './print-request.ts';
import { loadNodeFonts } from './node-fonts.ts';
import { extractText, normaliseText, pageCount, pdfInfo, qpdfCheck, renderedPages, savePdf } from '../../tests/support/pdf-checks.ts';
import { exampleText, HARD_NAMES, hardNamesWorkshop, largeWorkshop } from '../../tests/support/print-fixtures.ts';
import type { PrintFonts } from './print-fonts.ts';
import { MISSING_GLYPH } from './printable-text.ts';

/**
 * Every printable built in Node and checked with the tools a reader's machine uses: poppler's
 * pdftotext (all text extractable, Danish letters intact), qpdf --check, pdfinfo (pages, metadata)
 * and pdftoppm (every page renders).
 */

let fonts: PrintFonts;
beforeAll(() => {
  fonts = loadNodeFonts();
});

function build(workshop: Workshop, request: PrintRequest, language: 'da' | 'en' = 'da'): string {
  return savePdf(buildPrint(workshop, request, { fonts, language }), request.kind);
}

/** A file that is a valid PDF, passes qpdf, and renders as many pages as it has. */
function expectSoundPdf(file: string, pages: number): void {
  expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors');
  expect(pageCount(file)).toBe(pages);
  expect(renderedPages(file)).toBe(pages);
}

/** Every page has its footer: "Side n af N" once, with the workshop's title. */
function expectFooters(file: string, title: string, pages: number): void {
  for (let page = 1; page <= pages; page++) {
    const text = extractText(file, { first: page, last: page });
    expect(text).toContain(`Side ${page} af ${pages}`);
    expect(text).toContain(normaliseText(title));
  }
}

/** The puzzle is on one page: the only page with its note has every organisation's name and every value's. */
function expectWholeBoard(file: string, workshop: Workshop, pages: number): void {
  const texts = Array.from({ length: pages }, (_, index) => extractText(file, { first: index + 1, last: index + 1 }));
  const boardPages = texts.filter((text) => text.includes('Brikkerne, som de lå på spillepladen'));
  expect(boardPages).toHaveLength(1);
  const [page = ''] = boardPages;
  // The board's page starts with it: nothing of the participants above it, nothing of the values after it.
  expect(page.indexOf('Puslespillet')).toBe(0);
  expect(page).not.toContain('Organisationernes værdier og eksempler');
  for (const organisation of workshop.organisations) expect(page).toContain(normaliseText(organisation.name));
}

describe('the session summary', () => {
  it('prints every example of 30 organisations × 10 values × 280 characters, pages broken cleanly', () => {
    const workshop = largeWorkshop(30, 10);
    const file = build(workshop, { kind: 'summary' });
    const pages = pageCount(file);
    expect(pages).toBeGreaterThan(20);
    expectSoundPdf(file, pages);
    const text = extractText(file);
    for (let organisation = 0; organisation < 30; organisation++) {
      for (let value = 0; value < 10; value++) {
        const example = exampleText(organisation, value);
        expect(example).toHaveLength(280);
        expect(text).toContain(normaliseText(example));
      }
    }
    expect(text).toContain('Æblehavens Børnehus 30 – Østerbro');
    expect(text).toContain('Egen værdi nr. 5: trivsel og tryghed');
    expectFooters(file, workshop.setup.title, pages);
    expectWholeBoard(file, workshop, pages);
  }, 60_000);

  it('keeps the puzzle of 15 organisations × 5 values whole on one page', () => {
    const workshop = largeWorkshop(15, 5);
    const file = build(workshop, { kind: 'summary' });
    expectWholeBoard(file, workshop, pageCount(file));
  });

  it('has the facts, participants, shared values, links, agreements and follow-up date, in Danish', () => {
    const workshop = largeWorkshop(3, 5);
    const file = build(workshop, { kind: 'summary' });
    const text = extractText(file);
    for (const expected of [
      'Netværksmøde i Nørreparken — værdier på tværs',
      'Fælles lektiecafé og sommerfest i Ålholm',
      '22. november 2026',
      'Beboerhuset, Ærøgade 7',
      'Søren Kjærgård',
      'Deltagere efter aktørtype',
      'Beboerdrevne foreninger (1)',
      'kontakt: Åse Møller 1',
      'Puslespillet',
      'Fælles værdier',
      '3 organisationer: Æblehavens Børnehus 1 – Østerbro, Æblehavens Børnehus 2 – Østerbro, Æblehavens Børnehus 3 – Østerbro',
      'Pointer fra dialogen',
      'Gør hinanden stærkere',
      'Æblehavens Børnehus 2 – Østerbro Det kan vi bidrage med • Vi låner vores værksted ud (2) (Lokaler og udstyr, Bredere målgruppe) Det vil vi gerne styrkes i • Vi søger frivillige til lektiecaféen (2) (Frivillige eller tid)',
      'Æblehavens Børnehus 1 – Østerbro styrker Æblehavens Børnehus 2 – Østerbro ved at låne vores køkken ud hver tirsdag (forbindelse 1)',
      'Fælles madklub nr. 1 i kælderen under blok Æ',
      'Tovholder: Æblehavens Børnehus 2 – Østerbro',
      'Første skridt: Søren ringer til varmemesteren om nøglen',
      'Samarbejdsform: Videndele',
      'Opfølgning: 15. februar 2027',
    ]) {
      expect(text).toContain(normaliseText(expected));
    }
    expectSoundPdf(file, pageCount(file));
  });

  it('carries its metadata: title, author, Danish as its language', () => {
    const workshop = largeWorkshop(2, 5);
    const file = build(workshop, { kind: 'summary' });
    const info = pdfInfo(file);
    expect(info.Title).toBe('Referat: Netværksmøde i Nørreparken — værdier på tværs');
    expect(info.Author).toBe('Søren Kjærgård');
    expect(info.Creator).toBe('Værdispillet');
    expect(readFileSync(file, 'latin1')).toContain('/Lang (da)');
  });

  it('embeds only the glyphs it uses: far smaller than the two fonts', () => {
    const bytes = buildPrint(largeWorkshop(15, 5), { kind: 'summary' }, { fonts, language: 'da' });
    expect(bytes.length).toBeLessThan(600 * 1024);
    expect(bytes.length).toBeLessThan((fonts.regular.length + fonts.bold.length) / 4);
  });

  it('prints emoji as emoji, right-to-left names readable and HTML as text', () => {
    const workshop = hardNamesWorkshop();
    const file = build(workshop, { kind: 'summary' });
    expectSoundPdf(file, pageCount(file));
    const text = extractText(file);
    expect(text).not.toContain(MISSING_GLYPH);
    // A flag prints as its two letters, but reads back as the flag that was typed.
    expect(text).toContain(HARD_NAMES.emoji);
    expect(text).toContain('Vi 🤝 deler køkken');
    expect(text).toContain(normaliseText(HARD_NAMES.html));
    expect(text).toContain('Køkkenet <deles>');
    expect(text).toContain('Hygge 🎉 &amp;');
    for (const word of ['שלום', 'Beboerforening', 'جمعية', 'الحي', 'المطبخ']) expect(text).toContain(word);
  });

  it('keeps a right-to-left name with an emoji in it in order', () => {
    const workshop = hardNamesWorkshop();
    workshop.organisations = workshop.organisations.map((organisation) => (organisation.id === 'b' ? { ...organisation, name: 'جمعية 🍰 الحي' } : organisation));
    const text = extractText(build(workshop, { kind: 'agreements' }));
    expect(text).toContain('Tovholder: جمعية 🍰 الحي');
  });

  it.each([
    ['summary', { kind: 'summary' }],
    ['pieces', { kind: 'pieces', target: { kind: 'organisation', organisationId: 'a' } }],
    ['agreements', { kind: 'agreements' }],
  ] as const)('prints a name with an emoji whole in the %s, with the emoji font embedded only then', (_kind, request) => {
    const workshop = hardNamesWorkshop();
    workshop.organisations = workshop.organisations.map((organisation) => (organisation.id === 'a' ? { ...organisation, name: 'Café «Ø» & Co. 🍰' } : organisation));
    const file = build(workshop, request);
    expect(extractText(file)).toContain('Café «Ø» & Co. 🍰');
    expect(readFileSync(file, 'latin1')).toContain('/BaseFont /NotoEmoji');
    const plain = build(largeWorkshop(2, 5), request);
    expect(readFileSync(plain, 'latin1')).not.toContain('NotoEmoji');
  });

  it('prints an emoji as a visible box when there is no emoji font', () => {
    const file = savePdf(buildPrint(hardNamesWorkshop(), { kind: 'summary' }, { fonts: { regular: fonts.regular, bold: fonts.bold }, language: 'da' }));
    const text = extractText(file);
    expect(text).toContain(`Café Fællesskab ${MISSING_GLYPH}${MISSING_GLYPH}`);
    expect(text).toContain(`Vi ${MISSING_GLYPH} deler køkken`);
  });

  it('says plainly what is missing when optional fields are empty', () => {
    const workshop = blankWorkshop('tom', 'Tom workshop');
    const file = build(workshop, { kind: 'summary' });
    expectSoundPdf(file, 1);
    const text = extractText(file);
    expect(text).toContain('Initiativ Ikke angivet');
    expect(text).toContain('Der er ingen organisationer med i workshoppen.');
    expect(text).toContain('Der er ikke lavet nogen aftaler.');
    expect(text).toContain('Side 1 af 1');
    expect(text).toContain('Tom workshop · uden dato');
  });

  it('is printed in English when asked', () => {
    const file = build(largeWorkshop(2, 5), { kind: 'summary' }, 'en');
    const text = extractText(file);
    expect(text).toContain('Participants by actor type');
    expect(text).toContain('22 November 2026');
    expect(readFileSync(file, 'latin1')).toContain('/Lang (en-GB)');
  });
});

describe('the sunshine model', () => {
  it.each(['a4', 'a3'] as const)('filled on %s: the sun, then every example by value', (paper) => {
    const workshop = largeWorkshop(4, 7);
    const file = build(workshop, { kind: 'sun', paper });
    const pages = pageCount(file);
    expectSoundPdf(file, pages);
    const info = pdfInfo(file);
    expect(info['Page size']).toContain(paper === 'a4' ? '(A4)' : '(A3)');
    const text = extractText(file);
    expect(text).toContain('Værdi ved at samarbejde');
    expect(text).toContain('4 eksempler');
    expect(text).toContain('Egne værdier');
    for (let organisation = 0; organisation < 4; organisation++) {
      for (let value = 0; value < 7; value++) expect(text).toContain(normaliseText(exampleText(organisation, value)));
    }
  });

  it('blank on A4: the sun on the front, values and questions on the back', () => {
    const file = build(blankWorkshop('x', 'Ikke med'), { kind: 'sun-blank', paper: 'a4' });
    expectSoundPdf(file, 2);
    const front = extractText(file, { first: 1, last: 1 });
    expect(front).toContain('Bredere målgruppe');
    expect(front).toContain('Større socialt ansvar');
    expect(front).not.toContain('Ikke med');
    expect(extractText(file, { first: 2, last: 2 })).toContain('Hvad står ubrugt hos jer, som andre kunne låne?');
  });

  it('blank on A3: one poster with the sun, and every value with its questions under it', () => {
    const file = build(blankWorkshop('x', 'Ikke med'), { kind: 'sun-blank', paper: 'a3' });
    expectSoundPdf(file, 1);
    expect(pdfInfo(file)['Page size']).toContain('(A3)');
    const sheet = extractText(file);
    expect(sheet).toContain('Værdi ved at samarbejde');
    expect(sheet).toContain('Hvad står ubrugt hos jer, som andre kunne låne?');
    expect(sheet.match(/Stærkere samarbejdsgrundlag/gu)?.length).toBeGreaterThanOrEqual(1);
    expect(sheet).not.toContain('Ikke med');
  });

  it('filled on A3: the examples start on the same sheet as the sun, in columns', () => {
    const workshop = largeWorkshop(4, 7);
    const file = build(workshop, { kind: 'sun', paper: 'a3' });
    const sheet = extractText(file, { first: 1, last: 1 });
    expect(sheet).toContain('Eksempler fra workshoppen');
    // Three columns: the first values' examples, and a value further on, are all on the sheet with the sun.
    for (const [organisation, value] of [[0, 0], [3, 0], [0, 1], [1, 1]] as const) expect(sheet).toContain(normaliseText(exampleText(organisation, value)));
    // A workshop with short examples has everything on the one sheet.
    const short = build(largeWorkshop(5, 5, 60), { kind: 'sun', paper: 'a3' });
    expectSoundPdf(short, 1);
  });

  it('greys out and counts nothing for a value switched off', () => {
    const workshop = largeWorkshop(2, 3);
    const text = extractText(build(workshop, { kind: 'sun', paper: 'a4' }));
    expect(text.match(/2 eksempler/gu)).toHaveLength(3);
  });
});

describe('puzzle pieces to cut out', () => {
  it('prints every organisation its own pieces, six to a page, custom values included', () => {
    const workshop = largeWorkshop(3, 7);
    const file = build(workshop, { kind: 'pieces', target: { kind: 'all' } });
    // 7 pieces each: two pages per organisation.
    expectSoundPdf(file, 6);
    const second = extractText(file, { first: 3, last: 3 });
    expect(second).toContain('Brikker til Æblehavens Børnehus 2 – Østerbro');
    expect(second).toContain('Bredere målgruppe');
    const text = extractText(file);
    expect(text).toContain('Egen værdi nr. 2: trivsel og tryghed');
  });

  it('prints one organisation, or a blank set without names', () => {
    const workshop = hardNamesWorkshop();
    const one = build(workshop, { kind: 'pieces', target: { kind: 'organisation', organisationId: 'c' } });
    expectSoundPdf(one, 1);
    expect(extractText(one)).toContain(normaliseText(`Brikker til ${HARD_NAMES.html}`));
    const blank = build(workshop, { kind: 'pieces', target: { kind: 'blank' } });
    expectSoundPdf(blank, 1);
    const text = extractText(blank);
    expect(text).toContain('Blanke brikker');
    expect(text).toContain('Hygge 🎉 &amp;');
    expect(text).not.toContain('Café');
  });
});

/** How light a page is printed: its mean grey from 0 (black) to 1 (white), rendered by pdftoppm. */
function pageLightness(file: string, page: number): number {
  const image = execFileSync('pdftoppm', ['-gray', '-r', '20', '-f', String(page), '-l', String(page), file]);
  // A binary PGM: "P5", width, height, maximum, then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/u.exec(image.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm gave no PGM');
  const pixels = image.subarray(header[0].length);
  return pixels.reduce((sum, value) => sum + value, 0) / pixels.length / Number(header[3]);
}

describe('blank pieces to write on', () => {
  it('are light, with a line for the organisation and lines for an example on each piece', () => {
    const workshop = largeWorkshop(2, 7);
    const file = build(workshop, { kind: 'pieces', target: { kind: 'blank' } });
    expectSoundPdf(file, 2);
    const first = extractText(file, { first: 1, last: 1 });
    expect(first.match(/Organisation/gu)).toHaveLength(6);
    expect(first.match(/Eksempel/gu)).toHaveLength(6);
    expect(first).toContain('Alle sæt passer sammen');
    // Mostly paper: pale pieces, thin lines (pieces in full colour come to about 0.83).
    expect(pageLightness(file, 1)).toBeGreaterThan(0.9);
  });

  it('print an organisation in place of the line to write it on, in English too', () => {
    const workshop = largeWorkshop(2, 5);
    const [first] = workshop.organisations;
    if (!first) throw new Error('fixture has organisations');
    const text = extractText(build(workshop, { kind: 'pieces', target: { kind: 'organisation', organisationId: first.id } }, 'en'));
    expect(text).toContain('Organisation');
    expect(text.match(/Example/gu)).toHaveLength(5);
    expect(text.split(normaliseText(first.name)).length - 1).toBeGreaterThanOrEqual(5);
  });
});

describe('puzzle pieces from the warm-up and without organisations', () => {
  it('includes the warm-up pieces in play and leaves out the dropped ones', () => {
    const workshop = largeWorkshop(1, 5);
    workshop.setup = { ...workshop.setup, hasWarmUp: true };
    workshop.warmUp = {
      answers: {},
      pieces: [
        { id: 'opv-1', name: 'Naboskab på trappen', colour: '#115e59', proposedBy: [], answerIds: [], isDropped: false },
        { id: 'opv-2', name: 'Udeladt brik', colour: '#9d174d', proposedBy: [], answerIds: [], isDropped: true },
      ],
    };
    const text = extractText(build(workshop, { kind: 'pieces', target: { kind: 'all' } }));
    expect(text).toContain('Naboskab på trappen');
    expect(text).not.toContain('Udeladt brik');
  });

  it('prints a blank set when the workshop has no organisations yet', () => {
    const file = build(blankWorkshop('x', 'Tom'), { kind: 'pieces', target: { kind: 'all' } });
    expectSoundPdf(file, 1);
    expect(extractText(file)).toContain('Blanke brikker');
  });
});

describe('the agreements list', () => {
  it('lists every agreement with its organisations, coordinator, form and dates on one page', () => {
    const workshop = largeWorkshop(8, 5);
    const [first, second] = workshop.organisations;
    if (!first || !second) throw new Error('fixture has organisations');
    workshop.agreementAnswers = { [first.id]: { 'aftale-0': { isIn: true, comment: '', firstStep: null } }, [second.id]: { 'aftale-0': { isIn: true, comment: '', firstStep: null } } };
    const file = build(workshop, { kind: 'agreements' });
    expectSoundPdf(file, 1);
    const text = extractText(file);
    for (let index = 1; index <= 7; index++) expect(text).toContain(`Fælles madklub nr. ${index} i kælderen under blok Æ`);
    expect(normaliseText(text)).toContain(normaliseText(`Har sagt "Vi er med": ${first.name}, ${second.name}`));
    expect(text).toContain('Samarbejdsform: Samskabe');
    expect(text).toContain('Dato: 1. december 2026');
  });

  it('prints an empty list plainly, with status and empty dates', () => {
    const workshop = hardNamesWorkshop();
    const file = build(workshop, { kind: 'agreements' });
    expectSoundPdf(file, 1);
    const text = extractText(file);
    expect(text).toContain('Dato: Ikke angivet');
    // The coordinator's name mixes Arabic, Hebrew and Latin: all three scripts are there.
    expect(text).toMatch(/Tovholder: جمعية الحي שלום ?Beboerforening/u);
    const none = extractText(build(blankWorkshop('x', 'Ingen aftaler'), { kind: 'agreements' }));
    expect(none).toContain('Der er ikke lavet nogen aftaler.');
  });
});

describe("one organisation's own page", () => {
  it('holds its values and examples, its cards, and the links and agreements it is part of, nothing of the others', () => {
    const workshop = largeWorkshop(4, 5);
    const [first, second, third] = workshop.organisations;
    if (!first || !second || !third) throw new Error('three organisations expected');
    const file = build(workshop, { kind: 'organisation', organisationId: second.id });
    expectSoundPdf(file, pageCount(file));
    expectFooters(file, workshop.setup.title, pageCount(file));
    const text = extractText(file);
    expect(text).toContain(normaliseText(second.name));
    expect(text).toContain('Det, samarbejdet giver os');
    for (let value = 0; value < 5; value++) {
      expect(text).toContain(normaliseText(exampleText(1, value)));
      expect(text).not.toContain(normaliseText(exampleText(0, value)));
      expect(text).not.toContain(normaliseText(exampleText(2, value)));
    }
    for (const card of workshop.cards[second.id] ?? []) expect(text).toContain(normaliseText(card.text));
    for (const card of [...(workshop.cards[first.id] ?? []), ...(workshop.cards[third.id] ?? [])]) expect(text).not.toContain(normaliseText(card.text));
    const links = workshop.links.filter((link) => link.fromId === second.id || link.toId === second.id);
    const agreements = workshop.agreements.filter((agreement) => agreement.organisationIds.includes(second.id));
    const others = workshop.agreements.filter((agreement) => !agreement.organisationIds.includes(second.id));
    // The fixture has some of each, so the page is tested with something in it, and something left out.
    expect([links.length > 0, agreements.length > 0, others.length > 0]).toEqual([true, true, true]);
    for (const link of links) expect(text).toContain(normaliseText(link.text));
    for (const agreement of agreements) expect(text).toContain(normaliseText(agreement.what));
    for (const agreement of others) expect(text).not.toContain(normaliseText(agreement.what));
  });
});

describe('the facilitator’s guide', () => {
  it('has the facts, the agenda adding up to the meeting, the checklist and every phase’s script, in Danish', () => {
    const workshop = largeWorkshop(8, 5);
    workshop.setup = { ...workshop.setup, hasWarmUp: true, place: 'Beboerhuset på Åløkkevej', facilitator: 'Søren Ærø' };
    const file = build(workshop, { kind: 'guide', preparation: { meetingMinutes: 150, startTime: '13:00', checked: ['room'] } });
    // Facts, agenda and organisations, then each phase from a new page (eight with the warm-up).
    const pages = pageCount(file);
    expect(pages).toBeGreaterThanOrEqual(9);
    expectSoundPdf(file, pages);
    expectFooters(file, workshop.setup.title, pages);
    const first = extractText(file, { first: 1, last: 1 });
    expect(first).toContain('Facilitatorguide');
    expect(first).toContain('Beboerhuset på Åløkkevej');
    expect(first).toContain('Organisationer (8)');
    expect(first).toMatch(/13:00–13:10\s+Solskinsmodellen\s+10 min\./u);
    expect(first).toMatch(/Pause\s+10 min\./u);
    expect(first).toMatch(/Opsamling\s+10 min\.\s+150 min\./u);
    const before = extractText(file, { first: 2, last: 2 });
    expect(before).toContain('Før mødet: Forberedelse');
    expect(before).toContain('Tabletter ladet op');
    expect(extractText(file, { first: 3, last: 3 })).toContain('1. Solskinsmodellen · 10 min. (13:00–13:10)');
    const text = normaliseText(extractText(file));
    for (const phase of ['Solskinsmodellen', 'Opvarmning', 'Værdispillet', 'Det fælles billede', 'Gør hinanden stærkere', 'Aftaler', 'Opsamling']) {
      expect(text).toContain(phase);
    }
    expect(text).toContain('Det kan du sige');
    expect(text).toContain('Hold øje med');
    expect(text).toContain(normaliseText('Kilde: CFBU: Få flere på banen (2019)'));
    expect(text).toContain(normaliseText('Boligsocialnet: Bag facaderne'));
    // Help for a stuck group on paper too: an example per value, and per collaboration form.
    expect(text).toContain(normaliseText('Bredere målgruppe: Sundhedsplejen rykker ind i beboerhuset'));
    expect(text).toContain(normaliseText('Samskabe: En ny idrætsklub på tværs af kvarterer'));
    expect(text).toContain(normaliseText('1. Videndele: Vi fortæller hinanden om det, vi hver især laver.'));
    // For the follow-up meeting: each rung of the ladder and what builds the trust for the next.
    expect(text).toContain(normaliseText('Trin 1 af 5 på samarbejdsstigen: Videndele'));
    expect(text).toContain(normaliseText('Trin 5 af 5 på samarbejdsstigen: Samskabe'));
  });

  it('says in print when the meeting is too short, and leaves out the warm-up when it is off', () => {
    const workshop = largeWorkshop(15, 5);
    const file = build(workshop, { kind: 'guide', preparation: { meetingMinutes: 45, startTime: '', checked: [] } });
    expectSoundPdf(file, pageCount(file));
    const first = normaliseText(extractText(file, { first: 1, last: 1 }));
    expect(first).toContain(normaliseText('Mødet er for kort. Med 15 organisationer skal I bruge mindst 65 min.'));
    expect(normaliseText(extractText(file))).not.toContain('Opvarmning');
  });

  it('is printed in English when asked', () => {
    const text = extractText(build(largeWorkshop(3, 5), { kind: 'guide', preparation: { meetingMinutes: 120, startTime: '', checked: [] } }, 'en'));
    expect(text).toContain('Facilitator’s guide');
    expect(text).toContain('What you can say');
    expect(text).toMatch(/Minutes from start\s+Phase\s+Minutes\s+0–15\s+The sunshine model\s+15 min/u);
  });
});

describe('printFileName', () => {
  const organisations = [{ id: 'o1', name: 'Boligselskabet Ålykke', actorType: 'boligrelaterede-organisationer' as const, contact: '' }];
  const workshop = { setup: { ...blankWorkshop('x', '').setup, title: 'Møde i Åby 😀 Café' }, organisations };
  it.each([
    ['da', { kind: 'summary' } as const, 'referat-moede-i-aaby-cafe.pdf'],
    ['en', { kind: 'summary' } as const, 'summary-moede-i-aaby-cafe.pdf'],
    ['da', { kind: 'sun', paper: 'a3' } as const, 'solskinsmodel-a3-moede-i-aaby-cafe.pdf'],
    ['en', { kind: 'sun', paper: 'a4' } as const, 'sunshine-model-a4-moede-i-aaby-cafe.pdf'],
    ['da', { kind: 'sun-blank', paper: 'a4' } as const, 'solskinsmodel-tom-a4-moede-i-aaby-cafe.pdf'],
    ['en', { kind: 'sun-blank', paper: 'a3' } as const, 'sunshine-model-blank-a3-moede-i-aaby-cafe.pdf'],
    ['da', { kind: 'pieces', target: { kind: 'all' } } as const, 'brikker-moede-i-aaby-cafe.pdf'],
    ['da', { kind: 'pieces', target: { kind: 'organisation', organisationId: 'o1' } } as const, 'brikker-boligselskabet-aalykke-moede-i-aaby-cafe.pdf'],
    ['en', { kind: 'pieces', target: { kind: 'blank' } } as const, 'pieces-blank-moede-i-aaby-cafe.pdf'],
    ['da', { kind: 'agreements' } as const, 'aftaler-moede-i-aaby-cafe.pdf'],
    ['en', { kind: 'agreements' } as const, 'agreements-moede-i-aaby-cafe.pdf'],
    ['da', { kind: 'organisation', organisationId: 'o1' } as const, 'organisation-boligselskabet-aalykke-moede-i-aaby-cafe.pdf'],
  ] as const)('%s %j → %s', (language, request, expected) => {
    expect(printFileName(workshop, request, language)).toBe(expected);
  });

  it('leaves out a title with no letters a file name can hold', () => {
    expect(printFileName({ ...workshop, setup: { ...workshop.setup, title: 'مرحبا 🎉' } }, { kind: 'summary' }, 'da')).toBe('referat.pdf');
  });
});
