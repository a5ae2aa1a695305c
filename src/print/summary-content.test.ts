import { describe, expect, it } from 'vitest';
import { blankWorkshop } from '../domain/workshop.ts';
import { HARD_NAMES, hardNamesWorkshop, largeWorkshop } from '../../tests/support/print-fixtures.ts';
import { showcaseWorkshop } from '../../tests/support/showcase-workshop.ts';
import { followUpDates, summaryContent } from './summary-content.ts';

describe('summaryContent', () => {
  it('groups participants by actor type in the handbook order, leaving out empty types', () => {
    const content = summaryContent(hardNamesWorkshop(), 'da');
    expect(content.participants.map((group) => group.actorType)).toEqual(['Beboerdrevne foreninger', 'Erhvervsdrivende', 'Frivillige organisationer']);
  });

  it('lays the board out as the game did: a row per organisation, a cell per value, the most important marked', () => {
    const { board } = summaryContent(hardNamesWorkshop(), 'da');
    expect(board.columns.map((column) => column.name)).toEqual([
      'Bredere målgruppe',
      'Øget faglighed',
      'Stærkere samarbejdsgrundlag',
      'Større socialt ansvar',
      'Adgang til flere ressourcer',
      'Hygge 🎉 &amp;',
    ]);
    expect(board.rows.map((row) => row.cells.map((cell) => (cell.isMostImportant ? '★' : cell.isPlaced ? 'x' : '.')).join(''))).toEqual(['x....★', 'x.....', '......']);
  });

  it('lists values in the board order, with an empty example kept empty and organisations without pieces kept', () => {
    const content = summaryContent(hardNamesWorkshop(), 'da');
    expect(content.organisations.map((organisation) => organisation.pieces.map((piece) => [piece.name, piece.example, piece.isMostImportant]))).toEqual([
      [
        ['Bredere målgruppe', 'Vi 🤝 deler køkken', false],
        ['Hygge 🎉 &amp;', '', true],
      ],
      [['Bredere målgruppe', 'نحن نتشارك المطبخ — vi deler', false]],
      [],
    ]);
  });

  it('finds shared values, most holders first', () => {
    const content = summaryContent(hardNamesWorkshop(), 'da');
    expect(content.shared).toEqual([{ name: 'Bredere målgruppe', colour: '#b45309', holders: ['Café Fællesskab 😀🇩🇰', 'جمعية الحي שלום Beboerforening'] }]);
  });

  it('names a removed organisation plainly instead of failing', () => {
    const workshop = hardNamesWorkshop();
    workshop.agreements = workshop.agreements.map((agreement) => ({ ...agreement, coordinatorId: 'gone' }));
    expect(summaryContent(workshop, 'da').agreements[0]?.coordinator).toBe('ukendt organisation');
  });

  it('names the organisations that have said "Vi er med", in the agreement’s order, and the coordinator’s first step', () => {
    const workshop = hardNamesWorkshop();
    expect(summaryContent(workshop, 'da').agreements[0]?.isIn).toEqual([]);
    workshop.agreementAnswers = { b: { x: { isIn: true, comment: '', firstStep: null } }, a: { x: { isIn: true, comment: 'Gerne', firstStep: null } }, c: {} };
    expect(summaryContent(workshop, 'da').agreements[0]?.isIn).toEqual([HARD_NAMES.emoji, HARD_NAMES.rtl]);
  });

  it('says "not given" for empty facts and dates', () => {
    const content = summaryContent(blankWorkshop('x', 'Tom'), 'da');
    expect(content.facts.map((fact) => `${fact.label}: ${fact.value}`)).toEqual([
      'Initiativ: Ikke angivet',
      'Slags gruppe: Samarbejdsgruppe',
      'Dato: Ikke angivet',
      'Sted: Ikke angivet',
      'Facilitator: Ikke angivet',
      'Organisationer: 0',
      'Opfølgning: Ikke angivet',
    ]);
  });
});

describe('summaryContent: open needs', () => {
  it('lists the needs no link meets, by organisation, as Opsamling on screen does (openNeeds)', () => {
    expect(summaryContent(showcaseWorkshop(), 'da').openNeeds).toEqual([
      { organisation: 'Beboerforeningen Nørreparken', cards: [{ text: 'Hjælp til at nå de unge familier', kind: 'Adgang til målgrupper', value: 'Bredere målgruppe' }] },
      { organisation: 'Café Nord', cards: [{ text: 'Flere kunder i dagtimerne', kind: 'Adgang til målgrupper', value: 'Bredere målgruppe' }] },
      { organisation: 'Boligselskabet Ålykke', cards: [{ text: 'Kontakt til beboere, der ikke åbner døren', kind: 'Netværk', value: 'Større socialt ansvar' }] },
    ]);
  });
});

describe('followUpDates', () => {
  it('gives each follow-up date once, earliest first, skipping empty ones', () => {
    const workshop = largeWorkshop(4, 5);
    const [first, second, third] = workshop.agreements;
    if (!first || !second || !third) throw new Error('fixture has three agreements');
    workshop.agreements = [{ ...first, followUpDate: '2027-03-01' }, { ...second, followUpDate: '' }, third];
    expect(followUpDates(workshop)).toEqual(['2027-02-15', '2027-03-01']);
  });
});
