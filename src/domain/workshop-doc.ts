import * as Y from 'yjs';
import * as z from 'zod/mini';
import {
  AGREEMENT_ANSWER_RECORD,
  AGREEMENT_RECORD,
  AGREEMENTS_MAX,
  answersThatCount,
  isAgreementWhole,
  mendAgreement,
  withFirstSteps,
  type Agreement,
  type AgreementAnswer,
} from './agreement.ts';
import { COMMON_PICTURE_RECORD } from './common-picture.ts';
import { readMemoised } from './doc-memo.ts';
import { answererOf, checkEnds, endsOf, LINK_ANSWER_SCHEMA, LINK_ANSWERS_MAX, LINK_RECORD, LINKS_MAX, type Link, type LinkAnswer, type LinkEnds, type LinkProposal } from './link.ts';
import { CARD_RECORD, CARDS_MAX, SUGGESTION_DECISION_SCHEMA, suggestionIdSchema, type Card } from './offer-need.ts';
import { ORGANISATION_RECORD, type Organisation } from './organisation.ts';
import { PHASE_IDS, type PhaseId } from './phase.ts';
import { lockedPhases, PHASE_KEY_SCHEMA, PHASE_MARK_SCHEMA } from './progress.ts';
import { idSchema, parses, restoreRecord, type RecordFields, type RecordOf } from './schema.ts';
import { TIMER_RECORD, type TimerState } from './timer.ts';
import { coreValueIdSchema, CUSTOM_VALUE_RECORD, CUSTOM_VALUES_MAX, isCoreValueId, type CoreValueId, type WorkshopValues } from './value.ts';
import { PLACED_PIECE_RECORD, SECTION_RECORD, type BoardRules, type Section } from './value-piece.ts';
import {
  deriveWarmUpPieces,
  DRIVERS_MAX,
  WARM_UP_ANSWER_RECORD,
  WARM_UP_DECISION_RECORD,
  WARM_UP_MERGE_SCHEMA,
  type WarmUpAnswer,
  type WarmUpDecisions,
} from './warm-up.ts';
import { type DocKind } from './doc-parts.ts';
import { boardRules, CONTROL_RECORD, EMPTY_CONTROL, SETUP_RECORD, type Workshop, type WorkshopControl, type WorkshopSetup } from './workshop.ts';

/*
 * How a workshop lies in its Yjs documents, and the one lenient reading of them. A workshop is several
 * documents, one per permission boundary: `setup` and `control` (the facilitator's), and three per
 * organisation, written from its tablet: `org/<id>` (its warm-up answers, the links it makes or proposes,
 * its answers to the proposals made to it and to the agreements), `pieces/<id>` (its
 * pieces on the board, with their examples) and `cards/<id>` (its offer and need cards). No other tablet
 * and no projector receives an organisation's pieces before the reveal, nor its cards before the
 * facilitator opens them up (`isShown`); meanwhile they see how many each has in `tally`, a document only
 * the session server writes. Each document holds top-level maps, each of one of
 * three kinds:
 *
 * - fields:  a map of named fields (the workshop's facts, the control state, a section's mark);
 * - entries: id → Y.Map of a record's fields (organisations, placed pieces, cards, agreements …);
 * - values:  id → a plain value (merges, suggestion decisions, switched-off core values).
 *
 * Every record is described once, beside its type (its *_RECORD); this layout says where each lives and
 * how many there may be. Reading goes through `restoreRecord` (never throws, drops or clamps what does
 * not parse); what a device writes is checked by `checkWrite` (src/domain/write-check.ts) with the same
 * records. No other module reads or writes a document's keys by name but src/state/workshop-layout.ts,
 * which writes through the same layout.
 */

/** The documents of one workshop. The app's WorkshopDocs and the server's room both give this view. */
export interface WorkshopDocSet {
  readonly workshopId: string;
  readonly setup: Y.Doc;
  readonly control: Y.Doc;
  /** The organisation's document (empty when it has none yet). */
  orgDoc(orgId: string): Y.Doc;
  /** The organisation's pieces on the board (empty when it has none, or this device does not receive them). */
  piecesDoc(orgId: string): Y.Doc;
  /** The organisation's offer and need cards (empty when it has none, or this device does not receive them). */
  cardsDoc(orgId: string): Y.Doc;
}

