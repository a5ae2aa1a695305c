import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../domain/organisation.ts';
import type { Section } from '../../domain/value-piece.ts';
import type { ValueInPlay } from '../../domain/value.ts';
import type { WarmUpPiece } from '../../domain/warm-up.ts';
import { buildPicture } from './common-picture-model.ts';

const cafe: Organisation = { id: 'cafe', name: 'Café Nord', actorType: 'erhvervsdrivende', contact: '' };
const skole: Organisation = { id: 'skole', name: 'Skolen', actorType: 'kommunale-institutioner', contact: '' };
const forening: Organisation = { id: 'forening', name: 'Beboerforeningen', actorType: 'beboerdrevne-foreninger', contact: '' };

function workshop(sections: Record<string, Section>, organisations = [cafe, skole, forening], warmUp: { hasWarmUp: boolean; pieces: WarmUpPiece[] } = { hasWarmUp: false, pieces: [] }): Parameters<typeof buildPicture>[0] {
  return {
    organisations,
    values: { disabledCore: ['stoerre-socialt-ansvar'], custom: [{ id: 'egen-tryghed', name: 'Tryghed', colour: '#0e7490' }] },
    sections,
    setup: { hasWarmUp: warmUp.hasWarmUp },
    warmUp: { pieces: warmUp.pieces },
  };
}

const nameOf = (value: ValueInPlay) => (value.kind === 'core' ? `core:${value.id}` : value.name);

function warmUpPiece(id: string, name: string, isDropped = false): WarmUpPiece {
  return { id, name, colour: '#4d7c0f', proposedBy: ['cafe'], answerIds: [id.replace(/^opv-/, '')], isDropped };
}

