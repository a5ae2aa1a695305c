import { ACTOR_TYPE_IDS, type ActorTypeId } from './actor-type.ts';
import type { Link } from './link.ts';
import type { CardKind, CardSide } from './offer-need.ts';
import type { CoreValueId } from './value.ts';

/**
 * Who tends to strengthen whom. Drawn from the handbook's page "Inspiration: mønstre i hvem der kan
 * understøtte hvem" (the værdispil chapter of "Få flere på banen"), one or two patterns per value; each
 * pattern says in a comment which statement it follows, or that it is our own reading. A pattern names
 * actor types, except the core actors of Stærkere samarbejdsgrundlag: the handbook means the
 * organisations that know everyone, a position in the network, which the app reads from its own links
 * (`coreActorIds`).
 *
 * Texts are catalogue keys, so they translate: `collaboration.pattern.<id>.offer` (a suggested offer
 * card), `.need` (a suggested need card) and `.reason` (why two organisations may match, one sentence).
 */
export interface ActorPattern {
  id: PatternId;
  /** Actor types that can typically offer this, or 'core': the organisations with most ties in the network. */
  offerBy: readonly ActorTypeId[] | 'core';
  /** Actor types that typically need it. */
  needBy: readonly ActorTypeId[];
  kind: CardKind;
  /** The value of the sunshine model the handbook files the pattern under. */
  valueId: CoreValueId;
}

export const PATTERN_IDS = ['lokalkendskab', 'faglig-viden', 'naerhed', 'koble-aktoerer', 'beboernes-oensker', 'job-og-praktik', 'lokaler', 'sponsorat', 'frivillige-kraefter'] as const;
export type PatternId = (typeof PATTERN_IDS)[number];

const ALL_TYPES = ACTOR_TYPE_IDS;

export const ACTOR_PATTERNS: readonly ActorPattern[] = [
  {
    // Bredere målgruppe: organisations based outside the area gain from others' local knowledge of
    // residents; resident-run associations and professionals with daily work in the area share it.
    id: 'lokalkendskab',
    offerBy: ['beboerdrevne-foreninger', 'boligrelaterede-organisationer'],
    needBy: ['kommunale-institutioner', 'erhvervsdrivende', 'frivillige-organisationer', 'andre-aktoerer'],
    kind: 'maalgruppe',
    valueId: 'bredere-maalgruppe',
  },
  {
    // Øget faglighed: organisations with a specialised field (health, education: municipal institutions
    // and other professional actors) are keen to add to their competence, and specialists lift one another.
    id: 'faglig-viden',
    offerBy: ['kommunale-institutioner', 'andre-aktoerer'],
    needBy: ['kommunale-institutioner', 'andre-aktoerer'],
    kind: 'kompetence',
    valueId: 'oeget-faglighed',
  },
  {
    // Øget faglighed: organisations close to citizens (volunteer organisations, resident-run associations,
    // housing organisations) bring their social know-how and lift the specialists.
    id: 'naerhed',
    offerBy: ['frivillige-organisationer', 'beboerdrevne-foreninger', 'boligrelaterede-organisationer'],
    needBy: ['kommunale-institutioner', 'andre-aktoerer'],
    kind: 'kompetence',
    valueId: 'oeget-faglighed',
  },
  {
    // Stærkere samarbejdsgrundlag: the core actors know the local organisations and can connect them in
    // new initiatives. Core is a position: the organisations with most ties (`coreActorIds`).
    id: 'koble-aktoerer',
    offerBy: 'core',
    needBy: ALL_TYPES,
    kind: 'netvaerk',
    valueId: 'staerkere-samarbejdsgrundlag',
  },
  {
    // Større socialt ansvar: resident-run associations know which social initiatives residents ask for;
    // businesses find meaning in a more socially responsible profile.
    id: 'beboernes-oensker',
    offerBy: ['beboerdrevne-foreninger'],
    needBy: ['erhvervsdrivende'],
    kind: 'kompetence',
    valueId: 'stoerre-socialt-ansvar',
  },
  {
    // Større socialt ansvar, our own reading: a business adds to the area's social life by jobs,
    // internships and leisure jobs for its young people (the handbook names the profile, not the jobs).
    id: 'job-og-praktik',
    offerBy: ['erhvervsdrivende'],
    needBy: ['boligrelaterede-organisationer', 'beboerdrevne-foreninger', 'kommunale-institutioner', 'frivillige-organisationer'],
    kind: 'job',
    valueId: 'stoerre-socialt-ansvar',
  },
  {
    // Adgang til flere ressourcer: helhedsplaner and municipal institutions working in the area can often
    // lend premises; material resources matter most to volunteer organisations and resident-run associations.
    id: 'lokaler',
    offerBy: ['boligrelaterede-organisationer', 'kommunale-institutioner'],
    needBy: ['frivillige-organisationer', 'beboerdrevne-foreninger'],
    kind: 'lokaler',
    valueId: 'adgang-til-flere-ressourcer',
  },
  {
    // Adgang til flere ressourcer: businesses can often offer sponsorships and surplus goods.
    id: 'sponsorat',
    offerBy: ['erhvervsdrivende'],
    needBy: ['frivillige-organisationer', 'beboerdrevne-foreninger'],
    kind: 'penge',
    valueId: 'adgang-til-flere-ressourcer',
  },
  {
    // Adgang til flere ressourcer, our own reading: volunteers' time is a resource like premises and money,
    // which volunteer organisations have to give and housing organisations and resident-run associations ask for.
    id: 'frivillige-kraefter',
    offerBy: ['frivillige-organisationer'],
    needBy: ['boligrelaterede-organisationer', 'beboerdrevne-foreninger'],
    kind: 'frivillige',
    valueId: 'adgang-til-flere-ressourcer',
  },
];

