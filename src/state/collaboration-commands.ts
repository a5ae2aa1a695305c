import { findSuggestion, isCoreActor } from '../domain/actor-patterns.ts';
import { newId } from '../domain/ids.ts';
import type * as Y from 'yjs';
import { answererOf, LINK_RECORD, validateLink, validateProposal, type Link, type LinkAnswer, type LinkDraft, type LinkEnds, type LinkProposal } from '../domain/link.ts';
import { CARD_RECORD, validateCard, type Card, type CardDraft } from '../domain/offer-need.ts';
import { ok, refuse, type Result } from '../domain/result.ts';
import { CONTROL_RECORD, workshopValuesInPlay, type Workshop } from '../domain/workshop.ts';
import type { CommandContext } from './commands.ts';
import { LOCAL_EDIT } from './origins.ts';
import { isPhaseLocked } from './progress-commands.ts';
import type { WorkshopDocs } from './workshop-docs.ts';
import {
  cardRecord,
  cardsMap,
  controlMap,
  findLinkEnds,
  linkAnswersMap,
  linkRecord,
  linksMap,
  updateRecord,
  nextRank,
  organisationsMap,
  readCards,
  readWorkshop,
  suggestionsMap,
} from './workshop-layout.ts';

/*
 * Gør hinanden stærkere: an organisation's offer and need cards, its answers to the actor-type
 * suggestions, the links it proposes ("Vi kan styrke X ved at …", "X kan styrke os ved at …") and its
 * answers to the proposals made to it. All of it is written to the organisation's own documents, so in
 * a live session each tablet writes only its own; a link the facilitator makes goes to the document of
 * the organisation that strengthens. Each command checks with the domain first, changes
 * nothing when refused, and writes in one transaction with origin LOCAL_EDIT: one undo step. What a
 * tablet writes (cards, suggestions, proposals, its answers and withdrawals) is refused while the
 * facilitator has locked the phase, as the server refuses it (`LOCKED_BY_PHASE`).
 */

const PHASE = 'goer-hinanden-staerkere';

/** Refused while the facilitator has locked writing in Gør hinanden stærkere. */
function lockedRefusal(context: CommandContext): Result<never> | null {
  return isPhaseLocked(context, PHASE) ? refuse('phase-locked', { phase: PHASE }) : null;
}

/** The cards may name a value in play, or none. */
function valueIdsInPlay(workshop: Workshop): string[] {
  return workshopValuesInPlay(workshop).map((value) => value.id);
}

/**
 * Opens every organisation's offer and need cards up to every device, or hides them again: until then a
 * tablet receives only its own, and the projector none (the session server keeps them back). An undo
 * step, like the reveal of the pieces.
 */
export function setCardsShown({ docs }: CommandContext, areCardsShown: boolean): Result<boolean> {
  updateRecord(docs.control, controlMap(docs), CONTROL_RECORD, { areCardsShown }, LOCAL_EDIT);
  return ok(areCardsShown);
}

/** Adds a card to an organisation's offers or needs. */
export function addCard(context: CommandContext, orgId: string, draft: CardDraft): Result<Card> {
  const { docs } = context;
  if (!organisationsMap(docs).has(orgId)) return refuse('organisation-missing');
  const locked = lockedRefusal(context);
  if (locked) return locked;
  const checked = validateCard(draft, valueIdsInPlay(readWorkshop(docs)), readCards(docs, orgId));
  if (!checked.ok) return checked;
  const card: Card = { id: newId(12, context.random), ...checked.value };
  const cards = cardsMap(docs, orgId);
  docs.cardsDoc(orgId).transact(() => cards.set(card.id, cardRecord(card, nextRank(cards, 'order'))), LOCAL_EDIT);
  return ok(card);
}

/** Changes a card's text, kind or value (its side stays: an offer does not turn into a need). */
export function updateCard(context: CommandContext, orgId: string, cardId: string, draft: Omit<CardDraft, 'side'>): Result<Card> {
  const { docs } = context;
  if (!organisationsMap(docs).has(orgId)) return refuse('organisation-missing');
  const locked = lockedRefusal(context);
  if (locked) return locked;
  const cards = readCards(docs, orgId);
  const card = cards.find((candidate) => candidate.id === cardId);
  const map = cardsMap(docs, orgId).get(cardId);
  if (!card || !map) return refuse('card-missing');
  const checked = validateCard(
    { ...draft, side: card.side },
    valueIdsInPlay(readWorkshop(docs)),
    cards.filter((other) => other.id !== cardId),
  );
  if (!checked.ok) return checked;
  const updated: Card = { id: cardId, ...checked.value };
  updateRecord(docs.cardsDoc(orgId), map, CARD_RECORD, { text: updated.text, kind: updated.kind, valueId: updated.valueId }, LOCAL_EDIT);
  return ok(updated);
}

