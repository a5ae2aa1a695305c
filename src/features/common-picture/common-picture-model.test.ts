import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../domain/organisation.ts';
import type { Section } from '../../domain/value-piece.ts';
import type { ValueInPlay } from '../../domain/value.ts';
import type { Workshop } from '../../domain/workshop.ts';
import { buildPicture } from './common-picture-model.ts';

const cafe: Organisation = { id: 'cafe', name: 'Café Nord', actorType: 'erhvervsdrivende', contact: '' };
const skole: Organisation = { id: 'skole', name: 'Skolen', actorType: 'kommunale-institutioner', contact: '' };
const forening: Organisation = { id: 'forening', name: 'Beboerforeningen', actorType: 'beboerdrevne-foreninger', contact: '' };

function workshop(sections: Record<string, Section>, organisations = [cafe, skole, forening]): Pick<Workshop, 'organisations' | 'values' | 'sections'> {
  return {
    organisations,
    values: { disabledCore: ['stoerre-socialt-ansvar'], custom: [{ id: 'egen-tryghed', name: 'Tryghed', colour: '#0e7490' }] },
    sections,
  };
}

const nameOf = (value: ValueInPlay) => (value.kind === 'custom' ? value.name : `core:${value.id}`);

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
});