/** The fewest ties (other organisations linked to, either way) a core actor has. */
export const CORE_MIN_TIES = 2;

/**
 * The core actors of the network as the app's links draw it: the organisations with the most ties
 * (other organisations they strengthen or are strengthened by), at least `CORE_MIN_TIES`. None before
 * there are links; several when they tie.
 */
export function coreActorIds(organisationIds: readonly string[], links: readonly Pick<Link, 'fromId' | 'toId'>[]): string[] {
  const partners = new Map<string, Set<string>>(organisationIds.map((id) => [id, new Set()]));
  for (const link of links) {
    partners.get(link.fromId)?.add(link.toId);
    partners.get(link.toId)?.add(link.fromId);
  }
  const most = Math.max(0, ...[...partners.values()].map((set) => set.size));
  if (most < CORE_MIN_TIES) return [];
  return organisationIds.filter((id) => partners.get(id)?.size === most);
}

/** Whether an organisation is a core actor of a workshop's network (`coreActorIds`). */
export function isCoreActor(workshop: { organisations: readonly { id: string }[]; links: readonly Pick<Link, 'fromId' | 'toId'>[] }, organisationId: string): boolean {
  return coreActorIds(workshop.organisations.map((organisation) => organisation.id), workshop.links).includes(organisationId);
}

/** Whether an organisation of `actorType` (a core actor when `isCore`) offers by `pattern`. */
export function offersBy(pattern: ActorPattern, actorType: ActorTypeId, isCore: boolean): boolean {
  return pattern.offerBy === 'core' ? isCore : pattern.offerBy.includes(actorType);
}

/** Whether an organisation of `actorType` needs what `pattern` offers (a core actor does not need connecting). */
export function needsBy(pattern: ActorPattern, actorType: ActorTypeId, isCore: boolean): boolean {
  return pattern.needBy.includes(actorType) && !(pattern.offerBy === 'core' && isCore);
}

/** A card the app suggests to an organisation from its actor type. Its id is `<pattern>.<side>`. */
export interface SuggestedCard {
  id: string;
  patternId: PatternId;
  side: CardSide;
  kind: CardKind;
  valueId: CoreValueId;
}

export function suggestionId(patternId: PatternId, side: CardSide): string {
  return `${patternId}.${side}`;
}

/** Every card the patterns suggest to an organisation of `actorType`: its offers first, then its needs. */
export function suggestedCards(actorType: ActorTypeId, isCore = false): SuggestedCard[] {
  const toCard =
    (side: CardSide) =>
    (pattern: ActorPattern): SuggestedCard => ({ id: suggestionId(pattern.id, side), patternId: pattern.id, side, kind: pattern.kind, valueId: pattern.valueId });
  return [
    ...ACTOR_PATTERNS.filter((pattern) => offersBy(pattern, actorType, isCore)).map(toCard('offer')),
    ...ACTOR_PATTERNS.filter((pattern) => needsBy(pattern, actorType, isCore)).map(toCard('need')),
  ];
}

/**
 * The suggestions still open for an organisation: those it has neither accepted nor ignored
 * (`settledIds`: the ids of suggestions it has dealt with).
 */
export function openSuggestions(actorType: ActorTypeId, settledIds: readonly string[], isCore = false): SuggestedCard[] {
  return suggestedCards(actorType, isCore).filter((suggestion) => !settledIds.includes(suggestion.id));
}

export function findSuggestion(actorType: ActorTypeId, id: string, isCore = false): SuggestedCard | undefined {
  return suggestedCards(actorType, isCore).find((suggestion) => suggestion.id === id);
}

/** One end of a pair: its actor type, and whether it is a core actor of the network. */
export interface PatternEnd {
  actorType: ActorTypeId;
  isCore: boolean;
}

/** The patterns by which an organisation `from` may strengthen an organisation `to`. */
export function patternsBetween(from: PatternEnd, to: PatternEnd): ActorPattern[] {
  return ACTOR_PATTERNS.filter((pattern) => offersBy(pattern, from.actorType, from.isCore) && needsBy(pattern, to.actorType, to.isCore));
}
