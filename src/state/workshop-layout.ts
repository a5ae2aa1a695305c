import * as Y from 'yjs';
import { isActorTypeId } from '../domain/actor-type.ts';
import { isAgreementStatus, isCollaborationForm, type Agreement } from '../domain/agreement.ts';
import type { Link } from '../domain/link.ts';
import { isCardKind, isCardSide, type Card } from '../domain/offer-need.ts';
import type { Organisation } from '../domain/organisation.ts';
import { PHASE_IDS, type PhaseId } from '../domain/phase.ts';
import { toTimerState, type TimerState } from '../domain/timer.ts';
import type { BoardRules, Section } from '../domain/value-piece.ts';
import { isCoreValueId, type CoreValueId, type CustomValue, type WorkshopValues } from '../domain/value.ts';
import { deriveWarmUpPieces, pieceIdOfAnswer, type WarmUpAnswer, type WarmUpDecisions } from '../domain/warm-up.ts';
import {
  boardRules,
  EMPTY_CONTROL,
  emptySetup,
  isWorkshopKind,
  toPhase,
  WORKSHOP_SCHEMA_VERSION,
  type Workshop,
  type WorkshopControl,
  type WorkshopSetup,
} from '../domain/workshop.ts';
import { HOUSEKEEPING } from './origins.ts';
import { readMemoised } from './doc-memo.ts';
import type { WorkshopDocs } from './workshop-docs.ts';

/*
 * How a workshop is laid out in its Yjs documents. Everything that reads or writes the documents
 * goes through these accessors; the rest of the app sees only the plain `Workshop` snapshot.
 *
 * setup doc:   Y.Map 'facts'          title, initiative, kind, date, place, facilitator, hasWarmUp, createdAt,
 *                                     schemaVersion (WORKSHOP_SCHEMA_VERSION when written; absent before versioning)
 *              Y.Map 'organisations'  id → Y.Map { name, actorType, contact, position }
 *              Y.Map 'coreDisabled'   core value id → true
 *              Y.Map 'customValues'   id → Y.Map { name, colour, position }
 *              Y.Map 'warmUpPieces'   warm-up piece id → Y.Map { name?, isDropped? }  (the facilitator's decisions)
 *              Y.Map 'warmUpMerges'   warm-up answer id → id of the piece it was merged into
 *              Y.Map 'commonPicture'  keyPoints (the facilitator's key points, a string)
 *              Y.Map 'agreements'     id → Y.Map { what, organisationIds (a plain string array), coordinatorId, firstStep,
 *                                     date, form, followUpDate, linkId (or null), status (or null), statusNote, order }
 * control doc: Y.Map 'control'        phase, isLocked, isRevealed, activeOrganisationId
 *              Y.Map 'timers'         phase id → Y.Map { durationMs, startedAt (epoch ms or null), elapsedBeforeMs }
 * org/<id> doc: Y.Map 'placed'         value id → Y.Map { example, order }
 *              Y.Map 'section'        mostImportant (a value id, or absent)
 *              Y.Map 'drivers'        warm-up answer id → Y.Map { text, order }
 *              Y.Map 'cards'          offer/need card id → Y.Map { side, text, kind, valueId (or null), order }
 *              Y.Map 'links'          link id → Y.Map { toId, text, offerCardId (or null), order }  (links it makes)
 *              Y.Map 'suggestions'    actor-type suggestion id → 'accepted' | 'ignored'
 */

