import * as Y from 'yjs';
import type { Agreement } from '../domain/agreement.ts';
import { COMMON_PICTURE_RECORD } from '../domain/common-picture.ts';
import type { Link } from '../domain/link.ts';
import type { Card } from '../domain/offer-need.ts';
import { pieceIdOfAnswer, deriveWarmUpPieces } from '../domain/warm-up.ts';
import { EMPTY_CONTROL, emptySetup, SETUP_RECORD, WORKSHOP_SCHEMA_VERSION, type Workshop } from '../domain/workshop.ts';
import { controlRoot, orgRoot, restoreFields, setupRoot } from '../domain/workshop-doc.ts';
import { HOUSEKEEPING } from './origins.ts';
import type { WorkshopDocs } from './workshop-docs.ts';

/*
 * The writing side of the workshop's documents. Where each record lies, what it holds and how it is
 * read (leniently: nothing a document holds can make reading fail) is in src/domain/workshop-doc.ts
 * and beside each record's type (its *_RECORD); the commands write through the accessors below.
 */

export {
  hasWorkshop,
  readAgreements,
  readBoardRules,
  readCards,
  readControl,
  readDrivers,
  readLinks,
  readOrganisations,
  readSchemaVersion,
  readSection,
  readSettledSuggestions,
  readSetup,
  readValues,
  readWarmUpDecisions,
  readWorkshop,
} from '../domain/workshop-doc.ts';

/** The facilitator's key points from Det fælles billede, read as `readWorkshop` reads them. */
export function readKeyPoints(docs: Pick<WorkshopDocs, 'setup'>): string {
  return restoreFields(setupRoot(docs, 'commonPicture'), COMMON_PICTURE_RECORD).keyPoints;
}

/** When the workshop was created (epoch milliseconds), read as `readWorkshop` reads it. */
export function readCreatedAt(docs: Pick<WorkshopDocs, 'setup'>): number {
  return restoreFields(setupRoot(docs, 'facts'), SETUP_RECORD).createdAt;
}

export function factsMap(docs: WorkshopDocs): Y.Map<unknown> {
  return setupRoot(docs, 'facts');
}
export function organisationsMap(docs: WorkshopDocs): Y.Map<Y.Map<unknown>> {
  return setupRoot(docs, 'organisations') as Y.Map<Y.Map<unknown>>;
}
export function coreDisabledMap(docs: WorkshopDocs): Y.Map<boolean> {
  return setupRoot(docs, 'coreDisabled') as Y.Map<boolean>;
}
export function customValuesMap(docs: WorkshopDocs): Y.Map<Y.Map<unknown>> {
  return setupRoot(docs, 'customValues') as Y.Map<Y.Map<unknown>>;
}
export function controlMap(docs: WorkshopDocs): Y.Map<unknown> {
  return controlRoot(docs, 'control');
}
export function timersMap(docs: WorkshopDocs): Y.Map<Y.Map<unknown>> {
  return controlRoot(docs, 'timers') as Y.Map<Y.Map<unknown>>;
}
export function commonPictureMap(docs: WorkshopDocs): Y.Map<unknown> {
  return setupRoot(docs, 'commonPicture');
}
export function placedMap(docs: WorkshopDocs, orgId: string): Y.Map<Y.Map<unknown>> {
  return orgRoot(docs, orgId, 'placed') as Y.Map<Y.Map<unknown>>;
}
export function sectionMap(docs: WorkshopDocs, orgId: string): Y.Map<unknown> {
  return orgRoot(docs, orgId, 'section');
}
export function driversMap(docs: WorkshopDocs, orgId: string): Y.Map<Y.Map<unknown>> {
  return orgRoot(docs, orgId, 'drivers') as Y.Map<Y.Map<unknown>>;
}
export function warmUpPiecesMap(docs: WorkshopDocs): Y.Map<Y.Map<unknown>> {
  return setupRoot(docs, 'warmUpPieces') as Y.Map<Y.Map<unknown>>;
}
export function warmUpMergesMap(docs: WorkshopDocs): Y.Map<string> {
  return setupRoot(docs, 'warmUpMerges') as Y.Map<string>;
}
export function agreementsMap(docs: WorkshopDocs): Y.Map<Y.Map<unknown>> {
  return setupRoot(docs, 'agreements') as Y.Map<Y.Map<unknown>>;
}
export function cardsMap(docs: WorkshopDocs, orgId: string): Y.Map<Y.Map<unknown>> {
  return orgRoot(docs, orgId, 'cards') as Y.Map<Y.Map<unknown>>;
}
export function linksMap(docs: WorkshopDocs, orgId: string): Y.Map<Y.Map<unknown>> {
  return orgRoot(docs, orgId, 'links') as Y.Map<Y.Map<unknown>>;
}
export function suggestionsMap(docs: WorkshopDocs, orgId: string): Y.Map<string> {
  return orgRoot(docs, orgId, 'suggestions') as Y.Map<string>;
}

