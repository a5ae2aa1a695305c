import * as Y from 'yjs';
import { AGREEMENT_ANSWER_RECORD, AGREEMENT_RECORD, type Agreement, type AgreementAnswers } from '../domain/agreement.ts';
import { COMMON_PICTURE_RECORD } from '../domain/common-picture.ts';
import { answererOf, LINK_RECORD, makerOf, type Link, type LinkAnswer, type LinkProposal } from '../domain/link.ts';
import { CARD_RECORD, type Card } from '../domain/offer-need.ts';
import { ORGANISATION_RECORD } from '../domain/organisation.ts';
import type { RecordFields, RecordOf } from '../domain/schema.ts';
import { TIMER_RECORD } from '../domain/timer.ts';
import { CUSTOM_VALUE_RECORD } from '../domain/value.ts';
import { PLACED_PIECE_RECORD, SECTION_RECORD } from '../domain/value-piece.ts';
import { deriveWarmUpPieces, pieceIdOfAnswer, WARM_UP_ANSWER_RECORD, WARM_UP_DECISION_RECORD } from '../domain/warm-up.ts';
import { CONTROL_RECORD, EMPTY_CONTROL, emptySetup, SETUP_RECORD, WORKSHOP_SCHEMA_VERSION, type Workshop } from '../domain/workshop.ts';
import { cardsRoot, controlRoot, orgRoot, piecesRoot, setupRoot } from '../domain/workshop-doc.ts';
import { HOUSEKEEPING } from './origins.ts';
import type { WorkshopDocs } from './workshop-docs.ts';

/*
 * The writing side of the workshop's documents. Where each record lies, what it holds and how it is
 * read (leniently: nothing a document holds can make reading fail) is in src/domain/workshop-doc.ts
 * and beside each record's type (its *_RECORD); the commands write through the accessors below.
 */

export {
  hasWorkshop,
  readAgreementAnswers,
  readAgreements,
  readBoardRules,
  readCards,
  readCreatedAt,
  readControl,
  readDone,
  readDrivers,
  readKeyPoints,
  findLinkEnds,
  readLinkEntries,
  readLinks,
  readLockedPhases,
  readOrganisations,
  readSchemaVersion,
  readSection,
  readSettledSuggestions,
  readSetup,
  readValues,
  readWarmUpDecisions,
  readWorkshop,
} from '../domain/workshop-doc.ts';


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
export function locksMap(docs: WorkshopDocs): Y.Map<true> {
  return controlRoot(docs, 'locks') as Y.Map<true>;
}
export function commonPictureMap(docs: WorkshopDocs): Y.Map<unknown> {
  return setupRoot(docs, 'commonPicture');
}
export function placedMap(docs: WorkshopDocs, orgId: string): Y.Map<Y.Map<unknown>> {
  return piecesRoot(docs, orgId, 'placed') as Y.Map<Y.Map<unknown>>;
}
export function sectionMap(docs: WorkshopDocs, orgId: string): Y.Map<unknown> {
  return piecesRoot(docs, orgId, 'section');
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
export function agreementAnswersMap(docs: WorkshopDocs, orgId: string): Y.Map<Y.Map<unknown>> {
  return orgRoot(docs, orgId, 'agreementAnswers') as Y.Map<Y.Map<unknown>>;
}
export function cardsMap(docs: WorkshopDocs, orgId: string): Y.Map<Y.Map<unknown>> {
  return cardsRoot(docs, orgId, 'cards') as Y.Map<Y.Map<unknown>>;
}
export function linksMap(docs: WorkshopDocs, orgId: string): Y.Map<Y.Map<unknown>> {
  return orgRoot(docs, orgId, 'links') as Y.Map<Y.Map<unknown>>;
}
export function linkAnswersMap(docs: WorkshopDocs, orgId: string): Y.Map<LinkAnswer> {
  return orgRoot(docs, orgId, 'linkAnswers') as Y.Map<LinkAnswer>;
}
export function doneMap(docs: WorkshopDocs, orgId: string): Y.Map<true> {
  return orgRoot(docs, orgId, 'done') as Y.Map<true>;
}
export function suggestionsMap(docs: WorkshopDocs, orgId: string): Y.Map<string> {
  return cardsRoot(docs, orgId, 'suggestions') as Y.Map<string>;
}

/** Writes a new workshop's first state. Not undoable: there is nothing before it. */
export function writeNewWorkshop(docs: WorkshopDocs, title: string, createdAt: number): void {
  docs.setup.transact(() => {
    const facts = factsMap(docs);
    writeFields(facts, SETUP_RECORD, { ...emptySetup(title), createdAt, schemaVersion: WORKSHOP_SCHEMA_VERSION });
  });
  // The timers have a map of their own ('timers'), empty at first.
  const { timers: _timers, ...control } = EMPTY_CONTROL;
  docs.control.transact(() => {
    writeFields(controlMap(docs), CONTROL_RECORD, control);
  });
}

/*
 * The records' codecs: every write of a record's fields goes through these, typed by its one schema
 * (the *_RECORD beside its type in src/domain/), so no command spells a field's name by hand.
 */

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => item === b[index]));
}