export function factsMap(docs: WorkshopDocs): Y.Map<unknown> {
  return docs.setup.getMap('facts');
}
export function organisationsMap(docs: WorkshopDocs): Y.Map<Y.Map<unknown>> {
  return docs.setup.getMap('organisations');
}
export function coreDisabledMap(docs: WorkshopDocs): Y.Map<boolean> {
  return docs.setup.getMap('coreDisabled');
}
export function customValuesMap(docs: WorkshopDocs): Y.Map<Y.Map<unknown>> {
  return docs.setup.getMap('customValues');
}
export function controlMap(docs: WorkshopDocs): Y.Map<unknown> {
  return docs.control.getMap('control');
}
export function timersMap(docs: WorkshopDocs): Y.Map<Y.Map<unknown>> {
  return docs.control.getMap('timers');
}
export function commonPictureMap(docs: WorkshopDocs): Y.Map<unknown> {
  return docs.setup.getMap('commonPicture');
}
export function placedMap(docs: WorkshopDocs, orgId: string): Y.Map<Y.Map<unknown>> {
  return docs.orgDoc(orgId).getMap('placed');
}
export function sectionMap(docs: WorkshopDocs, orgId: string): Y.Map<unknown> {
  return docs.orgDoc(orgId).getMap('section');
}
export function driversMap(docs: WorkshopDocs, orgId: string): Y.Map<Y.Map<unknown>> {
  return docs.orgDoc(orgId).getMap('drivers');
}
export function warmUpPiecesMap(docs: WorkshopDocs): Y.Map<Y.Map<unknown>> {
  return docs.setup.getMap('warmUpPieces');
}
export function warmUpMergesMap(docs: WorkshopDocs): Y.Map<string> {
  return docs.setup.getMap('warmUpMerges');
}
export function agreementsMap(docs: WorkshopDocs): Y.Map<Y.Map<unknown>> {
  return docs.setup.getMap('agreements');
}
export function cardsMap(docs: WorkshopDocs, orgId: string): Y.Map<Y.Map<unknown>> {
  return docs.orgDoc(orgId).getMap('cards');
}
export function linksMap(docs: WorkshopDocs, orgId: string): Y.Map<Y.Map<unknown>> {
  return docs.orgDoc(orgId).getMap('links');
}
export function suggestionsMap(docs: WorkshopDocs, orgId: string): Y.Map<string> {
  return docs.orgDoc(orgId).getMap('suggestions');
}

