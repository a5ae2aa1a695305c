import { cutText, sharedValues, singleHolderValues, type ValueTally } from './value-piece.ts';
import { field, graphemesSchema } from './schema.ts';

/**
 * Det fælles billede (the reveal and dialogue): the tallies of the value game grouped the way the
 * room talks about them, and the facilitator's key points.
 */

export const KEY_POINTS_MAX = 2000;

export interface CommonPictureGroups {
  /** Held by two or more organisations, most holders first (ties keep the values' order). */
  shared: ValueTally[];
  /** Held by exactly one organisation, in the values' order. */
  single: ValueTally[];
  /** Placed by nobody, in the values' order. */
  unplaced: ValueTally[];
}

/** Splits the tallies (in the values' order) into shared, single-holder and unplaced values. */
export function groupTallies(tallies: readonly ValueTally[]): CommonPictureGroups {
  return {
    // Array sort is stable, so values with as many holders keep the order of the values in play.
    shared: sharedValues(tallies),
    single: singleHolderValues(tallies),
    unplaced: tallies.filter((tally) => tally.holders.length === 0),
  };
}

/**
 * The key points as stored: cut at 2000 characters as a reader counts them (`isCut` says so, for a
 * message). Not trimmed: the facilitator is typing, and a trailing space or line break is the
 * start of the next word or point.
 */
export function keyPointsText(raw: string): { text: string; isCut: boolean } {
  const { text, isCut } = cutText(raw, KEY_POINTS_MAX);
  return { text, isCut };
}

/** The common picture's fields in the setup document. */
export const COMMON_PICTURE_RECORD = {
  keyPoints: field(graphemesSchema(KEY_POINTS_MAX), '', (raw) => (typeof raw === 'string' ? cutText(raw.slice(0, KEY_POINTS_MAX * 16), KEY_POINTS_MAX).text : undefined)),
};