export {
  docKindOf,
  HIDDEN_DOC_KINDS,
  isShown,
  ORGANISATION_DOC_KINDS,
  organisationOfPart,
  organisationPart,
  storedParts,
  type DocKind,
  type DocPart,
  type HiddenDocKind,
  type OrganisationDocKind,
} from './doc-parts.ts';

export type RootSpec =
  | { kind: 'fields'; fields: RecordFields }
  | {
      kind: 'entries';
      key: z.ZodMiniType<string>;
      fields: RecordFields;
      max: number;
      /** A rule across the record's fields: a record that breaks it is refused on check (and mended by its reader). */
      isWhole?: (record: Record<string, unknown>) => boolean;
    }
  | { kind: 'values'; key: z.ZodMiniType<string>; value: z.ZodMiniType<unknown>; max: number };

/** The most pieces one organisation can place: every core and custom value, and every warm-up piece. */
const PIECES_MAX = 5 + CUSTOM_VALUES_MAX + 100 * DRIVERS_MAX;
const TALLY_COUNT_SCHEMA = z.int().check(z.minimum(0), z.maximum(Math.max(PIECES_MAX, CARDS_MAX)));

/** Every top-level map of every kind of document. A map not listed here is never read, and never accepted from a device. */
export const DOC_LAYOUT = {
  setup: {
    facts: { kind: 'fields', fields: SETUP_RECORD },
    organisations: { kind: 'entries', key: idSchema, fields: ORGANISATION_RECORD, max: 100 },
    coreDisabled: { kind: 'values', key: coreValueIdSchema, value: z.literal(true), max: 5 },
    customValues: { kind: 'entries', key: idSchema, fields: CUSTOM_VALUE_RECORD, max: CUSTOM_VALUES_MAX },
    warmUpPieces: { kind: 'entries', key: idSchema, fields: WARM_UP_DECISION_RECORD, max: 100 * DRIVERS_MAX },
    warmUpMerges: { kind: 'values', key: idSchema, value: WARM_UP_MERGE_SCHEMA, max: 100 * DRIVERS_MAX },
    commonPicture: { kind: 'fields', fields: COMMON_PICTURE_RECORD },
    agreements: { kind: 'entries', key: idSchema, fields: AGREEMENT_RECORD, max: AGREEMENTS_MAX, isWhole: isAgreementWhole },
  },
  control: {
    control: { kind: 'fields', fields: CONTROL_RECORD },
    timers: { kind: 'entries', key: z.enum(PHASE_IDS), fields: TIMER_RECORD, max: PHASE_IDS.length },
    /** The phases in which the facilitator has locked the tablets' writing (the value game's lock is `control.isLocked`). */
    locks: { kind: 'values', key: PHASE_KEY_SCHEMA, value: PHASE_MARK_SCHEMA, max: PHASE_IDS.length },
  },
  tally: {
    pieces: { kind: 'values', key: idSchema, value: TALLY_COUNT_SCHEMA, max: 100 },
    cards: { kind: 'values', key: idSchema, value: TALLY_COUNT_SCHEMA, max: 100 },
  },
  org: {
    drivers: { kind: 'entries', key: idSchema, fields: WARM_UP_ANSWER_RECORD, max: DRIVERS_MAX },
    links: { kind: 'entries', key: idSchema, fields: LINK_RECORD, max: LINKS_MAX },
    /** Its answers to the agreements it is part of, by agreement id ("Vi er med", a comment, the coordinator's first step). */
    agreementAnswers: { kind: 'entries', key: idSchema, fields: AGREEMENT_ANSWER_RECORD, max: AGREEMENTS_MAX },
    linkAnswers: { kind: 'values', key: idSchema, value: LINK_ANSWER_SCHEMA, max: LINK_ANSWERS_MAX },
    /** The phases the organisation has said it is done with ("Vi er færdige"). */
    done: { kind: 'values', key: PHASE_KEY_SCHEMA, value: PHASE_MARK_SCHEMA, max: PHASE_IDS.length },
  },
  pieces: {
    placed: { kind: 'entries', key: idSchema, fields: PLACED_PIECE_RECORD, max: PIECES_MAX },
    section: { kind: 'fields', fields: SECTION_RECORD },
  },
  cards: {
    cards: { kind: 'entries', key: idSchema, fields: CARD_RECORD, max: CARDS_MAX },
    suggestions: { kind: 'values', key: suggestionIdSchema, value: SUGGESTION_DECISION_SCHEMA, max: 500 },
  },
} as const satisfies Record<DocKind, Record<string, RootSpec>>;

