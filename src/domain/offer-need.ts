/**
 * Gør hinanden stærkere: the cards an organisation writes about what it can offer others
 * ("det kan vi bidrage med") and what it would like to be strengthened in ("det vil vi gerne styrkes i").
 * Stored in the organisation's own document (its tablet writes them).
 */
export const CARD_SIDES = ['offer', 'need'] as const;
export type CardSide = (typeof CARD_SIDES)[number];

export const CARD_KINDS = ['maalgruppe', 'kompetence', 'lokaler', 'penge', 'netvaerk', 'frivillige'] as const;
/** access to target groups, competence, premises and equipment, money or goods, network, volunteers or time */
export type CardKind = (typeof CARD_KINDS)[number];

export interface Card {
  id: string;
  side: CardSide;
  text: string;
  kind: CardKind;
  /** A value in play this card is about, or null. */
  valueId: string | null;
}
