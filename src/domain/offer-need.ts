import { ok, refuse, type Result } from './result.ts';
import { isSameName, NAME_MAX, normaliseText } from './text.ts';
import * as z from 'zod/mini';
import { charsSchema, clampChars, field, idSchema, LAST_RANK, rankSchema } from './schema.ts';

/**
 * Gør hinanden stærkere: the cards an organisation writes about what it can offer others
 * ("det kan vi bidrage med") and what it would like to be strengthened in ("det vil vi gerne styrkes i").
 * Stored in the organisation's own document (its tablet writes them).
 */
export const CARD_SIDES = ['offer', 'need'] as const;
export type CardSide = (typeof CARD_SIDES)[number];

export const CARD_KINDS = ['maalgruppe', 'kompetence', 'lokaler', 'penge', 'netvaerk', 'frivillige', 'job'] as const;
/** access to target groups, competence, premises and equipment, money or goods, network, volunteers or time, jobs and internships */
export type CardKind = (typeof CARD_KINDS)[number];

/**
 * The kind a new card starts with. Many cards keep it without a thought, so two cards sharing it say
 * nothing: matching never pairs cards on it alone (`matching.ts`).
 */
export const DEFAULT_CARD_KIND: CardKind = 'kompetence';

/** A card is a short note, read from across a table: one line or two. */
export const CARD_TEXT_MAX = 120;

export interface Card {
  id: string;
  side: CardSide;
  text: string;
  kind: CardKind;
  /** A value in play this card is about, or null. */
  valueId: string | null;
}

/** A card as typed, before it is checked. */
export interface CardDraft {
  side: string;
  text: string;
  kind: string;
  valueId: string | null;
}

export function isCardKind(kind: string): kind is CardKind {
  return (CARD_KINDS as readonly string[]).includes(kind);
}

export function isCardSide(side: string): side is CardSide {
  return (CARD_SIDES as readonly string[]).includes(side);
}

/** A card's text: required, trimmed, at most `CARD_TEXT_MAX` characters. */
export function validateCardText(raw: string): Result<string> {
  const text = normaliseText(raw);
  if (text === '') return refuse('card-text-empty');
  const length = [...text].length;
  if (length > CARD_TEXT_MAX) return refuse('text-too-long', { max: CARD_TEXT_MAX, length });
  return ok(text);
}

/**
 * Checks a card as typed. `valueIds` are the values in play (a card may name one of them, or none);
 * `others` are the organisation's other cards: the same text twice on the same side is refused.
 */
export function validateCard(draft: CardDraft, valueIds: readonly string[], others: readonly Card[]): Result<Omit<Card, 'id'>> {
  if (!isCardSide(draft.side)) return refuse('card-side-unknown');
  const text = validateCardText(draft.text);
  if (!text.ok) return text;
  if (!isCardKind(draft.kind)) return refuse('card-kind-unknown');
  if (draft.valueId !== null && !valueIds.includes(draft.valueId)) return refuse('value-missing');
  const side = draft.side;
  const twin = others.find((other) => other.side === side && isSameName(other.text, text.value));
  if (twin) return refuse('card-taken', { text: twin.text });
  return ok({ side, text: text.value, kind: draft.kind, valueId: draft.valueId });
}

/** An organisation's cards on one side, in the order they were written. */
export function cardsOn(cards: readonly Card[], side: CardSide): Card[] {
  return cards.filter((card) => card.side === side);
}

/** A card's fields in its organisation's document (its id is its key). */
export const CARD_FIELDS = {
  side: field(z.enum(CARD_SIDES)),
  text: field(charsSchema(CARD_TEXT_MAX, 1), undefined, clampChars(CARD_TEXT_MAX)),
  // A kind this version does not know (a newer app's, synced from its tablet) reads as the kind a card
  // starts with, so the card still shows; writing one is refused, and a file with one too.
  kind: field(z.enum(CARD_KINDS), undefined, (raw) => (typeof raw === 'string' ? DEFAULT_CARD_KIND : undefined)),
  valueId: field(z.nullable(idSchema), null),
};

export const CARD_RECORD = { ...CARD_FIELDS, order: field(rankSchema, LAST_RANK) };

/** How many cards one organisation may write (both sides together). */
export const CARDS_MAX = 60;

/** What an organisation decided about an actor-type suggestion (its id is the key). */
export const SUGGESTION_DECISION_SCHEMA = z.enum(['accepted', 'ignored']);
export const suggestionIdSchema = charsSchema(NAME_MAX, 1);