/** The largest a document may grow (its whole state, in bytes); the server refuses a write beyond it. */
export const DOC_BYTES_MAX: Record<DocKind, number> = {
  setup: 2 * 1024 * 1024,
  control: 64 * 1024,
  tally: 64 * 1024,
  org: 512 * 1024,
  pieces: 512 * 1024,
  cards: 512 * 1024,
};

export type SetupRoot = keyof typeof DOC_LAYOUT.setup;
export type ControlRoot = keyof typeof DOC_LAYOUT.control;
export type OrgRoot = keyof typeof DOC_LAYOUT.org;
export type PiecesRoot = keyof typeof DOC_LAYOUT.pieces;
export type CardsRoot = keyof typeof DOC_LAYOUT.cards;
export type TallyRoot = keyof typeof DOC_LAYOUT.tally;

// ---- Reading one map ------------------------------------------------------------------------------

/** A map's plain fields (nested Yjs types stay as they are, and fail any field's schema). */
export function plainFields(map: unknown): Record<string, unknown> {
  if (!(map instanceof Y.Map)) return {};
  const fields: Record<string, unknown> = {};
  for (const [key, value] of map.entries()) fields[key] = value;
  return fields;
}

/** A fields map, read leniently: every field falls back when missing or wrong. */
export function restoreFields<F extends RecordFields>(map: Y.Map<unknown>, fields: F): RecordOf<F> {
  // Every fields record gives each field a fallback, so this is never null.
  return restoreRecord(fields, plainFields(map)) as RecordOf<F>;
}

/** An entries map, read leniently: an entry with a bad key, not a map, or missing what it cannot be without is left out. */
export function restoreEntries<F extends RecordFields>(
  map: Y.Map<unknown>,
  key: z.ZodMiniType<string>,
  fields: F,
  mend: (record: RecordOf<F>) => RecordOf<F> = (record) => record,
): [string, RecordOf<F>][] {
  const entries: [string, RecordOf<F>][] = [];
  for (const [id, value] of map.entries()) {
    if (!parses(key, id) || !(value instanceof Y.Map)) continue;
    const record = restoreRecord(fields, plainFields(value));
    if (record) entries.push([id, mend(record)]);
  }
  return entries;
}

/** A values map, read leniently: entries whose key or value does not parse are left out. */
export function restoreValues<T>(map: Y.Map<unknown>, key: z.ZodMiniType<string>, value: z.ZodMiniType<T>): [string, T][] {
  return [...map.entries()].filter((entry): entry is [string, T] => parses(key, entry[0]) && parses(value, entry[1]));
}

/** Entities keep their order in a number field: 'position' (a list the facilitator orders) or 'order' (when added). */
function byRank<R>(rank: (record: R) => number): (a: [string, R], b: [string, R]) => number {
  return ([idA, a], [idB, b]) => rank(a) - rank(b) || (idA < idB ? -1 : idA > idB ? 1 : 0);
}

// ---- The maps of each document ----------------------------------------------------------------------

export function setupRoot(docs: Pick<WorkshopDocSet, 'setup'>, name: SetupRoot): Y.Map<unknown> {
  return docs.setup.getMap(name);
}
export function controlRoot(docs: Pick<WorkshopDocSet, 'control'>, name: ControlRoot): Y.Map<unknown> {
  return docs.control.getMap(name);
}
export function orgRoot(docs: Pick<WorkshopDocSet, 'orgDoc'>, orgId: string, name: OrgRoot): Y.Map<unknown> {
  return docs.orgDoc(orgId).getMap(name);
}
export function piecesRoot(docs: Pick<WorkshopDocSet, 'piecesDoc'>, orgId: string, name: PiecesRoot): Y.Map<unknown> {
  return docs.piecesDoc(orgId).getMap(name);
}
export function cardsRoot(docs: Pick<WorkshopDocSet, 'cardsDoc'>, orgId: string, name: CardsRoot): Y.Map<unknown> {
  return docs.cardsDoc(orgId).getMap(name);
}
export function tallyRoot(tally: Y.Doc, name: TallyRoot): Y.Map<unknown> {
  return tally.getMap(name);
}

