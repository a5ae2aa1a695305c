import { coreActorIds, patternsBetween, type ActorPattern, type PatternId } from './actor-patterns.ts';
import type { ActorTypeId } from './actor-type.ts';
import { cardWords, stemCloseness, type CardWord } from './card-words.ts';
import type { Link } from './link.ts';
import { cardsOn, DEFAULT_CARD_KIND, type Card, type CardKind } from './offer-need.ts';

/*
 * Matches for Gør hinanden stærkere: pairs where one organisation could strengthen another. Mostly
 * from the cards: what an offer and a need say (their words, stemmed, compounds taken apart; see
 * card-words.ts), weighted by how rare each word is among the workshop's cards, then their kind,
 * their value and whether an actor-type pattern fits them. A word all the cards use weighs little; the
 * kind every card starts with (`DEFAULT_CARD_KIND`) never makes a match. Then, after every card match,
 * a few ideas from the actor-type patterns alone, for pairs the cards do not join. Pure: the screen and
 * tests call it with the snapshot's parts. The design and its figures: docs/matching.md.
 */

/** Why two organisations match. The screen turns it into one sentence (`matches.reason.*`). */
export type MatchReason =
  | {
      code: 'cards';
      offer: string;
      need: string;
      /** Words the two cards share (as the offer writes them; a compound's shared part), strongest first. */
      words: string[];
      /** Their kind when both chose the same one (not the kind every card starts with), else null. */
      kind: CardKind | null;
      /** Their value when both name the same one, else null. */
      valueId: string | null;
    }
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
  /** Higher is closer. Every card match scores above every pattern match. */
  score: number;
  /** Whether `fromId` already strengthens `toId` by a link (such matches are ranked last). */
  isLinked: boolean;
}

export interface MatchInput {
  organisations: readonly { id: string; actorType: ActorTypeId; name: string }[];
  cards: Readonly<Record<string, readonly Card[]>>;
  links: readonly Link[];
}

/**
 * Two cards of the same chosen kind (not the default). Premises and volunteers' time are concrete: a room
 * offered meets a room needed whatever the words, so those kinds make a match alone. Money, contacts,
 * target groups and jobs are broader ("overskudsvarer" is no help to "søge fonde"): they need a shared
 * word or a fitting pattern too.
 */
const KIND_WEIGHT: Readonly<Record<CardKind, number>> = { lokaler: 1.5, frivillige: 1.5, penge: 1, netvaerk: 1, maalgruppe: 1, job: 1, kompetence: 0 };
/** Two cards naming the same value. */
const VALUE_WEIGHT = 0.5;
/** An actor-type pattern of the cards' kind fits the two organisations. */
const PATTERN_WEIGHT = 0.7;
/** What two cards must add up to, to be a match: a rare shared word, or a chosen kind with more. */
export const MATCH_THRESHOLD = 1.5;
/** Pattern matches score below this, so below every card match. */
const PATTERN_CEILING = MATCH_THRESHOLD;
/** How many matches an organisation sees first (the rest behind "Vis flere"). */
export const MATCHES_FIRST = 5;

