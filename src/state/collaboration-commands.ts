import { findSuggestion } from '../domain/actor-patterns.ts';
import { newId } from '../domain/ids.ts';
import { LINK_RECORD, validateLink, type Link, type LinkDraft } from '../domain/link.ts';
import { CARD_RECORD, validateCard, type Card, type CardDraft } from '../domain/offer-need.ts';
import { ok, refuse, type Result } from '../domain/result.ts';
import { workshopValuesInPlay, type Workshop } from '../domain/workshop.ts';
import type { CommandContext } from './commands.ts';
import { LOCAL_EDIT } from './origins.ts';
import type { WorkshopDocs } from './workshop-docs.ts';
import {
  cardRecord,
  cardsMap,
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
 * suggestions and the links it makes ("X styrker Y ved at …"). All of it is written to the
 * organisation's own document — a link to the document of the organisation that strengthens — so in
 * a live session each tablet writes only its own. Each command checks with the domain first, changes
 * nothing when refused, and writes in one transaction with origin LOCAL_EDIT: one undo step.
 */

/** The cards may name a value in play, or none. */
function valueIdsInPlay(workshop: Workshop): string[] {
  return workshopValuesInPlay(workshop).map((value) => value.id);
}

/** Adds a card to an organisation's offers or needs. */
export function addCard(context: CommandContext, orgId: string, draft: CardDraft): Result<Card> {
  const { docs } = context;
  if (!organisationsMap(docs).has(orgId)) return refuse('organisation-missing');
  const checked = validateCard(draft, valueIdsInPlay(readWorkshop(docs)), readCards(docs, orgId));
  if (!checked.ok) return checked;
  const card: Card = { id: newId(12, context.random), ...checked.value };
  const cards = cardsMap(docs, orgId);
  docs.cardsDoc(orgId).transact(() => cards.set(card.id, cardRecord(card, nextRank(cards, 'order'))), LOCAL_EDIT);
  return ok(card);
}

/** Changes a card's text, kind or value (its side stays: an offer does not turn into a need). */
export function updateCard({ docs }: CommandContext, orgId: string, cardId: string, draft: Omit<CardDraft, 'side'>): Result<Card> {
  if (!organisationsMap(docs).has(orgId)) return refuse('organisation-missing');
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
export function removeCard({ docs }: CommandContext, orgId: string, cardId: string): Result<Card> {
  if (!organisationsMap(docs).has(orgId)) return refuse('organisation-missing');
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
  const suggestion = findSuggestion(organisation.actorType, suggestionId);
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
export function ignoreSuggestion({ docs }: CommandContext, orgId: string, suggestionId: string): Result<string> {
  const organisation = readWorkshop(docs).organisations.find((candidate) => candidate.id === orgId);
  if (!organisation) return refuse('organisation-missing');
  if (!findSuggestion(organisation.actorType, suggestionId) || suggestionsMap(docs, orgId).has(suggestionId)) return refuse('suggestion-missing');
  docs.cardsDoc(orgId).transact(() => suggestionsMap(docs, orgId).set(suggestionId, 'ignored'), LOCAL_EDIT);
  return ok(suggestionId);
}

/** Checks a link against the workshop; the card it is made from must be one of the maker's offers. */
function checkLink(docs: WorkshopDocs, draft: LinkDraft, others: readonly Link[]): Result<LinkDraft> {
  const workshop = readWorkshop(docs);
  const checked = validateLink(
    draft,
    workshop.organisations.map((organisation) => organisation.id),
    others,
  );
  if (!checked.ok) return checked;
  const isOffer = (workshop.cards[draft.fromId] ?? []).some((card) => card.id === draft.offerCardId && card.side === 'offer');
  if (draft.offerCardId !== null && !isOffer) return refuse('card-missing');
  return checked;
}

/** Makes a strengthening link, "X styrker Y ved at …", stored in X's document. */
export function addLink(context: CommandContext, draft: LinkDraft): Result<Link> {
  const { docs } = context;
  const checked = checkLink(docs, draft, readWorkshop(docs).links);
  if (!checked.ok) return checked;
  const link: Link = { id: newId(12, context.random), ...checked.value };
  const links = linksMap(docs, link.fromId);
  docs.orgDoc(link.fromId).transact(() => links.set(link.id, linkRecord(link, nextRank(links, 'order'))), LOCAL_EDIT);
  return ok(link);
}

/** Changes whom a link strengthens and how (its maker stays: the link lives in the maker's document). */
export function updateLink({ docs }: CommandContext, fromId: string, linkId: string, change: Pick<Link, 'toId' | 'text'>): Result<Link> {
  const links = readWorkshop(docs).links;
  const link = links.find((candidate) => candidate.id === linkId && candidate.fromId === fromId);
  const map = linksMap(docs, fromId).get(linkId);
  if (!link || !map) return refuse('link-missing');
  const checked = checkLink(
    docs,
    { ...link, ...change },
    links.filter((other) => other.id !== linkId),
  );
  if (!checked.ok) return checked;
  const updated: Link = { id: linkId, ...checked.value };
  updateRecord(docs.orgDoc(fromId), map, LINK_RECORD, { toId: updated.toId, text: updated.text }, LOCAL_EDIT);
  return ok(updated);
}

export function removeLink({ docs }: CommandContext, fromId: string, linkId: string): Result<Link> {
  const link = readWorkshop(docs).links.find((candidate) => candidate.id === linkId && candidate.fromId === fromId);
  if (!link) return refuse('link-missing');
  docs.orgDoc(fromId).transact(() => linksMap(docs, fromId).delete(linkId), LOCAL_EDIT);
  return ok(link);
}