// ---- The snapshot ---------------------------------------------------------------------------------

/** Whether the documents hold a workshop (a fresh, empty document set does not). */
export function hasWorkshop(docs: Pick<WorkshopDocSet, 'setup'>): boolean {
  return typeof setupRoot(docs, 'facts').get('title') === 'string';
}

function readFacts(docs: Pick<WorkshopDocSet, 'setup'>) {
  return restoreFields(setupRoot(docs, 'facts'), SETUP_RECORD);
}

export function readSetup(docs: Pick<WorkshopDocSet, 'setup'>): WorkshopSetup {
  return setupOf(readFacts(docs));
}

function setupOf({ createdAt: _createdAt, schemaVersion: _schemaVersion, ...setup }: ReturnType<typeof readFacts>): WorkshopSetup {
  return setup;
}

/** When the workshop was created (epoch milliseconds). */
export function readCreatedAt(docs: Pick<WorkshopDocSet, 'setup'>): number {
  return readFacts(docs).createdAt;
}

/** The facilitator's key points from Det fælles billede. */
export function readKeyPoints(docs: Pick<WorkshopDocSet, 'setup'>): string {
  return restoreFields(setupRoot(docs, 'commonPicture'), COMMON_PICTURE_RECORD).keyPoints;
}

/** The shape version the workshop's documents were written in; 0 for documents from before versioning. */
export function readSchemaVersion(docs: Pick<WorkshopDocSet, 'setup'>): number {
  return readFacts(docs).schemaVersion;
}

export function readOrganisations(docs: Pick<WorkshopDocSet, 'setup'>): Organisation[] {
  const { organisations } = DOC_LAYOUT.setup;
  return restoreEntries(setupRoot(docs, 'organisations'), organisations.key, organisations.fields)
    .sort(byRank((record) => record.position))
    .map(([id, { name, actorType, contact }]) => ({ id, name, actorType, contact }));
}

export function readValues(docs: Pick<WorkshopDocSet, 'setup'>): WorkshopValues {
  const { coreDisabled, customValues } = DOC_LAYOUT.setup;
  const disabledCore = restoreValues(setupRoot(docs, 'coreDisabled'), coreDisabled.key, coreDisabled.value)
    .filter(([, isDisabled]) => isDisabled === true)
    .map(([id]) => id)
    .filter((id): id is CoreValueId => isCoreValueId(id));
  const custom = restoreEntries(setupRoot(docs, 'customValues'), customValues.key, customValues.fields)
    .sort(byRank((record) => record.position))
    .map(([id, { name, colour }]) => ({ id, name, colour }));
  return { disabledCore, custom };
}

export function readControl(docs: Pick<WorkshopDocSet, 'control'>): WorkshopControl {
  return { ...restoreFields(controlRoot(docs, 'control'), CONTROL_RECORD), timers: readTimers(docs) };
}

function readTimers(docs: Pick<WorkshopDocSet, 'control'>): Partial<Record<PhaseId, TimerState>> {
  const { timers } = DOC_LAYOUT.control;
  const phases = new Set<string>(PHASE_IDS);
  return Object.fromEntries(restoreEntries(controlRoot(docs, 'timers'), timers.key, timers.fields).filter(([phase]) => phases.has(phase)));
}

/** One organisation's section: its placed pieces in the order they were placed (read again only after its document changed). */
export function readSection(docs: Pick<WorkshopDocSet, 'piecesDoc'>, orgId: string): Section {
  return readMemoised(docs.piecesDoc(orgId), 'section', () => {
    const { placed: spec } = DOC_LAYOUT.pieces;
    const placed = restoreEntries(piecesRoot(docs, orgId, 'placed'), spec.key, spec.fields)
      .sort(byRank((record) => record.order))
      .map(([valueId, { example }]) => ({ valueId, example }));
    const { mostImportant } = restoreFields(piecesRoot(docs, orgId, 'section'), SECTION_RECORD);
    return { placed, mostImportant: mostImportant !== null && placed.some((piece) => piece.valueId === mostImportant) ? mostImportant : null };
  });
}