/** Whether the documents hold a workshop (a fresh, empty document set does not). */
export function hasWorkshop(docs: WorkshopDocs): boolean {
  return typeof factsMap(docs).get('title') === 'string';
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

function text(map: Y.Map<unknown>, key: string): string {
  const value = map.get(key);
  return typeof value === 'string' ? value : '';
}

/** Entities keep their order in a number field: 'position' (a list the facilitator orders) or 'order' (when added). */
type OrderKey = 'position' | 'order';

function rank(map: Y.Map<unknown>, key: OrderKey): number {
  const value = map.get(key);
  return typeof value === 'number' ? value : Number.MAX_SAFE_INTEGER;
}

/** The entries of an ordered map, in order (ties broken by id so every device agrees). */
export function ordered(map: Y.Map<Y.Map<unknown>>, key: OrderKey = 'position'): [string, Y.Map<unknown>][] {
  return [...map.entries()].sort(([idA, a], [idB, b]) => rank(a, key) - rank(b, key) || idA.localeCompare(idB));
}

/** The order number for an entity added at the end of an ordered map. */
export function nextRank(map: Y.Map<Y.Map<unknown>>, key: OrderKey = 'position'): number {
  return Math.max(-1, ...[...map.values()].map((entry) => Number(entry.get(key)) || 0)) + 1;
}

function readSetup(docs: WorkshopDocs): WorkshopSetup {
  const facts = factsMap(docs);
  const kind = text(facts, 'kind');
  return {
    title: text(facts, 'title'),
    initiative: text(facts, 'initiative'),
    kind: isWorkshopKind(kind) ? kind : 'samarbejdsgruppe',
    date: text(facts, 'date'),
    place: text(facts, 'place'),
    facilitator: text(facts, 'facilitator'),
    hasWarmUp: facts.get('hasWarmUp') === true,
  };
}

function readOrganisations(docs: WorkshopDocs): Organisation[] {
  return ordered(organisationsMap(docs)).map(([id, map]) => {
    const actorType = text(map, 'actorType');
    return {
      id,
      name: text(map, 'name'),
      actorType: isActorTypeId(actorType) ? actorType : 'andre-aktoerer',
      contact: text(map, 'contact'),
    };
  });
}

function readValues(docs: WorkshopDocs): WorkshopValues {
  const disabledCore: CoreValueId[] = [...coreDisabledMap(docs).entries()]
    .filter(([, isDisabled]) => isDisabled)
    .map(([id]) => id)
    .filter(isCoreValueId);
  const custom = ordered(customValuesMap(docs)).map(
    ([id, map]): CustomValue => ({ id, name: text(map, 'name'), colour: text(map, 'colour') || '#0e7490' }),
  );
  return { disabledCore, custom };
}

function readControl(docs: WorkshopDocs): WorkshopControl {
  const control = controlMap(docs);
  return {
    phase: toPhase(control.get('phase')),
    isLocked: control.get('isLocked') === true,
    isRevealed: control.get('isRevealed') === true,
    activeOrganisationId: typeof control.get('activeOrganisationId') === 'string' ? String(control.get('activeOrganisationId')) : null,
    timers: readTimers(docs),
  };
}

function readTimers(docs: WorkshopDocs): Partial<Record<PhaseId, TimerState>> {
  const timers: Partial<Record<PhaseId, TimerState>> = {};
  for (const phase of PHASE_IDS) {
    const map = timersMap(docs).get(phase);
    const timer = map instanceof Y.Map ? toTimerState({ durationMs: map.get('durationMs'), startedAt: map.get('startedAt'), elapsedBeforeMs: map.get('elapsedBeforeMs') }) : null;
    if (timer) timers[phase] = timer;
  }
  return timers;
}

/** One organisation's section: its placed pieces in the order they were placed (read again only after its document changed). */
export function readSection(docs: WorkshopDocs, orgId: string): Section {
  return readMemoised(docs.orgDoc(orgId), 'section', () => {
    const placed = ordered(placedMap(docs, orgId), 'order').map(([valueId, map]) => ({ valueId, example: text(map, 'example') }));
    const mostImportant = sectionMap(docs, orgId).get('mostImportant');
    return {
      placed,
      mostImportant: typeof mostImportant === 'string' && placed.some((piece) => piece.valueId === mostImportant) ? mostImportant : null,
    };
  });
}

/** One organisation's warm-up answers, in the order it gave them (read again only after its document changed). */
export function readDrivers(docs: WorkshopDocs, orgId: string): WarmUpAnswer[] {
  return readMemoised(docs.orgDoc(orgId), 'drivers', () =>
    ordered(driversMap(docs, orgId), 'order')
      .map(([id, map]) => ({ id, text: text(map, 'text') }))
      .filter((answer) => answer.text !== ''),
  );
}

/** The facilitator's decisions about the warm-up pieces. */
export function readWarmUpDecisions(docs: WorkshopDocs): WarmUpDecisions {
  const merges = Object.fromEntries([...warmUpMergesMap(docs).entries()].filter(([, pieceId]) => typeof pieceId === 'string'));
  const names: Record<string, string> = {};
  const dropped: string[] = [];
  for (const [pieceId, map] of warmUpPiecesMap(docs).entries()) {
    const name = text(map, 'name');
    if (name !== '') names[pieceId] = name;
    if (map.get('isDropped') === true) dropped.push(pieceId);
  }
  return { merges, names, dropped };
}

function readWarmUp(docs: WorkshopDocs, organisations: readonly Organisation[]): Workshop['warmUp'] {
  const answers = organisations.map((organisation) => ({ organisationId: organisation.id, answers: readDrivers(docs, organisation.id) }));
  return {
    answers: Object.fromEntries(answers.map(({ organisationId, answers: given }) => [organisationId, given])),
    pieces: deriveWarmUpPieces(answers, readWarmUpDecisions(docs)),
  };
}

/**
 * The board's rules (the lock, the values in play) read without building the whole snapshot: the
 * value game's commands check them on every drop, and a drop must stay quick on a tablet.
 */
export function readBoardRules(docs: WorkshopDocs): BoardRules {
  const setup = readSetup(docs);
  const warmUp = setup.hasWarmUp ? readWarmUp(docs, readOrganisations(docs)) : { answers: {}, pieces: [] };
  return boardRules({ control: { ...EMPTY_CONTROL, isLocked: controlMap(docs).get('isLocked') === true }, values: readValues(docs), setup, warmUp });
}

/** A plain snapshot of the whole workshop. */
export function readWorkshop(docs: WorkshopDocs): Workshop {
  const createdAt = factsMap(docs).get('createdAt');
  const organisations = readOrganisations(docs);
  return {
    id: docs.workshopId,
    setup: readSetup(docs),
    organisations,
    sections: Object.fromEntries(organisations.map((organisation) => [organisation.id, readSection(docs, organisation.id)])),
    warmUp: readWarmUp(docs, organisations),
    values: readValues(docs),
    control: readControl(docs),
    keyPoints: text(commonPictureMap(docs), 'keyPoints'),
    cards: Object.fromEntries(organisations.map((organisation) => [organisation.id, readCards(docs, organisation.id)])),
    settledSuggestions: Object.fromEntries(organisations.map((organisation) => [organisation.id, readSettledSuggestions(docs, organisation.id)])),
    links: readLinks(docs, organisations),
    agreements: readAgreements(docs),
    createdAt: typeof createdAt === 'number' ? createdAt : 0,
  };
}

/** The agreements in the order they were made. A stored value that is not what it should be reads as empty. */
export function readAgreements(docs: WorkshopDocs): Agreement[] {
  return ordered(agreementsMap(docs), 'order').map(([id, map]) => {
    const organisationIds = map.get('organisationIds');
    const form = text(map, 'form');
    const status = text(map, 'status');
    const linkId = map.get('linkId');
    return {
      id,
      what: text(map, 'what'),
      organisationIds: Array.isArray(organisationIds) ? organisationIds.filter((orgId): orgId is string => typeof orgId === 'string') : [],
      coordinatorId: text(map, 'coordinatorId'),
      firstStep: text(map, 'firstStep'),
      date: text(map, 'date'),
      form: isCollaborationForm(form) ? form : 'videndele',
      followUpDate: text(map, 'followUpDate'),
      linkId: typeof linkId === 'string' ? linkId : null,
      status: isAgreementStatus(status) ? status : null,
      statusNote: text(map, 'statusNote'),
    };
  });
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

/** One organisation's offer and need cards, in the order they were written. Unreadable entries are left out. */
export function readCards(docs: WorkshopDocs, orgId: string): Card[] {
  return ordered(cardsMap(docs, orgId), 'order').flatMap(([id, map]): Card[] => {
    const side = text(map, 'side');
    const kind = text(map, 'kind');
    const valueId = map.get('valueId');
    if (!isCardSide(side) || !isCardKind(kind) || text(map, 'text') === '') return [];
    return [{ id, side, text: text(map, 'text'), kind, valueId: typeof valueId === 'string' ? valueId : null }];
  });
}

/** The ids of the suggestions an organisation has accepted or ignored. */
export function readSettledSuggestions(docs: WorkshopDocs, orgId: string): string[] {
  return [...suggestionsMap(docs, orgId).keys()].sort();
}

/**
 * Every link, each read from the document of the organisation that makes it: organisation by
 * organisation in the workshop's order, then in the order each made them. Links to an organisation
 * no longer in the workshop are left out (they come back with it on undo).
 */
export function readLinks(docs: WorkshopDocs, organisations: readonly Organisation[]): Link[] {
  const known = new Set(organisations.map((organisation) => organisation.id));
  return organisations.flatMap((organisation) =>
    ordered(linksMap(docs, organisation.id), 'order').flatMap(([id, map]): Link[] => {
      const toId = text(map, 'toId');
      const offerCardId = map.get('offerCardId');
      if (!known.has(toId) || toId === organisation.id || text(map, 'text') === '') return [];
      return [{ id, fromId: organisation.id, toId, text: text(map, 'text'), offerCardId: typeof offerCardId === 'string' ? offerCardId : null }];
    }),
  );
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

/** The shape version the workshop's documents were written in; 0 for documents from before versioning. */
export function readSchemaVersion(docs: WorkshopDocs): number {
  const version = factsMap(docs).get('schemaVersion');
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0;
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