/** Writes a new workshop's first state. Not undoable: there is nothing before it. */
export function writeNewWorkshop(docs: WorkshopDocs, title: string, createdAt: number): void {
  docs.setup.transact(() => {
    const facts = factsMap(docs);
    for (const [key, value] of Object.entries(emptySetup(title))) facts.set(key, value);
    facts.set('createdAt', createdAt);
    facts.set('schemaVersion', WORKSHOP_SCHEMA_VERSION);
  });
  // The timers have a map of their own ('timers'), empty at first.
  const { timers: _timers, ...control } = EMPTY_CONTROL;
  docs.control.transact(() => {
    for (const [key, value] of Object.entries(control)) controlMap(docs).set(key, value);
  });
}

export function newEntityMap(fields: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) map.set(key, value);
  return map;
}

/** Entities keep their order in a number field: 'position' (a list the facilitator orders) or 'order' (when added). */
type OrderKey = 'position' | 'order';

function rank(map: Y.Map<unknown>, key: OrderKey): number {
  const value = map.get(key);
  return typeof value === 'number' && Number.isFinite(value) ? value : Number.MAX_SAFE_INTEGER;
}

/** The entries of an ordered map, in order (ties broken by id so every device agrees). */
export function ordered(map: Y.Map<Y.Map<unknown>>, key: OrderKey = 'position'): [string, Y.Map<unknown>][] {
  return [...map.entries()]
    .filter((entry): entry is [string, Y.Map<unknown>] => entry[1] instanceof Y.Map)
    .sort(([idA, a], [idB, b]) => rank(a, key) - rank(b, key) || (idA < idB ? -1 : idA > idB ? 1 : 0));
}

/** The order number for an entity added at the end of an ordered map. */
export function nextRank(map: Y.Map<Y.Map<unknown>>, key: OrderKey = 'position'): number {
  return Math.max(-1, ...ordered(map, key).map(([, entry]) => rank(entry, key)).filter((value) => value < Number.MAX_SAFE_INTEGER)) + 1;
}

/** An agreement's stored fields (everything but its id, which is its key, and its order). */
export function agreementFields(agreement: Agreement): Record<string, unknown> {
  const { id: _id, ...fields } = agreement;
  return { ...fields, organisationIds: [...agreement.organisationIds] };
}

/** Writes agreements (from an imported file) into fresh documents, keeping their order. Bookkeeping, not an undo step. */
export function writeAgreementsSnapshot(docs: WorkshopDocs, agreements: readonly Agreement[]): void {
  docs.setup.transact(() => {
    const map = agreementsMap(docs);
    agreements.forEach((agreement, order) => map.set(agreement.id, newEntityMap({ ...agreementFields(agreement), order })));
  }, HOUSEKEEPING);
}

/** A card's stored fields (its id is its key). */
export function cardFields(card: Omit<Card, 'id'>, order: number): Record<string, unknown> {
  return { side: card.side, text: card.text, kind: card.kind, valueId: card.valueId, order };
}

/** A link's stored fields in its maker's document (its id is its key, its maker the document). */
export function linkFields(link: Omit<Link, 'id' | 'fromId'>, order: number): Record<string, unknown> {
  return { toId: link.toId, text: link.text, offerCardId: link.offerCardId, order };
}

/**
 * Writes cards, links and settled suggestions from a snapshot (an imported file) into fresh
 * documents, keeping their order. Bookkeeping, not an undo step: there is nothing before it.
 */