/** How many pieces and cards each organisation has, as the session server counts them in the tally. */
export interface Tally {
  pieces: Record<string, number>;
  cards: Record<string, number>;
}

export function readTally(tally: Y.Doc): Tally {
  return readMemoised(tally, 'tally', () => {
    const { pieces, cards } = DOC_LAYOUT.tally;
    return {
      pieces: Object.fromEntries(restoreValues(tallyRoot(tally, 'pieces'), pieces.key, pieces.value)),
      cards: Object.fromEntries(restoreValues(tallyRoot(tally, 'cards'), cards.key, cards.value)),
    };
  });
}

/** One organisation's warm-up answers, in the order it gave them (read again only after its document changed). */
export function readDrivers(docs: Pick<WorkshopDocSet, 'orgDoc'>, orgId: string): WarmUpAnswer[] {
  return readMemoised(docs.orgDoc(orgId), 'drivers', () => {
    const { drivers } = DOC_LAYOUT.org;
    return restoreEntries(orgRoot(docs, orgId, 'drivers'), drivers.key, drivers.fields)
      .sort(byRank((record) => record.order))
      .map(([id, { text }]) => ({ id, text }));
  });
}

/** The facilitator's decisions about the warm-up pieces. */
export function readWarmUpDecisions(docs: Pick<WorkshopDocSet, 'setup'>): WarmUpDecisions {
  const { warmUpMerges, warmUpPieces } = DOC_LAYOUT.setup;
  const merges = Object.fromEntries(restoreValues(setupRoot(docs, 'warmUpMerges'), warmUpMerges.key, warmUpMerges.value));
  const names: Record<string, string> = {};
  const dropped: string[] = [];
  for (const [pieceId, decision] of restoreEntries(setupRoot(docs, 'warmUpPieces'), warmUpPieces.key, warmUpPieces.fields)) {
    if (decision.name !== '') names[pieceId] = decision.name;
    if (decision.isDropped) dropped.push(pieceId);
  }
  return { merges: merges as Record<string, string>, names, dropped };
}

/**
 * Ids are unique across a workshop's organisations (a file refuses a repeat). Only a broken or hostile
 * device writes an id another organisation's document already uses; the organisation that comes first
 * keeps it. Returns `byOrganisation` itself when nothing repeats.
 */
export function keepFirstIds<T extends { id: string }>(organisations: readonly { id: string }[], byOrganisation: Record<string, T[]>): Record<string, T[]> {
  const seen = new Set<string>();
  let kept: Record<string, T[]> | null = null;
  for (const { id } of organisations) {
    const list = byOrganisation[id] ?? [];
    const unique = list.filter((item) => !seen.has(item.id));
    for (const item of unique) seen.add(item.id);
    if (unique.length !== list.length) {
      kept ??= { ...byOrganisation };
      kept[id] = unique;
    }
  }
  return kept ?? byOrganisation;
}

function readWarmUp(docs: WorkshopDocSet, organisations: readonly Organisation[]): Workshop['warmUp'] {
  const answers = keepFirstIds(organisations, Object.fromEntries(organisations.map((organisation) => [organisation.id, readDrivers(docs, organisation.id)])));
  const given = organisations.map((organisation) => ({ organisationId: organisation.id, answers: answers[organisation.id] ?? [] }));
  return { answers, pieces: deriveWarmUpPieces(given, readWarmUpDecisions(docs)) };
}

/**
 * The board's rules (the lock, the values in play) read without building the whole snapshot: the
 * value game's commands check them on every drop, and the server on every write to a section.
 */
export function readBoardRules(docs: WorkshopDocSet): BoardRules {
  const setup = readSetup(docs);
  const warmUp = setup.hasWarmUp ? readWarmUp(docs, readOrganisations(docs)) : { answers: {}, pieces: [] };
  const isLocked = restoreFields(controlRoot(docs, 'control'), CONTROL_RECORD).isLocked;
  return boardRules({ control: { ...EMPTY_CONTROL, isLocked }, values: readValues(docs), setup, warmUp });
}