describe('buildPicture', () => {
  it('resolves names and colours, counts of all organisations, and groups the values', () => {
    const model = buildPicture(
      workshop({
        cafe: { placed: [{ valueId: 'egen-tryghed', example: ' Trygge aftener i caféen ' }, { valueId: 'oeget-faglighed', example: '' }], mostImportant: 'egen-tryghed' },
        skole: { placed: [{ valueId: 'egen-tryghed', example: 'Færre konflikter i skolegården' }], mostImportant: null },
      }),
      nameOf,
    );
    expect(model.organisationCount).toBe(3);
    expect(model.shared.map((value) => [value.name, value.count, value.total])).toEqual([['Tryghed', 2, 3]]);
    expect(model.single.map((value) => [value.name, value.holders.map((holder) => holder.name)])).toEqual([['core:oeget-faglighed', ['Café Nord']]]);
    expect(model.unplaced.map((value) => value.id)).toEqual(['bredere-maalgruppe', 'staerkere-samarbejdsgrundlag', 'adgang-til-flere-ressourcer']);

    const [tryghed] = model.shared;
    expect(tryghed?.colour).toBe('#0e7490');
    expect(tryghed?.mostImportantFor.map((organisation) => organisation.name)).toEqual(['Café Nord']);
    expect(tryghed?.examples).toEqual([
      { organisation: { id: 'cafe', name: 'Café Nord', actorType: 'erhvervsdrivende', colour: '#b8570e' }, text: 'Trygge aftener i caféen', isMostImportant: true },
      { organisation: { id: 'skole', name: 'Skolen', actorType: 'kommunale-institutioner', colour: '#2157a6' }, text: 'Færre konflikter i skolegården', isMostImportant: false },
    ]);
  });

  it('ignores the section of an organisation no longer in the workshop', () => {
    const model = buildPicture(
      workshop({ fjernet: { placed: [{ valueId: 'bredere-maalgruppe', example: 'x' }], mostImportant: null } }, [cafe]),
      nameOf,
    );
    expect(model.organisationCount).toBe(1);
    expect(model.single).toEqual([]);
    expect(model.unplaced).toHaveLength(5);
  });

  describe('warm-up pieces, like the board', () => {
    const faellesskab = warmUpPiece('opv-a1', 'Fællesskab med naboerne');
    const kaffe = warmUpPiece('opv-a2', 'Gratis kaffe');
    const droppet = warmUpPiece('opv-a3', 'Lagt til side', true);
    const sections: Record<string, Section> = {
      cafe: { placed: [{ valueId: 'opv-a1', example: 'Vi kender hinanden nu' }, { valueId: 'oeget-faglighed', example: '' }], mostImportant: 'opv-a1' },
      skole: { placed: [{ valueId: 'opv-a1', example: 'Forældrene mødes i caféen' }], mostImportant: null },
    };

    it.each([
      {
        name: 'with the warm-up on, a placed warm-up piece is shared or single and counted; the unplaced ones are counted too',
        hasWarmUp: true,
        shared: [['Fællesskab med naboerne', 2, 3]],
        single: ['core:oeget-faglighed'],
        unplaced: ['core:bredere-maalgruppe', 'core:staerkere-samarbejdsgrundlag', 'core:adgang-til-flere-ressourcer', 'Tryghed', 'Gratis kaffe'],
      },
      {
        name: 'with the warm-up off, its pieces are not in play (as on the board)',
        hasWarmUp: false,
        shared: [],
        single: ['core:oeget-faglighed'],
        unplaced: ['core:bredere-maalgruppe', 'core:staerkere-samarbejdsgrundlag', 'core:adgang-til-flere-ressourcer', 'Tryghed'],
      },
    ])('$name', ({ hasWarmUp, shared, single, unplaced }) => {
      const model = buildPicture(workshop(sections, [cafe, skole, forening], { hasWarmUp, pieces: [faellesskab, kaffe, droppet] }), nameOf);
      expect(model.shared.map((value) => [value.name, value.count, value.total])).toEqual(shared);
      expect(model.single.map((value) => value.name)).toEqual(single);
      expect(model.unplaced.map((value) => value.name)).toEqual(unplaced);
    });

    it('lays out the whole puzzle: a column per value in play (the warm-up’s pieces last), a row per organisation, with counts', () => {
      const { puzzle } = buildPicture(workshop(sections, [cafe, skole, forening], { hasWarmUp: true, pieces: [faellesskab, kaffe, droppet] }), nameOf);
      expect(puzzle.values.map((value) => [value.name, value.count, value.isShared])).toEqual([
        ['core:bredere-maalgruppe', 0, false],
        ['core:oeget-faglighed', 1, false],
        ['core:staerkere-samarbejdsgrundlag', 0, false],
        ['core:adgang-til-flere-ressourcer', 0, false],
        ['Tryghed', 0, false],
        ['Fællesskab med naboerne', 2, true],
        ['Gratis kaffe', 0, false],
      ]);
      expect(puzzle.rows.map((row) => [row.organisation.name, row.placed.flatMap((isPlaced, column) => (isPlaced ? [column] : [])), row.mostImportant])).toEqual([
        ['Café Nord', [1, 5], 5],
        ['Skolen', [5], -1],
        ['Beboerforeningen', [], -1],
      ]);
      // The columns' counts add up to the pieces placed, and the unplaced values are those at zero.
      const model = buildPicture(workshop(sections, [cafe, skole, forening], { hasWarmUp: true, pieces: [faellesskab, kaffe, droppet] }), nameOf);
      expect(puzzle.values.filter((value) => value.count === 0).map((value) => value.name)).toEqual(model.unplaced.map((value) => value.name));
    });

    it('shows a warm-up piece’s examples and most-important mark like any other value', () => {
      const model = buildPicture(workshop(sections, [cafe, skole, forening], { hasWarmUp: true, pieces: [faellesskab] }), nameOf);
      const [piece] = model.shared;
      expect(piece?.colour).toBe('#4d7c0f');
      expect(piece?.examples.map((example) => [example.organisation.name, example.text])).toEqual([
        ['Café Nord', 'Vi kender hinanden nu'],
        ['Skolen', 'Forældrene mødes i caféen'],
      ]);
      expect(piece?.mostImportantFor.map((organisation) => organisation.name)).toEqual(['Café Nord']);
    });
  });
});