/** All matches in the workshop, closest first; already-linked pairs last. Never an organisation with itself. */
export function suggestMatches(input: MatchInput): Match[] {
  const linked = new Set(input.links.map((link) => pairKey(link.fromId, link.toId)));
  const core = new Set(coreActorIds(input.organisations.map((organisation) => organisation.id), input.links));
  const byCards = cardMatches(input, core);
  const joined = new Set(byCards.map((match) => pairKey(match.fromId, match.toId)));
  const byPatterns = patternMatches(input, core).filter((match) => !joined.has(pairKey(match.fromId, match.toId)));
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

/**
 * The matches that concern one organisation, as giver or receiver, in the order it sees them: first
 * the best match for each of its cards (its needs before its offers, each round by strength), then the
 * second best for each, and so on, so the first five cover its cards rather than five answers to one;
 * then the ideas from patterns alone; pairs already linked last. `matches` in `suggestMatches`' order.
 */
export function matchesFor(matches: readonly Match[], organisationId: string): Match[] {
  const own = matches.filter((match) => match.fromId === organisationId || match.toId === organisationId);
  const ownCardOf = (match: Match) => (match.toId === organisationId ? match.needCardId : match.offerCardId);
  const seen = new Map<string, number>();
  const keyed = own.map((match, index) => {
    const cardId = ownCardOf(match);
    const round = cardId === null ? Number.MAX_SAFE_INTEGER : (seen.get(cardId) ?? 0);
    if (cardId !== null) seen.set(cardId, round + 1);
    return { match, index, round, isNeed: match.toId === organisationId };
  });
  return keyed
    .sort(
      (a, b) =>
        Number(a.match.isLinked) - Number(b.match.isLinked) ||
        a.round - b.round ||
        Number(b.isNeed) - Number(a.isNeed) ||
        a.index - b.index,
    )
    .map(({ match }) => match);
}

function pairKey(fromId: string, toId: string): string {
  return `${fromId}→${toId}`;
}

/** Below this many cards, a word's rarity is judged as if there were this many: a few cards say little about which words are common. */
const FEW_CARDS = 20;

/** How much a word says: ln(cards / cards using it). A word on every card says nothing. */
function wordWeights(allWords: readonly (readonly CardWord[])[]): (stem: string) => number {
  const counts = new Map<string, number>();
  for (const words of allWords) for (const { stem } of words) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  const total = Math.max(FEW_CARDS, allWords.length);
  return (stem) => Math.log(total / (counts.get(stem) ?? 1));
}

interface SharedWords {
  words: string[];
  weight: number;
}

/** The words an offer and a need share, each word once, by how closely and how rarely. */
function sharedWordsOf(offer: readonly CardWord[], need: readonly CardWord[], weightOf: (stem: string) => number): SharedWords {
  const pairs: { word: string; weight: number; offerStem: string; needStem: string }[] = [];
  for (const a of offer) {
    for (const b of need) {
      const closeness = stemCloseness(a.stem, b.stem);
      if (closeness === 0) continue;
      const shared = a.stem.length <= b.stem.length ? a : b;
      pairs.push({ word: shared.word, weight: closeness * weightOf(shared.stem), offerStem: a.stem, needStem: b.stem });
    }
  }
  pairs.sort((x, y) => y.weight - x.weight);
  const usedOffer = new Set<string>();
  const usedNeed = new Set<string>();
  const result: SharedWords = { words: [], weight: 0 };
  for (const pair of pairs) {
    if (usedOffer.has(pair.offerStem) || usedNeed.has(pair.needStem)) continue;
    usedOffer.add(pair.offerStem);
    usedNeed.add(pair.needStem);
    if (!result.words.includes(pair.word)) result.words.push(pair.word);
    result.weight += pair.weight;
  }
  return result;
}

function cardMatches({ organisations, cards }: MatchInput, core: ReadonlySet<string>): Match[] {
  const wordsById = new Map<string, readonly CardWord[]>();
  for (const organisation of organisations) for (const card of cards[organisation.id] ?? []) wordsById.set(card.id, cardWords(card.text));
  const weightOf = wordWeights([...wordsById.values()]);
  const matches: Match[] = [];
  for (const giver of organisations) {
    const offers = cardsOn(cards[giver.id] ?? [], 'offer');
    if (offers.length === 0) continue;
    for (const receiver of organisations) {
      if (receiver.id === giver.id) continue;
      const needs = cardsOn(cards[receiver.id] ?? [], 'need');
      if (needs.length === 0) continue;
      const patterns = patternsBetween({ actorType: giver.actorType, isCore: core.has(giver.id) }, { actorType: receiver.actorType, isCore: core.has(receiver.id) });
      for (const offer of offers) {
        for (const need of needs) {
          const match = cardMatch(giver.id, offer, receiver.id, need, { weightOf, wordsById, patterns });
          if (match) matches.push(match);
        }
      }
    }
  }
  return matches;
}

interface CardContext {
  weightOf: (stem: string) => number;
  wordsById: ReadonlyMap<string, readonly CardWord[]>;
  patterns: readonly ActorPattern[];
}

/** An offer and a need as a match, or null when what they have in common is too little. */
function cardMatch(fromId: string, offer: Card, toId: string, need: Card, { weightOf, wordsById, patterns }: CardContext): Match | null {
  const shared = sharedWordsOf(wordsById.get(offer.id) ?? [], wordsById.get(need.id) ?? [], weightOf);
  const kind = offer.kind === need.kind && offer.kind !== DEFAULT_CARD_KIND ? offer.kind : null;
  const valueId = offer.valueId !== null && offer.valueId === need.valueId ? offer.valueId : null;
  // A pattern counts when it is about what the cards are about (a chosen kind of either card).
  const hasPattern = patterns.some((pattern) => pattern.kind !== DEFAULT_CARD_KIND && (pattern.kind === offer.kind || pattern.kind === need.kind));
  const closeness = shared.weight + (kind ? KIND_WEIGHT[kind] : 0);
  // Something the cards say or chose alike must be there: a value or a pattern only adds to it.
  if (closeness === 0) return null;
  const score = closeness + (valueId ? VALUE_WEIGHT : 0) + (hasPattern ? PATTERN_WEIGHT : 0);
  if (score < MATCH_THRESHOLD) return null;
  return {
    id: `card:${offer.id}:${need.id}`,
    fromId,
    toId,
    offerCardId: offer.id,
    needCardId: need.id,
    kind: kind ?? offer.kind,
    reason: { code: 'cards', offer: offer.text, need: need.text, words: shared.words, kind, valueId },
    score,
    isLinked: false,
  };
}

/**
 * One match per pair of organisations that one or more patterns fit (more patterns rank higher), all
 * below the card matches: an idea for a pair the cards do not join (yet).
 */
function patternMatches({ organisations }: MatchInput, core: ReadonlySet<string>): Match[] {
  const matches: Match[] = [];
  for (const giver of organisations) {
    for (const receiver of organisations) {
      if (receiver.id === giver.id) continue;
      const patterns = patternsBetween({ actorType: giver.actorType, isCore: core.has(giver.id) }, { actorType: receiver.actorType, isCore: core.has(receiver.id) });
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
        score: PATTERN_CEILING * (1 - 1 / (1 + patterns.length)),
        isLinked: false,
      });
    }
  }
  return matches;
}