/**
 * The phases in which writing is locked now: the value game when its board is locked, and every phase
 * the facilitator locked in the lock map (read again only after the control document changed).
 */
export function readLockedPhases(docs: Pick<WorkshopDocSet, 'control'>): PhaseId[] {
  return readMemoised(docs.control, 'locks', () => {
    const { locks } = DOC_LAYOUT.control;
    const locked = restoreValues(controlRoot(docs, 'locks'), locks.key, locks.value).map(([phase]) => phase);
    return lockedPhases(restoreFields(controlRoot(docs, 'control'), CONTROL_RECORD).isLocked, locked);
  });
}

/** The phases an organisation has said it is done with, in the phases' order. */
export function readDone(docs: Pick<WorkshopDocSet, 'orgDoc'>, orgId: string): PhaseId[] {
  return readMemoised(docs.orgDoc(orgId), 'done', () => {
    const { done } = DOC_LAYOUT.org;
    const phases = new Set(restoreValues(orgRoot(docs, orgId, 'done'), done.key, done.value).map(([phase]) => phase));
    return PHASE_IDS.filter((phase) => phases.has(phase));
  });
}

/**
 * The agreements in the order they were made, as the setup holds them (the facilitator's first step;
 * the workshop's snapshot folds in the coordinator's, `withFirstSteps`).
 */
export function readAgreements(docs: Pick<WorkshopDocSet, 'setup'>): Agreement[] {
  const { agreements } = DOC_LAYOUT.setup;
  return restoreEntries(setupRoot(docs, 'agreements'), agreements.key, agreements.fields, (record) => mendAgreement(record))
    .sort(byRank((record) => record.order))
    .map(([id, { order: _order, ...fields }]) => ({ id, ...fields, organisationIds: [...fields.organisationIds] }));
}

/** One organisation's answers to agreements, by agreement id, as its document holds them (see `answersThatCount`). */
export function readAgreementAnswers(docs: Pick<WorkshopDocSet, 'orgDoc'>, orgId: string): Record<string, AgreementAnswer> {
  return readMemoised(docs.orgDoc(orgId), 'agreementAnswers', () => {
    const { agreementAnswers } = DOC_LAYOUT.org;
    return Object.fromEntries(restoreEntries(orgRoot(docs, orgId, 'agreementAnswers'), agreementAnswers.key, agreementAnswers.fields));
  });
}

/** One organisation's offer and need cards, in the order they were written. */
export function readCards(docs: Pick<WorkshopDocSet, 'cardsDoc'>, orgId: string): Card[] {
  const { cards } = DOC_LAYOUT.cards;
  return restoreEntries(cardsRoot(docs, orgId, 'cards'), cards.key, cards.fields)
    .sort(byRank((record) => record.order))
    .map(([id, { side, text, kind, valueId }]) => ({ id, side, text, kind, valueId }));
}

/** The ids of the suggestions an organisation has accepted or ignored. */
export function readSettledSuggestions(docs: Pick<WorkshopDocSet, 'cardsDoc'>, orgId: string): string[] {
  const { suggestions } = DOC_LAYOUT.cards;
  return restoreValues(cardsRoot(docs, orgId, 'suggestions'), suggestions.key, suggestions.value)
    .map(([id]) => id)
    .sort();
}

/** The workshop's links, and the proposals not (yet) accepted. */
export interface LinkEntries {
  links: Link[];
  proposals: LinkProposal[];
}

/** One organisation's answers to the proposals made to it. */
function readLinkAnswers(docs: Pick<WorkshopDocSet, 'orgDoc'>, orgId: string): Map<string, LinkAnswer> {
  const { linkAnswers } = DOC_LAYOUT.org;
  return new Map(restoreValues(orgRoot(docs, orgId, 'linkAnswers'), linkAnswers.key, linkAnswers.value));
}

/**
 * Every link and every proposal, each read from the document of the organisation that made it:
 * organisation by organisation in the workshop's order, then in the order each made them. A proposal is
 * a link once the organisation it asks has answered yes in its own document. Left out: a link to an
 * organisation no longer in the workshop (it comes back with it on undo), one whose maker is not one of
 * its ends, and an id another organisation's document already used (see keepFirstIds).
 */
