import { patternsBetween, type PatternId } from './actor-patterns.ts';
import type { ActorTypeId } from './actor-type.ts';
import type { Link } from './link.ts';
import { cardsOn, type Card, type CardKind } from './offer-need.ts';

/*
 * Matches for Gør hinanden stærkere: pairs where one organisation could strengthen another. Two
 * sources, ranked together: the cards (one's offer meets another's need of the same kind; the same
 * value and shared words make it closer) and the actor-type patterns (what organisations of that kind
 * usually give each other). Pure: the screen and tests call it with the snapshot's parts.
 */

/** Why two organisations match. The screen turns it into a sentence: `collaboration.reason.<code>`. */
export type MatchReason =
  | { code: 'cards'; kind: CardKind; offer: string; need: string; valueId: string | null; words: string[] }
  | { code: 'pattern'; patternIds: PatternId[] };

export interface Match {
  /** Stable across snapshots: the screen keys its list by it. */
  id: string;
  /** The organisation that could strengthen (its offer). */
  fromId: string;
  /** The organisation that would be strengthened (its need). */
  toId: string;
  offerCardId: string | null;
  needCardId: string | null;
  kind: CardKind;
  reason: MatchReason;
  /** Higher is closer. Card matches score above pattern matches. */
  score: number;
  /** Whether `fromId` already strengthens `toId` by a link (such matches are ranked last). */
  isLinked: boolean;
}

export interface MatchInput {
  organisations: readonly { id: string; actorType: ActorTypeId; name: string }[];
  cards: Readonly<Record<string, readonly Card[]>>;
  links: readonly Link[];
}

const KIND_SCORE = 4;
const VALUE_SCORE = 3;
const WORD_SCORE = 1;
const MAX_WORD_SCORE = 2;
const PATTERN_SCORE = 1;
/** Below the lowest card match (`KIND_SCORE`), however many patterns fit. */
const MAX_PATTERN_SCORE = 3;

/** All matches in the workshop, closest first; already-linked pairs last. Never an organisation with itself. */
export function suggestMatches(input: MatchInput): Match[] {
  const linked = new Set(input.links.map((link) => pairKey(link.fromId, link.toId)));
  const byCards = cardMatches(input);
  const coveredKinds = new Set(byCards.map((match) => `${pairKey(match.fromId, match.toId)}|${match.kind}`));
  const byPatterns = patternMatches(input, (fromId, toId, kind) => coveredKinds.has(`${pairKey(fromId, toId)}|${kind}`));
  const order = new Map(input.organisations.map((organisation, index) => [organisation.id, index]));
  const position = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...byCards, ...byPatterns]
    .map((match) => ({ ...match, isLinked: linked.has(pairKey(match.fromId, match.toId)) }))
    .sort(
      (a, b) =>
        Number(a.isLinked) - Number(b.isLinked) ||
        b.score - a.score ||
        position(a.fromId) - position(b.fromId) ||
        position(a.toId) - position(b.toId) ||
        a.id.localeCompare(b.id),
    );
}

/** The matches that concern one organisation, as giver or receiver, in rank order. */
export function matchesFor(matches: readonly Match[], organisationId: string): Match[] {
  return matches.filter((match) => match.fromId === organisationId || match.toId === organisationId);
}

function pairKey(fromId: string, toId: string): string {
  return `${fromId}→${toId}`;
}

function cardMatches({ organisations, cards }: MatchInput): Match[] {
  const matches: Match[] = [];
  for (const giver of organisations) {
    for (const offer of cardsOn(cards[giver.id] ?? [], 'offer')) {
      for (const receiver of organisations) {
        if (receiver.id === giver.id) continue;
        for (const need of cardsOn(cards[receiver.id] ?? [], 'need')) {
          if (need.kind !== offer.kind) continue;
          const sameValue = offer.valueId !== null && offer.valueId === need.valueId;
          const words = sharedWords(offer.text, need.text);
          matches.push({
            id: `card:${offer.id}:${need.id}`,
            fromId: giver.id,
            toId: receiver.id,
            offerCardId: offer.id,
            needCardId: need.id,
            kind: offer.kind,
            reason: { code: 'cards', kind: offer.kind, offer: offer.text, need: need.text, valueId: sameValue ? offer.valueId : null, words },
            score: KIND_SCORE + (sameValue ? VALUE_SCORE : 0) + Math.min(MAX_WORD_SCORE, words.length * WORD_SCORE),
            isLinked: false,
          });
        }
      }
    }
  }
  return matches;
}

/**
 * One match per pair of organisations whose actor types fit one or more patterns (more patterns rank
 * higher), leaving out the kinds their cards already match on (`isCovered`).
 */
function patternMatches({ organisations }: MatchInput, isCovered: (fromId: string, toId: string, kind: CardKind) => boolean): Match[] {
  const matches: Match[] = [];
  for (const giver of organisations) {
    for (const receiver of organisations) {
      if (receiver.id === giver.id) continue;
      const patterns = patternsBetween(giver.actorType, receiver.actorType).filter((pattern) => !isCovered(giver.id, receiver.id, pattern.kind));
      const [first] = patterns;
      if (!first) continue;
      matches.push({
        id: `pattern:${giver.id}:${receiver.id}`,
        fromId: giver.id,
        toId: receiver.id,
        offerCardId: null,
        needCardId: null,
        kind: first.kind,
        reason: { code: 'pattern', patternIds: patterns.map((pattern) => pattern.id) },
        score: Math.min(MAX_PATTERN_SCORE, patterns.length * PATTERN_SCORE),
        isLinked: false,
      });
    }
  }
  return matches;
}

/** Common short words that say nothing about what is offered or needed. */
const STOP_WORDS = new Set(['gerne', 'vores', 'jeres', 'deres', 'andre', 'noget', 'kunne', 'blive', 'være', 'mere', 'flere', 'også', 'have', 'hvor', 'eller', 'efter', 'både', 'with', 'other', 'their', 'from', 'more']);

/**
 * Words two card texts share (4 letters or more, not stop words), compared by their first five
 * letters, so "lokaler" meets "lokale" and "frivillige" meets "frivilligt".
 */
export function sharedWords(a: string, b: string): string[] {
  const stems = (text: string) =>
    new Map(
      (text.toLocaleLowerCase('da').match(/\p{L}+/gu) ?? [])
        .filter((word) => [...word].length >= 4 && !STOP_WORDS.has(word))
        .map((word) => [[...word].slice(0, 5).join(''), word] as const),
    );
  const other = stems(b);
  return [...stems(a).entries()].filter(([stem]) => other.has(stem)).map(([, word]) => word);
}
