import { ok, refuse, type Result } from './result.ts';
import { field, graphemeCount, graphemesSchema, idSchema, LAST_RANK, rankSchema } from './schema.ts';
import * as z from 'zod/mini';

/**
 * The value game's pieces (værdispillet). Every organisation has one piece per value in play, in its
 * tray. A piece fits exactly one slot of the organisation's own section: the slot of its value (the
 * jigsaw shape makes it fit nowhere else). On a placed piece the organisation writes a concrete
 * example, and it may mark one placed piece as the most important.
 */

export const EXAMPLE_MAX = 280;

export interface PlacedPiece {
  valueId: string;
  /** How the collaboration creates this value for the organisation, in its own words. */
  example: string;
}

/** One organisation's section of the board. */
export interface Section {
  /** Placed pieces in the order they were placed. */
  placed: PlacedPiece[];
  /** The value of the placed piece marked most important, if any. */
  mostImportant: string | null;
}

/** What a move needs to know about the board beyond the section: the facilitator's lock, the values. */
export interface BoardRules {
  isLocked: boolean;
  valuesInPlay: readonly string[];
}

export const EMPTY_SECTION: Section = { placed: [], mostImportant: null };

export function isPlaced(section: Section, valueId: string): boolean {
  return section.placed.some((piece) => piece.valueId === valueId);
}

/**
 * Places the piece of `valueId` in the slot `slotValueId` of the same section. Refused when the
 * board is locked, the value is not in play, the slot is another value's, or the value is already
 * placed (a double tap or a repeated drag never makes a second piece).
 */
export function placePiece(section: Section, rules: BoardRules, valueId: string, slotValueId: string = valueId): Result<Section> {
  if (rules.isLocked) return refuse('board-locked');
  if (!rules.valuesInPlay.includes(valueId)) return refuse('value-missing');
  if (slotValueId !== valueId) return refuse('piece-wrong-slot');
  if (isPlaced(section, valueId)) return refuse('piece-already-placed');
  return ok({ ...section, placed: [...section.placed, { valueId, example: '' }] });
}

/** Takes a placed piece back to the tray; its example goes with it, and so does a most-important mark. */
export function takeBackPiece(section: Section, rules: BoardRules, valueId: string): Result<Section> {
  if (rules.isLocked) return refuse('board-locked');
  if (!isPlaced(section, valueId)) return refuse('piece-not-placed');
  return ok({
    placed: section.placed.filter((piece) => piece.valueId !== valueId),
    mostImportant: section.mostImportant === valueId ? null : section.mostImportant,
  });
}

let segmenter: Intl.Segmenter | null = null;

/**
 * Cuts `text` to at most `max` characters as a reader counts them (grapheme clusters: an emoji or
 * a letter with an accent is one), so a cut never leaves half a character. `length` is the count.
 */
export function cutText(text: string, max: number): { text: string; isCut: boolean; length: number } {
  segmenter ??= new Intl.Segmenter('da', { granularity: 'grapheme' });
  let length = 0;
  let cutAt = text.length;
  for (const { index } of segmenter.segment(text)) {
    if (length === max) cutAt = index;
    length += 1;
  }
  return length <= max ? { text, isCut: false, length } : { text: text.slice(0, cutAt), isCut: true, length };
}

/** The length of `text` as a reader counts characters (for the counter under an example). */
export function textLength(text: string): number {
  return graphemeCount(text);
}

/**
 * Writes the example on a placed piece, cut at 280 characters (`isCut` says so, for a message).
 * Refused when the board is locked or the piece is not placed.
 */
export function writeExample(
  section: Section,
  rules: BoardRules,
  valueId: string,
  raw: string,
): Result<{ section: Section; isCut: boolean }> {
  if (rules.isLocked) return refuse('board-locked');
  if (!isPlaced(section, valueId)) return refuse('piece-not-placed');
  const { text, isCut } = cutText(raw, EXAMPLE_MAX);
  return ok({
    section: { ...section, placed: section.placed.map((piece) => (piece.valueId === valueId ? { ...piece, example: text } : piece)) },
    isCut,
  });
}

/** Marks one placed piece as the most important (or clears the mark with `null`). */
export function markMostImportant(section: Section, rules: BoardRules, valueId: string | null): Result<Section> {
  if (rules.isLocked) return refuse('board-locked');
  if (valueId !== null && !isPlaced(section, valueId)) return refuse('piece-not-placed');
  return ok({ ...section, mostImportant: valueId });
}

/** The pieces still in the tray: the values in play that are not placed, in the values' order. */
export function trayPieces(section: Section, valuesInPlay: readonly string[]): string[] {
  return valuesInPlay.filter((valueId) => !isPlaced(section, valueId));
}

export interface ValueTally {
  valueId: string;
  /** Organisations that placed this value, in board order. */
  holders: string[];
  /** Organisations that marked it most important. */
  mostImportantFor: string[];
  examples: { organisationId: string; example: string }[];
}

/**
 * The common picture (det fælles billede): for each value in play, which organisations hold it, their
 * examples side by side and the most-important picks. `sections` are in board order.
 */
export function tallyValues(valuesInPlay: readonly string[], sections: readonly { organisationId: string; section: Section }[]): ValueTally[] {
  return valuesInPlay.map((valueId) => {
    const holding = sections.filter(({ section }) => isPlaced(section, valueId));
    return {
      valueId,
      holders: holding.map(({ organisationId }) => organisationId),
      mostImportantFor: holding.filter(({ section }) => section.mostImportant === valueId).map(({ organisationId }) => organisationId),
      examples: holding.map(({ organisationId, section }) => ({
        organisationId,
        example: section.placed.find((piece) => piece.valueId === valueId)?.example ?? '',
      })),
    };
  });
}

/** Values held by two or more organisations: what the collaboration creates for several at once. */
export function sharedValues(tallies: readonly ValueTally[]): ValueTally[] {
  return tallies.filter((tally) => tally.holders.length >= 2).sort((a, b) => b.holders.length - a.holders.length);
}

/** Values exactly one organisation holds. */
export function singleHolderValues(tallies: readonly ValueTally[]): ValueTally[] {
  return tallies.filter((tally) => tally.holders.length === 1);
}

/** A placed piece's fields in its organisation's document (its value id is its key). A long example is cut (a grapheme is at most 16 code units here: segmenting a megabyte would freeze the reader). */
export const PLACED_PIECE_RECORD = {
  example: field(graphemesSchema(EXAMPLE_MAX), '', (raw) => (typeof raw === 'string' ? cutText(raw.slice(0, EXAMPLE_MAX * 16), EXAMPLE_MAX).text : undefined)),
  order: field(rankSchema, LAST_RANK),
};

/** A section's own fields: the most-important mark (absent: none). */
export const SECTION_RECORD = {
  mostImportant: field(z.nullable(idSchema), null),
};
