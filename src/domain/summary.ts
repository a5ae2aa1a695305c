import { ACTOR_TYPE_IDS, type ActorTypeId } from './actor-type.ts';
import { AGREEMENT_STATUSES, COLLABORATION_FORMS, type Agreement, type AgreementStatus, type CollaborationForm } from './agreement.ts';
import type { Link } from './link.ts';
import { suggestMatches, type MatchInput } from './matching.ts';
import { cardsOn, DEFAULT_CARD_KIND, type Card } from './offer-need.ts';
import type { Organisation } from './organisation.ts';

/*
 * Opsamling: the whole workshop at a glance, as plain groupings the summary screen (and print) lay
 * out. Pure; names and texts are the caller's.
 */

export interface ActorTypeGroup {
  actorType: ActorTypeId;
  organisations: Organisation[];
}

/** The participants grouped by actor type, in the handbook's order of types; types nobody has are left out. */
export function participantsByActorType(organisations: readonly Organisation[]): ActorTypeGroup[] {
  return ACTOR_TYPE_IDS.map((actorType) => ({ actorType, organisations: organisations.filter((organisation) => organisation.actorType === actorType) })).filter(
    (group) => group.organisations.length > 0,
  );
}

export interface FormGroup {
  form: CollaborationForm;
  agreements: Agreement[];
}

/** The agreements grouped by collaboration form, in ladder order (videndele first); empty forms are left out. */
export function agreementsByForm(agreements: readonly Agreement[]): FormGroup[] {
  return COLLABORATION_FORMS.map((form) => ({ form, agreements: agreements.filter((agreement) => agreement.form === form) })).filter(
    (group) => group.agreements.length > 0,
  );
}

export interface FollowUpTally {
  total: number;
  byStatus: Record<AgreementStatus, number>;
  /** Agreements with no status yet. */
  notFollowedUp: number;
  /** Completed or in progress: what held. */
  held: number;
}

/** What held: how many agreements have each follow-up status, and how many have none yet. */
export function followUpTally(agreements: readonly Agreement[]): FollowUpTally {
  const byStatus = Object.fromEntries(AGREEMENT_STATUSES.map((status) => [status, 0])) as Record<AgreementStatus, number>;
  let notFollowedUp = 0;
  for (const agreement of agreements) {
    if (agreement.status === null) notFollowedUp += 1;
    else byStatus[agreement.status] += 1;
  }
  return { total: agreements.length, byStatus, notFollowedUp, held: byStatus.gennemfoert + byStatus['i-gang'] };
}

/** How many of the workshop's organisations take part in at least one agreement. */
export function organisationsInAgreements(organisations: readonly Organisation[], agreements: readonly Agreement[]): number {
  return organisations.filter((organisation) => agreements.some((agreement) => agreement.organisationIds.includes(organisation.id))).length;
}

export interface OpenNeed {
  organisationId: string;
  card: Card;
}

/**
 * The need cards no link meets yet, in the organisations' order and each one's own: what is left to
 * work on after the meeting (Opsamling and the summary PDF show the same list). A link meets a need
 * of the organisation it strengthens when what it brings — its offer card and its "ved at …" together —
 * would be suggested for that need by the match rule (`suggestMatches`: shared words, a chosen kind
 * alike, a fitting pattern); a link to an organisation about something else meets none of its needs.
 */
export function openNeeds(input: MatchInput): OpenNeed[] {
  const met = metNeedIds(input.organisations, input.cards, input.links);
  return input.organisations.flatMap((organisation) =>
    cardsOn(input.cards[organisation.id] ?? [], 'need')
      .filter((card) => !met.has(card.id))
      .map((card) => ({ organisationId: organisation.id, card })),
  );
}

/** The ids of the need cards some link meets: each link as an offer card of its own, matched against the needs. */
function metNeedIds(organisations: MatchInput['organisations'], cards: MatchInput['cards'], links: readonly Link[]): Set<string> {
  const linkCards: Record<string, Card[]> = Object.fromEntries(organisations.map((organisation) => [organisation.id, cardsOn(cards[organisation.id] ?? [], 'need')]));
  const linkOf = new Map<string, Link>();
  for (const link of links) {
    const offer = (cards[link.fromId] ?? []).find((card) => card.id === link.offerCardId);
    const id = `link:${link.id}`;
    linkOf.set(id, link);
    linkCards[link.fromId]?.push({
      id,
      side: 'offer',
      text: offer ? `${offer.text}. ${link.text}` : link.text,
      kind: offer?.kind ?? DEFAULT_CARD_KIND,
      valueId: offer?.valueId ?? null,
    });
  }
  const met = new Set<string>();
  for (const match of suggestMatches({ organisations, cards: linkCards, links: [] })) {
    const link = match.offerCardId === null ? undefined : linkOf.get(match.offerCardId);
    // Only the organisation the link strengthens has its need met by it.
    if (link && match.reason.code === 'cards' && match.needCardId !== null && match.toId === link.toId) met.add(match.needCardId);
  }
  return met;
}