export function readLinkEntries(docs: Pick<WorkshopDocSet, 'orgDoc'>, organisations: readonly Organisation[]): LinkEntries {
  const ids = organisations.map((organisation) => organisation.id);
  const seen = new Set<string>();
  const answers = new Map<string, Map<string, LinkAnswer>>();
  const answerOf = (orgId: string, linkId: string) => {
    let map = answers.get(orgId);
    if (!map) answers.set(orgId, (map = readLinkAnswers(docs, orgId)));
    return map.get(linkId);
  };
  const { links: spec } = DOC_LAYOUT.org;
  const entries: LinkEntries = { links: [], proposals: [] };
  for (const makerId of ids) {
    const records = restoreEntries(orgRoot(docs, makerId, 'links'), spec.key, spec.fields).sort(byRank((record) => record.order));
    for (const [id, record] of records) {
      const ends = endsOf(makerId, record);
      if (!checkEnds(ends, ids).ok || seen.has(id)) continue;
      seen.add(id);
      const link: Link = { id, fromId: ends.fromId, toId: ends.toId, text: record.text, offerCardId: record.offerCardId };
      if (!record.isProposal) entries.links.push(link);
      else {
        const answer = answerOf(answererOf(ends), id);
        if (answer === 'accepted') entries.links.push({ ...link, proposedBy: makerId });
        else entries.proposals.push({ ...link, proposedBy: makerId, answer: answer ?? 'open' });
      }
    }
  }
  return entries;
}

/** Every link of the workshop: made by the facilitator, or proposed and accepted (see readLinkEntries). */
export function readLinks(docs: Pick<WorkshopDocSet, 'orgDoc'>, organisations: readonly Organisation[]): Link[] {
  return readLinkEntries(docs, organisations).links;
}

/**
 * Where the link or proposal `linkId` runs, as its maker's document holds it (whether or not its ends
 * are still in the workshop), or null when no organisation of `organisationIds` has one of that id.
 */
export function findLinkEnds(docs: Pick<WorkshopDocSet, 'orgDoc'>, organisationIds: readonly string[], linkId: string): LinkEnds | null {
  const { links: spec } = DOC_LAYOUT.org;
  for (const makerId of organisationIds) {
    const value = orgRoot(docs, makerId, 'links').get(linkId);
    if (!(value instanceof Y.Map)) continue;
    const record = restoreRecord(spec.fields, plainFields(value));
    if (record) return endsOf(makerId, record);
  }
  return null;
}

/** The snapshot's two lists of links. */
export function linkParts({ links, proposals }: LinkEntries): Pick<Workshop, 'links' | 'linkProposals'> {
  return { links, linkProposals: proposals };
}

/** A plain snapshot of the whole workshop. Never throws: whatever the documents hold, what can be read is read. */
export function readWorkshop(docs: WorkshopDocSet): Workshop {
  const facts = readFacts(docs);
  const organisations = readOrganisations(docs);
  const agreements = readAgreements(docs);
  const organisationIds = organisations.map((organisation) => organisation.id);
  const agreementAnswers = answersThatCount(agreements, organisationIds, Object.fromEntries(organisationIds.map((id) => [id, readAgreementAnswers(docs, id)])));
  return {
    id: docs.workshopId,
    setup: setupOf(facts),
    organisations,
    sections: Object.fromEntries(organisations.map((organisation) => [organisation.id, readSection(docs, organisation.id)])),
    warmUp: readWarmUp(docs, organisations),
    values: readValues(docs),
    control: readControl(docs),
    keyPoints: readKeyPoints(docs),
    cards: keepFirstIds(organisations, Object.fromEntries(organisations.map((organisation) => [organisation.id, readCards(docs, organisation.id)]))),
    settledSuggestions: Object.fromEntries(organisations.map((organisation) => [organisation.id, readSettledSuggestions(docs, organisation.id)])),
    ...linkParts(readLinkEntries(docs, organisations)),
    agreements: withFirstSteps(agreements, agreementAnswers),
    agreementAnswers,
    createdAt: facts.createdAt,
  };
}
