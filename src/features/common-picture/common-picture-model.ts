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

/** One organisation's row of the whole puzzle: per value in play (the board's order), whether it placed it. */
export interface PicturePuzzleRow {
  organisation: PictureOrganisation;
  placed: boolean[];
  /** The column of its most important value, or -1. */
  mostImportant: number;
}

/** The whole puzzle as the board has it: the values in play with how many placed each, and a row per organisation. */
export interface PicturePuzzle {
  values: { id: string; name: string; colour: string; count: number; isShared: boolean }[];
  rows: PicturePuzzleRow[];
}

export interface PictureModel {
  organisationCount: number;
  /** Every organisation's pieces in their slots, warm-up values included. */
  puzzle: PicturePuzzle;
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
  const puzzle: PicturePuzzle = {
    values: values.map((value, index) => {
      const count = tallies[index]?.holders.length ?? 0;
      return { id: value.id, name: nameOf(value), colour: value.colour, count, isShared: count >= 2 };
    }),
    rows: workshop.organisations.flatMap((organisation) => {
      const resolved = organisations.get(organisation.id);
      if (!resolved) return [];
      const section = sectionOf(workshop, organisation.id);
      return [
        {
          organisation: resolved,
          placed: values.map((value) => section.placed.some((piece) => piece.valueId === value.id)),
          mostImportant: values.findIndex((value) => value.id === section.mostImportant && section.placed.some((piece) => piece.valueId === value.id)),
        },
      ];
    }),
  };
  return {
    organisationCount: total,
    puzzle,
    shared: groups.shared.flatMap(toValue),
    single: groups.single.flatMap(toValue),
    unplaced: groups.unplaced.flatMap(toValue),
  };
}