/**
 * Removes a card. Links made from it stay (what they say is the user's own text); they only lose
 * the reference, and undo brings the card back.
 */
export function removeCard(context: CommandContext, orgId: string, cardId: string): Result<Card> {
  const { docs } = context;
  if (!organisationsMap(docs).has(orgId)) return refuse('organisation-missing');
  const locked = lockedRefusal(context);
  if (locked) return locked;
  const card = readCards(docs, orgId).find((candidate) => candidate.id === cardId);
  if (!card) return refuse('card-missing');
  docs.cardsDoc(orgId).transact(() => cardsMap(docs, orgId).delete(cardId), LOCAL_EDIT);
  return ok(card);
}

/**
 * Turns an actor-type suggestion into a real card with `text` (the suggestion's text in the user's
 * language, or as the user edited it) and takes the suggestion off the list, in one step.
 */
export function acceptSuggestion(context: CommandContext, orgId: string, suggestionId: string, text: string): Result<Card> {
  const { docs } = context;
  const workshop = readWorkshop(docs);
  const organisation = workshop.organisations.find((candidate) => candidate.id === orgId);
  if (!organisation) return refuse('organisation-missing');
  const locked = lockedRefusal(context);
  if (locked) return locked;
  const suggestion = findSuggestion(organisation.actorType, suggestionId, isCoreActor(workshop, orgId));
  if (!suggestion || suggestionsMap(docs, orgId).has(suggestionId)) return refuse('suggestion-missing');
  const valueIds = valueIdsInPlay(workshop);
  // A suggestion names the core value it comes from; when the group has switched it off, the card names none.
  const valueId = valueIds.includes(suggestion.valueId) ? suggestion.valueId : null;
  const checked = validateCard({ side: suggestion.side, kind: suggestion.kind, valueId, text }, valueIds, workshop.cards[orgId] ?? []);
  if (!checked.ok) return checked;
  const card: Card = { id: newId(12, context.random), ...checked.value };
  const cards = cardsMap(docs, orgId);
  docs.cardsDoc(orgId).transact(() => {
    cards.set(card.id, cardRecord(card, nextRank(cards, 'order')));
    suggestionsMap(docs, orgId).set(suggestionId, 'accepted');
  }, LOCAL_EDIT);
  return ok(card);
}

/** Takes a suggestion off an organisation's list without making a card (undo puts it back). */
export function ignoreSuggestion(context: CommandContext, orgId: string, suggestionId: string): Result<string> {
  const { docs } = context;
  const workshop = readWorkshop(docs);
  const organisation = workshop.organisations.find((candidate) => candidate.id === orgId);
  if (!organisation) return refuse('organisation-missing');
  const locked = lockedRefusal(context);
  if (locked) return locked;
  if (!findSuggestion(organisation.actorType, suggestionId, isCoreActor(workshop, orgId)) || suggestionsMap(docs, orgId).has(suggestionId)) return refuse('suggestion-missing');
  docs.cardsDoc(orgId).transact(() => suggestionsMap(docs, orgId).set(suggestionId, 'ignored'), LOCAL_EDIT);
  return ok(suggestionId);
}

/**
 * Checks a link against the workshop: `others` are the links and open proposals it must not repeat;
 * the card it is made from must be one of the strengthening organisation's offers.
 */
function checkOfferCard(workshop: Workshop, draft: LinkDraft): Result<LinkDraft> {
  const isOffer = (workshop.cards[draft.fromId] ?? []).some((card) => card.id === draft.offerCardId && card.side === 'offer');
  return draft.offerCardId !== null && !isOffer ? refuse('card-missing') : ok(draft);
}

/** The workshop's links and the proposals still open: what a new link must not repeat. */
function linksInPlay(workshop: Workshop): Link[] {
  return [...workshop.links, ...workshop.linkProposals.filter((proposal) => proposal.answer === 'open')];
}

function organisationIds(workshop: Workshop): string[] {
  return workshop.organisations.map((organisation) => organisation.id);
}

/** Writes a new link or proposal into its maker's document, at the end of its list. */
function writeLink(context: CommandContext, draft: LinkDraft, makerId: string, isProposal: boolean): Link {
  const { docs } = context;
  const link: Link = { id: newId(12, context.random), ...draft };
  const links = linksMap(docs, makerId);
  docs.orgDoc(makerId).transact(() => links.set(link.id, linkRecord(link, makerId, isProposal, nextRank(links, 'order'))), LOCAL_EDIT);
  return link;
}

