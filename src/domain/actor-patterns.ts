import type { ActorTypeId } from './actor-type.ts';
import type { CardKind, CardSide } from './offer-need.ts';
import type { CoreValueId } from './value.ts';

/**
 * Who tends to strengthen whom, by actor type. Drawn from the handbook's notes under each of the five
 * values ("Få flere på banen", the værdispil chapter): organisations with daily contact with residents
 * give others access to target groups; organisations with a specialised field (health, education)
 * lift others' competence; the core actors of the area (helhedsplaner) know everyone and can connect
 * them; resident-run associations know which social initiatives residents ask for, which businesses
 * want to support; housing organisations and municipal institutions lend premises, businesses give
 * sponsorships and surplus goods, and volunteer organisations and resident-run associations need them.
 * Two patterns are our own reading of the handbook's point that organisations close to citizens bring
 * social know-how, and of volunteers' time as a resource ('naerhed', 'frivillige-kraefter').
 *
 * Texts are catalogue keys, so they translate: `collaboration.pattern.<id>.offer` (a suggested offer
 * card), `.need` (a suggested need card) and `.reason` (why two organisations may match).
 */
export interface ActorPattern {
  id: PatternId;
  /** Actor types that can typically offer this. */
  offerBy: readonly ActorTypeId[];
  /** Actor types that typically need it. */
  needBy: readonly ActorTypeId[];
  kind: CardKind;
  /** The value of the sunshine model the handbook files the pattern under. */
  valueId: CoreValueId;
}

export const PATTERN_IDS = ['lokalkendskab', 'faglig-viden', 'naerhed', 'koble-aktoerer', 'beboernes-oensker', 'lokaler', 'sponsorat', 'frivillige-kraefter'] as const;
export type PatternId = (typeof PATTERN_IDS)[number];

export const ACTOR_PATTERNS: readonly ActorPattern[] = [
  {
    id: 'lokalkendskab',
    offerBy: ['beboerdrevne-foreninger', 'boligrelaterede-organisationer'],
    needBy: ['kommunale-institutioner', 'erhvervsdrivende', 'frivillige-organisationer', 'andre-aktoerer'],
    kind: 'maalgruppe',
    valueId: 'bredere-maalgruppe',
  },
  {
    id: 'faglig-viden',
    offerBy: ['kommunale-institutioner', 'andre-aktoerer'],
    needBy: ['beboerdrevne-foreninger', 'frivillige-organisationer', 'boligrelaterede-organisationer'],
    kind: 'kompetence',
    valueId: 'oeget-faglighed',
  },
  {
    id: 'naerhed',
    offerBy: ['frivillige-organisationer'],
    needBy: ['kommunale-institutioner', 'andre-aktoerer'],
    kind: 'kompetence',
    valueId: 'oeget-faglighed',
  },
  {
    id: 'koble-aktoerer',
    offerBy: ['boligrelaterede-organisationer'],
    needBy: ['beboerdrevne-foreninger', 'erhvervsdrivende', 'kommunale-institutioner', 'frivillige-organisationer', 'andre-aktoerer'],
    kind: 'netvaerk',
    valueId: 'staerkere-samarbejdsgrundlag',
  },
  {
    id: 'beboernes-oensker',
    offerBy: ['beboerdrevne-foreninger'],
    needBy: ['erhvervsdrivende'],
    kind: 'kompetence',
    valueId: 'stoerre-socialt-ansvar',
  },
  {
    id: 'lokaler',
    offerBy: ['boligrelaterede-organisationer', 'kommunale-institutioner'],
    needBy: ['frivillige-organisationer', 'beboerdrevne-foreninger'],
    kind: 'lokaler',
    valueId: 'adgang-til-flere-ressourcer',
  },
  {
    id: 'sponsorat',
    offerBy: ['erhvervsdrivende'],
    needBy: ['frivillige-organisationer', 'beboerdrevne-foreninger'],
    kind: 'penge',
    valueId: 'adgang-til-flere-ressourcer',
  },
  {
    id: 'frivillige-kraefter',
    offerBy: ['frivillige-organisationer'],
    needBy: ['boligrelaterede-organisationer', 'beboerdrevne-foreninger'],
    kind: 'frivillige',
    valueId: 'stoerre-socialt-ansvar',
  },
];

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
export function suggestedCards(actorType: ActorTypeId): SuggestedCard[] {
  const toCard =
    (side: CardSide) =>
    (pattern: ActorPattern): SuggestedCard => ({ id: suggestionId(pattern.id, side), patternId: pattern.id, side, kind: pattern.kind, valueId: pattern.valueId });
  return [
    ...ACTOR_PATTERNS.filter((pattern) => pattern.offerBy.includes(actorType)).map(toCard('offer')),
    ...ACTOR_PATTERNS.filter((pattern) => pattern.needBy.includes(actorType)).map(toCard('need')),
  ];
}

/**
 * The suggestions still open for an organisation: those it has neither accepted nor ignored
 * (`settledIds`: the ids of suggestions it has dealt with).
 */
export function openSuggestions(actorType: ActorTypeId, settledIds: readonly string[]): SuggestedCard[] {
  return suggestedCards(actorType).filter((suggestion) => !settledIds.includes(suggestion.id));
}

export function findSuggestion(actorType: ActorTypeId, id: string): SuggestedCard | undefined {
  return suggestedCards(actorType).find((suggestion) => suggestion.id === id);
}

/** The patterns by which an organisation of type `from` may strengthen one of type `to`. */
export function patternsBetween(from: ActorTypeId, to: ActorTypeId): ActorPattern[] {
  return ACTOR_PATTERNS.filter((pattern) => pattern.offerBy.includes(from) && pattern.needBy.includes(to));
}
