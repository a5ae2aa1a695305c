import { actorTypeColour, type ActorTypeId } from '../../domain/actor-type.ts';
import { groupTallies } from '../../domain/common-picture.ts';
import { tallyValues, type ValueTally } from '../../domain/value-piece.ts';
import type { ValueInPlay } from '../../domain/value.ts';
import { sectionOf, workshopValuesInPlay, type Workshop } from '../../domain/workshop.ts';

/*
 * What Det fælles billede shows, worked out from the workshop: plain data with the names and
 * colours resolved, so the screen only lays it out. Pure; the value names come from the caller
 * (they depend on the language).
 */

export interface PictureOrganisation {
  id: string;
  name: string;
  actorType: ActorTypeId;
  colour: string;
}

export interface PictureExample {
  organisation: PictureOrganisation;
  text: string;
  isMostImportant: boolean;
}

export interface PictureValue {
  id: string;
  name: string;
  colour: string;
  /** How many organisations placed it, of `total`. */
  count: number;
  total: number;
  holders: PictureOrganisation[];
  mostImportantFor: PictureOrganisation[];
  /** One per holder, in board order. */
  examples: PictureExample[];
}

export interface PictureModel {
  organisationCount: number;
  /** Held by two or more organisations, most holders first. */
  shared: PictureValue[];
  single: PictureValue[];
  unplaced: PictureValue[];
}

/**
 * The picture of `workshop`: its organisations, sections and the values in play as the board has
 * them (the warm-up's pieces included when the warm-up runs).
 */
export function buildPicture(
  workshop: Pick<Workshop, 'organisations' | 'sections'> & Parameters<typeof workshopValuesInPlay>[0],
  nameOf: (value: ValueInPlay) => string,
): PictureModel {
  const values = workshopValuesInPlay(workshop);
  const organisations = new Map(
    workshop.organisations.map((organisation): [string, PictureOrganisation] => [
      organisation.id,
      { id: organisation.id, name: organisation.name, actorType: organisation.actorType, colour: actorTypeColour(organisation.actorType) },
    ]),
  );
  const tallies = tallyValues(
    values.map((value) => value.id),
    workshop.organisations.map((organisation) => ({ organisationId: organisation.id, section: sectionOf(workshop, organisation.id) })),
  );
  const total = workshop.organisations.length;
  const lookUp = (ids: readonly string[]) => ids.flatMap((id) => organisations.get(id) ?? []);

  const toValue = (tally: ValueTally): PictureValue[] => {
    const value = values.find((candidate) => candidate.id === tally.valueId);
    if (!value) return [];
    return [
      {
        id: value.id,
        name: nameOf(value),
        colour: value.colour,
        count: tally.holders.length,
        total,
        holders: lookUp(tally.holders),
        mostImportantFor: lookUp(tally.mostImportantFor),
        examples: tally.examples.flatMap(({ organisationId, example }) => {
          const organisation = organisations.get(organisationId);
          return organisation ? [{ organisation, text: example.trim(), isMostImportant: tally.mostImportantFor.includes(organisationId) }] : [];
        }),
      },
    ];
  };

  const groups = groupTallies(tallies);
  return {
    organisationCount: total,
    shared: groups.shared.flatMap(toValue),
    single: groups.single.flatMap(toValue),
    unplaced: groups.unplaced.flatMap(toValue),
  };
}