/** Makes a strengthening link, "X styrker Y ved at …", stored in X's document (the facilitator's screen, one device). */
export function addLink(context: CommandContext, draft: LinkDraft): Result<Link> {
  const workshop = readWorkshop(context.docs);
  const checked = validateLink(draft, organisationIds(workshop), linksInPlay(workshop));
  if (!checked.ok) return checked;
  const card = checkOfferCard(workshop, checked.value);
  return card.ok ? ok(writeLink(context, card.value, card.value.fromId, false)) : card;
}

/**
 * A tablet proposes a link of which its organisation is one end: "Vi kan styrke X ved at …" (`fromId`
 * is the proposer) or "X kan styrke os ved at …" (`toId` is). Stored in the proposer's own document; a
 * link once X, or the facilitator, accepts it (`answerProposal`).
 */
export function proposeLink(context: CommandContext, proposerId: string, draft: LinkDraft): Result<LinkProposal> {
  const locked = lockedRefusal(context);
  if (locked) return locked;
  const workshop = readWorkshop(context.docs);
  const checked = validateProposal(draft, proposerId, organisationIds(workshop), linksInPlay(workshop));
  if (!checked.ok) return checked;
  const card = checkOfferCard(workshop, checked.value);
  if (!card.ok) return card;
  return ok({ ...writeLink(context, card.value, proposerId, true), proposedBy: proposerId, answer: 'open' });
}

/** Where a link or proposal lies, or null when no organisation of the workshop has one of that id. */
function findLink(docs: WorkshopDocs, linkId: string): { ends: LinkEnds; map: Y.Map<unknown> } | null {
  const ends = findLinkEnds(docs, organisationIds(readWorkshop(docs)), linkId);
  const map = ends ? linksMap(docs, ends.makerId).get(linkId) : undefined;
  return ends && map ? { ends, map } : null;
}

/**
 * Answers a proposal, in the document of the organisation it asks. `answererId` is that organisation's
 * tablet, or null for the facilitator, who may answer for it (and change an answer).
 */
export function answerProposal(context: CommandContext, linkId: string, answer: LinkAnswer, answererId: string | null): Result<LinkAnswer> {
  const { docs } = context;
  const found = findLink(docs, linkId);
  if (!found || found.map.get('isProposal') !== true) return refuse('link-missing');
  const askedId = answererOf(found.ends);
  if (answererId !== null && answererId !== askedId) return refuse('link-not-yours');
  // A tablet's answer waits for the lock; the facilitator may answer for an organisation meanwhile.
  if (answererId !== null) {
    const locked = lockedRefusal(context);
    if (locked) return locked;
  }
  const answers = linkAnswersMap(docs, askedId);
  if (answers.get(linkId) !== answer) docs.orgDoc(askedId).transact(() => answers.set(linkId, answer), LOCAL_EDIT);
  return ok(answer);
}

/**
 * Changes how a link strengthens, and the organisation at its other end (the end that did not make it:
 * the link stays in its maker's document). A proposal's answer stays.
 */
export function updateLink({ docs }: CommandContext, linkId: string, change: { otherId: string; text: string }): Result<Link> {
  const found = findLink(docs, linkId);
  const workshop = readWorkshop(docs);
  const link = [...workshop.links, ...workshop.linkProposals].find((candidate) => candidate.id === linkId);
  if (!found || !link) return refuse('link-missing');
  const { makerId } = found.ends;
  const draft: LinkDraft = { ...link, ...(makerId === link.fromId ? { toId: change.otherId } : { fromId: change.otherId }), text: change.text };
  const checked = validateLink(
    draft,
    organisationIds(workshop),
    linksInPlay(workshop).filter((other) => other.id !== linkId),
  );
  if (!checked.ok) return checked;
  const { fromId, toId, text } = checked.value;
  updateRecord(docs.orgDoc(makerId), found.map, LINK_RECORD, { fromId: fromId === makerId ? null : fromId, toId, text }, LOCAL_EDIT);
  return ok({ ...link, fromId, toId, text });
}

/** Removes a link, or withdraws a proposal (undo brings it back, with any answer it had). */
export function removeLink({ docs }: CommandContext, linkId: string): Result<LinkEnds> {
  const found = findLink(docs, linkId);
  if (!found) return refuse('link-missing');
  const { makerId } = found.ends;
  docs.orgDoc(makerId).transact(() => linksMap(docs, makerId).delete(linkId), LOCAL_EDIT);
  return ok(found.ends);
}

/** A tablet withdraws a proposal it made (it may not remove another organisation's). */
export function withdrawProposal(context: CommandContext, proposerId: string, linkId: string): Result<LinkEnds> {
  const found = findLink(context.docs, linkId);
  if (found?.ends.makerId !== proposerId) return refuse('link-missing');
  const locked = lockedRefusal(context);
  if (locked) return locked;
  return removeLink(context, linkId);
}