/** A new entry's map, holding the record's fields. */
export function newRecord<F extends RecordFields>(_record: F, values: RecordOf<F>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(values)) map.set(key, Array.isArray(value) ? [...value] : value);
  return map;
}

/**
 * Writes the given fields of a record where they differ from what it holds (inside a transaction).
 * Writing nothing makes no change, so a command that changes nothing leaves no undo step.
 */
export function writeFields<F extends RecordFields>(map: Y.Map<unknown>, _record: F, values: Partial<RecordOf<F>>): void {
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && !sameValue(map.get(key), value)) map.set(key, Array.isArray(value) ? [...value] : value);
  }
}

/**
 * Writes the given fields of a record in a transaction of its own with `origin`, only when that changes
 * anything: a write that changes nothing must not become an undo step.
 */
export function updateRecord<F extends RecordFields>(doc: Y.Doc, map: Y.Map<unknown>, record: F, values: Partial<RecordOf<F>>, origin: unknown): void {
  if (changesFields(map, record, values)) doc.transact(() => writeFields(map, record, values), origin);
}

/** Whether writing `values` would change the record (to choose a write's undo origin before writing). */
export function changesFields<F extends RecordFields>(map: Y.Map<unknown>, _record: F, values: Partial<RecordOf<F>>): boolean {
  return Object.entries(values).some(([key, value]) => value !== undefined && !sameValue(map.get(key), value));
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

/** An agreement's stored record (its id is its key). */
export function agreementRecord(agreement: Agreement, order: number): Y.Map<unknown> {
  const { id: _id, ...fields } = agreement;
  return newRecord(AGREEMENT_RECORD, { ...fields, order });
}

/** Writes agreements (from an imported file) into fresh documents, keeping their order. Bookkeeping, not an undo step. */
export function writeAgreementsSnapshot(docs: WorkshopDocs, agreements: readonly Agreement[]): void {
  docs.setup.transact(() => {
    const map = agreementsMap(docs);
    agreements.forEach((agreement, order) => map.set(agreement.id, agreementRecord(agreement, order)));
  }, HOUSEKEEPING);
}

/**
 * Writes the organisations' answers to the agreements (from an imported file) into fresh documents.
 * Bookkeeping, not an undo step.
 */
export function writeAgreementAnswersSnapshot(docs: WorkshopDocs, answers: AgreementAnswers): void {
  for (const [orgId, own] of Object.entries(answers)) {
    const entries = Object.entries(own);
    if (entries.length === 0) continue;
    docs.orgDoc(orgId).transact(() => {
      for (const [agreementId, answer] of entries) agreementAnswersMap(docs, orgId).set(agreementId, newRecord(AGREEMENT_ANSWER_RECORD, answer));
    }, HOUSEKEEPING);
  }
}

/** A card's stored record (its id is its key). */
export function cardRecord(card: Omit<Card, 'id'>, order: number): Y.Map<unknown> {
  return newRecord(CARD_RECORD, { side: card.side, text: card.text, kind: card.kind, valueId: card.valueId, order });
}

/**
 * A link's stored record in the document of `makerId` (its id is its key): `fromId` only when the maker
 * is the one strengthened; a proposal until the other end accepts it.
 */
export function linkRecord(link: Omit<Link, 'id' | 'proposedBy'>, makerId: string, isProposal: boolean, order: number): Y.Map<unknown> {
  return newRecord(LINK_RECORD, { toId: link.toId, text: link.text, offerCardId: link.offerCardId, fromId: link.fromId === makerId ? null : link.fromId, isProposal, order });
}

/**
 * Writes cards, links, proposals, answers and settled suggestions from a snapshot (an imported file) into
 * fresh documents, keeping their order. Bookkeeping, not an undo step: there is nothing before it.
 */
export function writeCollaborationSnapshot(
  docs: WorkshopDocs,
  workshop: Pick<Workshop, 'cards' | 'links'> & Partial<Pick<Workshop, 'settledSuggestions' | 'linkProposals'>>,
): void {
  // A proposal accepted is a link with its proposer; the answer lies with the other end.
  const stored: { link: Link | LinkProposal; answer: LinkAnswer | null }[] = [
    ...workshop.links.map((link) => ({ link, answer: link.proposedBy === undefined ? null : ('accepted' as const) })),
    ...(workshop.linkProposals ?? []).map((link) => ({ link, answer: link.answer === 'declined' ? ('declined' as const) : null })),
  ];
  const orgIds = new Set([...Object.keys(workshop.cards), ...stored.map(({ link }) => makerOf(link)), ...Object.keys(workshop.settledSuggestions ?? {})]);
  for (const orgId of orgIds) {
    const made = stored.filter(({ link }) => makerOf(link) === orgId);
    docs.cardsDoc(orgId).transact(() => {
      const cards = cardsMap(docs, orgId);
      (workshop.cards[orgId] ?? []).forEach((card, order) => cards.set(card.id, cardRecord(card, order)));
      for (const id of workshop.settledSuggestions?.[orgId] ?? []) suggestionsMap(docs, orgId).set(id, 'accepted');
    }, HOUSEKEEPING);
    docs.orgDoc(orgId).transact(() => {
      made.forEach(({ link }, order) => linksMap(docs, orgId).set(link.id, linkRecord(link, orgId, link.proposedBy !== undefined, order)));
    }, HOUSEKEEPING);
  }
  for (const { link, answer } of stored) {
    if (answer === null) continue;
    const answererId = answererOf({ makerId: makerOf(link), fromId: link.fromId, toId: link.toId });
    docs.orgDoc(answererId).transact(() => linkAnswersMap(docs, answererId).set(link.id, answer), HOUSEKEEPING);
  }
}

export function writeSchemaVersion(docs: WorkshopDocs, version: number): void {
  docs.setup.transact(() => writeFields(factsMap(docs), SETUP_RECORD, { schemaVersion: version }), HOUSEKEEPING);
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
    writeFields(facts, SETUP_RECORD, { ...workshop.setup, createdAt: workshop.createdAt, schemaVersion: WORKSHOP_SCHEMA_VERSION });
    workshop.organisations.forEach(({ id, ...fields }, position) => organisationsMap(docs).set(id, newRecord(ORGANISATION_RECORD, { ...fields, position })));
    for (const id of workshop.values.disabledCore) coreDisabledMap(docs).set(id, true);
    workshop.values.custom.forEach(({ id, ...fields }, position) => customValuesMap(docs).set(id, newRecord(CUSTOM_VALUE_RECORD, { ...fields, position })));
    if (workshop.keyPoints !== '') writeFields(commonPictureMap(docs), COMMON_PICTURE_RECORD, { keyPoints: workshop.keyPoints });
    writeWarmUpDecisions(docs, workshop);
  }, HOUSEKEEPING);
  docs.control.transact(() => {
    const { timers, ...control } = workshop.control;
    writeFields(controlMap(docs), CONTROL_RECORD, control);
    for (const [phase, timer] of Object.entries(timers)) timersMap(docs).set(phase, newRecord(TIMER_RECORD, timer));
  }, HOUSEKEEPING);
  for (const organisation of workshop.organisations) {
    const section = workshop.sections[organisation.id];
    const answers = workshop.warmUp.answers[organisation.id] ?? [];
    docs.piecesDoc(organisation.id).transact(() => {
      section?.placed.forEach((piece, order) => placedMap(docs, organisation.id).set(piece.valueId, newRecord(PLACED_PIECE_RECORD, { example: piece.example, order })));
      if (section?.mostImportant) writeFields(sectionMap(docs, organisation.id), SECTION_RECORD, { mostImportant: section.mostImportant });
    }, HOUSEKEEPING);
    docs.orgDoc(organisation.id).transact(() => {
      answers.forEach((answer, order) => driversMap(docs, organisation.id).set(answer.id, newRecord(WARM_UP_ANSWER_RECORD, { text: answer.text, order })));
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
    const name = unnamed.get(piece.id) !== piece.name ? piece.name : '';
    if (name !== '' || piece.isDropped) warmUpPiecesMap(docs).set(piece.id, newRecord(WARM_UP_DECISION_RECORD, { name, isDropped: piece.isDropped }));
  }
}