export function writeCollaborationSnapshot(
  docs: WorkshopDocs,
  workshop: Pick<Workshop, 'cards' | 'links'> & Partial<Pick<Workshop, 'settledSuggestions'>>,
): void {
  const orgIds = new Set([...Object.keys(workshop.cards), ...workshop.links.map((link) => link.fromId), ...Object.keys(workshop.settledSuggestions ?? {})]);
  for (const orgId of orgIds) {
    const links = workshop.links.filter((link) => link.fromId === orgId);
    docs.orgDoc(orgId).transact(() => {
      const cards = cardsMap(docs, orgId);
      (workshop.cards[orgId] ?? []).forEach((card, order) => cards.set(card.id, newEntityMap(cardFields(card, order))));
      links.forEach((link, order) => linksMap(docs, orgId).set(link.id, newEntityMap(linkFields(link, order))));
      for (const id of workshop.settledSuggestions?.[orgId] ?? []) suggestionsMap(docs, orgId).set(id, 'accepted');
    }, HOUSEKEEPING);
  }
}

export function writeSchemaVersion(docs: WorkshopDocs, version: number): void {
  docs.setup.transact(() => factsMap(docs).set('schemaVersion', version), HOUSEKEEPING);
}

/**
 * Writes a whole workshop snapshot (from an imported file) into fresh documents, so that
 * `readWorkshop` gives the same snapshot back. Bookkeeping, not an undo step: there is nothing before it.
 * The warm-up's pieces are not stored but derived; the facilitator's decisions that make them
 * (merges, names, pieces left out) are worked back out of the pieces.
 */
export function writeWorkshopSnapshot(docs: WorkshopDocs, workshop: Workshop): void {
  docs.setup.transact(() => {
    const facts = factsMap(docs);
    for (const [key, value] of Object.entries(workshop.setup)) facts.set(key, value);
    facts.set('createdAt', workshop.createdAt);
    facts.set('schemaVersion', WORKSHOP_SCHEMA_VERSION);
    workshop.organisations.forEach(({ id, ...fields }, position) => organisationsMap(docs).set(id, newEntityMap({ ...fields, position })));
    for (const id of workshop.values.disabledCore) coreDisabledMap(docs).set(id, true);
    workshop.values.custom.forEach(({ id, ...fields }, position) => customValuesMap(docs).set(id, newEntityMap({ ...fields, position })));
    if (workshop.keyPoints !== '') commonPictureMap(docs).set('keyPoints', workshop.keyPoints);
    writeWarmUpDecisions(docs, workshop);
  }, HOUSEKEEPING);
  docs.control.transact(() => {
    const { timers, ...control } = workshop.control;
    for (const [key, value] of Object.entries(control)) if (value !== null) controlMap(docs).set(key, value);
    for (const [phase, timer] of Object.entries(timers)) timersMap(docs).set(phase, newEntityMap({ ...timer }));
  }, HOUSEKEEPING);
  for (const organisation of workshop.organisations) {
    const section = workshop.sections[organisation.id];
    const answers = workshop.warmUp.answers[organisation.id] ?? [];
    docs.orgDoc(organisation.id).transact(() => {
      section?.placed.forEach((piece, order) => placedMap(docs, organisation.id).set(piece.valueId, newEntityMap({ example: piece.example, order })));
      if (section?.mostImportant) sectionMap(docs, organisation.id).set('mostImportant', section.mostImportant);
      answers.forEach((answer, order) => driversMap(docs, organisation.id).set(answer.id, newEntityMap({ text: answer.text, order })));
    }, HOUSEKEEPING);
  }
}

/** The decisions that turn the stored answers into `workshop.warmUp.pieces` again. */
function writeWarmUpDecisions(docs: WorkshopDocs, workshop: Workshop): void {
  const merges: Record<string, string> = {};
  for (const piece of workshop.warmUp.pieces) {
    for (const answerId of piece.answerIds) if (pieceIdOfAnswer(answerId) !== piece.id) merges[answerId] = piece.id;
  }
  const dropped = workshop.warmUp.pieces.filter((piece) => piece.isDropped).map((piece) => piece.id);
  const answers = workshop.organisations.map((organisation) => ({ organisationId: organisation.id, answers: workshop.warmUp.answers[organisation.id] ?? [] }));
  const unnamed = new Map(deriveWarmUpPieces(answers, { merges, names: {}, dropped }).map((piece) => [piece.id, piece.name]));
  for (const [answerId, pieceId] of Object.entries(merges)) warmUpMergesMap(docs).set(answerId, pieceId);
  for (const piece of workshop.warmUp.pieces) {
    const decision: Record<string, unknown> = {};
    if (unnamed.get(piece.id) !== piece.name) decision.name = piece.name;
    if (piece.isDropped) decision.isDropped = true;
    if (Object.keys(decision).length > 0) warmUpPiecesMap(docs).set(piece.id, newEntityMap(decision));
  }
}
