import { z } from 'zod';
import { AGREEMENT_ANSWER_RECORD, AGREEMENT_FIELDS, checkAnswer, type Agreement } from '../domain/agreement.ts';
import { COMMON_PICTURE_RECORD } from '../domain/common-picture.ts';
import { DIRECTORY_SCHEMA_VERSION, directoryPartSchema, type DirectoryPart } from '../domain/directory.ts';
import { LINK_FIELDS, type Link, type LinkProposal } from '../domain/link.ts';
import { runMigrations, type Migration } from '../domain/migration.ts';
import { CARD_FIELDS, suggestionIdSchema } from '../domain/offer-need.ts';
import { ORGANISATION_FIELDS } from '../domain/organisation.ts';
import { PHASE_IDS } from '../domain/phase.ts';
import { ok, refuse, type Result } from '../domain/result.ts';
import { epochMsSchema, idSchema, shapeOf } from '../domain/schema.ts';
import { TIMER_RECORD } from '../domain/timer.ts';
import { coreValueIdSchema, CUSTOM_VALUE_FIELDS } from '../domain/value.ts';
import { PLACED_PIECE_RECORD, SECTION_RECORD } from '../domain/value-piece.ts';
import { WARM_UP_ANSWER_RECORD } from '../domain/warm-up.ts';
import { CONTROL_RECORD, SETUP_RECORD, type Workshop } from '../domain/workshop.ts';
import { withPlace } from './file-place.ts';

/*
 * The workshop file: a whole workshop (or several) as JSON, for backups and for moving workshops
 * between devices. Documented in docs/workshop-file.md. Everything in a file is untrusted: it is
 * checked against one schema (below) and for references that must hold, before anything is stored.
 */

export const WORKSHOP_FILE_FORMAT = 'vaerdispillet-workshop';
/** The version of the file format this app writes. Bump it with a step in FILE_MIGRATIONS. */
export const WORKSHOP_FILE_VERSION = 6;
/** Larger files are refused before they are read (a workshop of 40 organisations is well under 1 MB). */
export const WORKSHOP_FILE_MAX_BYTES = 20 * 1024 * 1024;

/** A workshop file as JSON holds it (after migration to the current version). */
export interface WorkshopFile {
  format: typeof WORKSHOP_FILE_FORMAT;
  version: number;
  exportedAt: string;
  workshops: Workshop[];
  /** The organisation directory's profiles and decisions about the file's organisations (from version 5; optional). */
  directory?: DirectoryPart;
}

/** Each workshop of a file being migrated that is an object (what is not is left for the schema to refuse). */
function workshopsOf(file: Record<string, unknown>): object[] {
  const workshops: unknown[] = Array.isArray(file.workshops) ? file.workshops : [];
  return workshops.filter((workshop): workshop is object => typeof workshop === 'object' && workshop !== null);
}

/**
 * Version 1 → 2: the control state says whether the offer and need cards are shown to every device
 * (`areCardsShown`); a workshop saved before had no such switch, and its cards were not hidden.
 */
const cardsShownSwitch: Migration<Record<string, unknown>> = {
  from: 1,
  name: 'cards-shown-switch',
  migrate: (file) => {
    for (const workshop of workshopsOf(file)) {
      if (!('control' in workshop)) continue;
      const { control } = workshop;
      if (typeof control === 'object' && control !== null && !('areCardsShown' in control)) Object.assign(control, { areCardsShown: true });
    }
  },
};

/**
 * Version 2 → 3: each organisation's answers to the agreements ("Vi er med", a comment, the
 * coordinator's first step; `agreementAnswers`), and the links tablets propose, which wait for the other
 * organisation's answer (`linkProposals`). A workshop saved before had neither, and each of its links was
 * made on the facilitator's screen (no `proposedBy`).
 */
const answersAndProposals: Migration<Record<string, unknown>> = {
  from: 2,
  name: 'agreement-answers-and-link-proposals',
  migrate: (file) => {
    for (const workshop of workshopsOf(file)) {
      if (!('agreementAnswers' in workshop)) Object.assign(workshop, { agreementAnswers: {} });
      if (!('linkProposals' in workshop)) Object.assign(workshop, { linkProposals: [] });
    }
  },
};

/**
 * Version 3 → 4: a card may be of the kind 'job' (jobs, internships and leisure jobs). A file of version 3
 * has none, so it reads as it is; a file of version 4 may have some, and an app that reads up to 3 refuses
 * it as made by a newer version instead of calling such a card's kind wrong.
 */
const jobCardKind: Migration<Record<string, unknown>> = { from: 3, name: 'job-card-kind', migrate: () => {} };

/**
 * Version 4 → 5: a file may carry the organisation directory's profiles and the facilitator's merges and
 * splits of its organisations (`directory`). A file of version 4 has none and reads as it is; an app
 * that reads up to 4 refuses a version-5 file as newer.
 */
const directoryPart: Migration<Record<string, unknown>> = { from: 4, name: 'directory-part', migrate: () => {} };

/**
 * Version 5 → 6: a workshop's setup says which meeting it follows up on and which follows it
 * (`previousId`, `previousTitle`, `nextId`, `nextTitle`; "Planlæg næste møde"). A workshop saved before
 * was linked to none: each is ''.
 */
const meetingLinks: Migration<Record<string, unknown>> = {
  from: 5,
  name: 'meeting-links',
  migrate: (file) => {
    for (const workshop of workshopsOf(file)) {
      if (!('setup' in workshop)) continue;
      const { setup } = workshop;
      if (typeof setup !== 'object' || setup === null) continue;
      for (const key of ['previousId', 'previousTitle', 'nextId', 'nextTitle']) if (!(key in setup)) Object.assign(setup, { [key]: '' });
    }
  },
};

/** The upgrades from older file versions, one per change of the file's shape, each with a test. */
export const FILE_MIGRATIONS: readonly Migration<Record<string, unknown>>[] = [cardsShownSwitch, answersAndProposals, jobCardKind, directoryPart, meetingLinks];

/** The file for `workshops` (and the directory's part about them), as text (indented, so a person can read it). */
export function serializeWorkshopFile(workshops: Workshop[], exportedAt: Date, directory?: DirectoryPart): string {
  const file: WorkshopFile = { format: WORKSHOP_FILE_FORMAT, version: WORKSHOP_FILE_VERSION, exportedAt: exportedAt.toISOString(), workshops, ...(directory ? { directory } : {}) };
  return JSON.stringify(file, null, 2);
}

/**
 * The workshops without their contact persons (personal data): what a file holds unless the facilitator
 * chooses to include them.
 */
export function withoutContacts(workshops: readonly Workshop[]): Workshop[] {
  return workshops.map((workshop) => ({ ...workshop, organisations: workshop.organisations.map((organisation) => ({ ...organisation, contact: '' })) }));
}

/** Reads a workshop file with the directory part it carries (none in files before version 5). */
export function parseWorkshopFileWithDirectory(
  text: string,
  migrations: readonly Migration<Record<string, unknown>>[] = FILE_MIGRATIONS,
): Result<{ workshops: Workshop[]; directory: DirectoryPart | null }> {
  const size = checkFileSize(text.length);
  if (!size.ok) return size;
  if (text.trim() === '') return refuse('file-empty');
  const json = parseJson(text);
  if (!json.ok) return json;
  const envelope = readEnvelope(json.value, migrations);
  if (!envelope.ok) return { ok: false, problem: withPlace(envelope.problem, json.value) };
  const checked = checkContent(envelope.value);
  if (!checked.ok) return { ok: false, problem: withPlace(checked.problem, envelope.value) };
  return ok({ workshops: checked.value.workshops, directory: checked.value.directory ?? null });
}

/** Refuses a file by its size alone, before it is read (a 50 MB file must not freeze the tab). */
export function checkFileSize(bytes: number): Result<number> {
  return bytes > WORKSHOP_FILE_MAX_BYTES ? refuse('file-too-big', { size: megabytes(bytes), max: megabytes(WORKSHOP_FILE_MAX_BYTES) }) : ok(bytes);
}

/**
 * Reads a workshop file. Never throws: anything wrong comes back as a problem that says what is wrong
 * (too big, not JSON, cut off, not a workshop file, from a newer version, which field is wrong).
 */
export function parseWorkshopFile(text: string, migrations: readonly Migration<Record<string, unknown>>[] = FILE_MIGRATIONS): Result<Workshop[]> {
  // A string is at least as long in UTF-8 bytes as in characters: a text over the limit is a file over it.
  // A refusal says where in words too ("organisation 3 (Netto)"), found in the file's own content.
  const parsed = parseWorkshopFileWithDirectory(text, migrations);
  return parsed.ok ? ok(parsed.value.workshops) : parsed;
}

function checkContent(file: Record<string, unknown>): Result<{ workshops: Workshop[]; directory: DirectoryPart | undefined }> {
  const prototypeKey = findOwnProtoKey(file);
  if (prototypeKey) return refuse('file-id-reserved', { field: fieldPath(prototypeKey), id: '__proto__' });
  const checked = fileSchema.safeParse(file);
  if (!checked.success) return refuseIssue(checked.error.issues[0], file);
  const workshops = checked.data.workshops;
  if (workshops.length === 0) return refuse('file-no-workshops');
  const references = checkReferences(workshops);
  return references.ok ? ok({ workshops, directory: checked.data.directory }) : references;
}

/** Megabytes to one decimal, as a number: the text writes it the language's way ("21,3" in Danish). */
function megabytes(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

function parseJson(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text));
  } catch {
    return refuse(isCutOff(text) ? 'file-truncated' : 'file-not-json');
  }
}

/**
 * Whether text that is not valid JSON looks like JSON that stops in the middle: brackets still open
 * (or a string not closed) at the end, and no bracket closed that was never opened.
 */
export function isCutOff(text: string): boolean {
  const open: string[] = [];
  let isInString = false;
  let isEscaped = false;
  for (const character of text) {
    if (isInString) {
      if (isEscaped) isEscaped = false;
      else if (character === '\\') isEscaped = true;
      else if (character === '"') isInString = false;
    } else if (character === '"') isInString = true;
    else if (character === '{' || character === '[') open.push(character === '{' ? '}' : ']');
    else if (character === '}' || character === ']') {
      if (open.pop() !== character) return false;
    }
  }
  return open.length > 0 || isInString;
}

/** Checks the file's label and version, and upgrades an older version to the current shape. */
function readEnvelope(json: unknown, migrations: readonly Migration<Record<string, unknown>>[]): Result<Record<string, unknown>> {
  if (!isRecord(json) || json.format !== WORKSHOP_FILE_FORMAT) return refuse('file-not-workshop');
  const version = json.version;
  if (version === undefined) return refuse('file-field-missing', { field: 'version' });
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return refuse('file-version-unknown', { version: JSON.stringify(version) });
  if (version > WORKSHOP_FILE_VERSION) return refuse('file-newer-version', { version, supported: WORKSHOP_FILE_VERSION });
  // The directory part has its own version: one from a newer app is refused as a newer file is.
  const directory = json.directory;
  if (isRecord(directory) && typeof directory.version === 'number' && directory.version > DIRECTORY_SCHEMA_VERSION) {
    return refuse('file-newer-version', { version: directory.version, supported: DIRECTORY_SCHEMA_VERSION });
  }
  const reached = runMigrations(json, version, WORKSHOP_FILE_VERSION, migrations);
  if (reached !== WORKSHOP_FILE_VERSION) return refuse('file-version-unknown', { version });
  json.version = reached;
  return ok(json);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The path to the first own `__proto__` key anywhere in `root`, or null. JSON.parse makes it an own key,
 * but zod drops it from records and objects without a word, so a section or card list under it would
 * vanish from a file that was accepted. Walked without recursion (a file may nest deeply), each node
 * remembering only its parent, so a large file costs no copies of paths.
 */
function findOwnProtoKey(root: unknown): PropertyKey[] | null {
  interface Visit {
    node: unknown;
    key: PropertyKey;
    parent: Visit | null;
  }
  const pathTo = (visit: Visit | null): PropertyKey[] => (visit?.parent ? [...pathTo(visit.parent), visit.key] : []);
  const pending: Visit[] = [{ node: root, key: '', parent: null }];
  for (let visit = pending.pop(); visit; visit = pending.pop()) {
    const node = visit.node;
    if (typeof node !== 'object' || node === null) continue;
    if (Object.hasOwn(node, '__proto__')) return [...pathTo(visit), '__proto__'];
    if (Array.isArray(node)) node.forEach((item, index) => pending.push({ node: item, key: index, parent: visit }));
    else for (const [key, item] of Object.entries(node)) pending.push({ node: item, key, parent: visit });
  }
  return null;
}

// ---- The schema ----------------------------------------------------------------------------------

/*
 * The file holds the `Workshop` snapshot. Each record's fields and limits come from its one schema in
 * src/domain/ (strictly: in a file every field must be there and right); only the snapshot's own
 * grouping is described here.
 */
const id = idSchema;
const { createdAt: _createdAt, schemaVersion: _schemaVersion, ...SETUP_FIELDS } = SETUP_RECORD;

const timerSchema = z.object(shapeOf(TIMER_RECORD));

const controlSchema = z.object({ ...shapeOf(CONTROL_RECORD), timers: z.partialRecord(z.enum(PHASE_IDS), timerSchema) });

const sectionSchema = z.object({
  placed: z.array(z.object({ valueId: id, example: PLACED_PIECE_RECORD.example.schema })),
  mostImportant: SECTION_RECORD.mostImportant.schema,
});

const warmUpSchema = z.object({
  answers: z.record(id, z.array(z.object({ id, text: WARM_UP_ANSWER_RECORD.text.schema }))),
  // The pieces are derived from the answers and the facilitator's decisions; the file carries them whole.
  pieces: z.array(
    z.object({
      id,
      name: CUSTOM_VALUE_FIELDS.name.schema,
      colour: CUSTOM_VALUE_FIELDS.colour.schema,
      proposedBy: z.array(id),
      answerIds: z.array(id),
      isDropped: z.boolean(),
    }),
  ),
});

const linkSchema = z.object({ id, fromId: id, ...shapeOf(LINK_FIELDS), proposedBy: z.optional(id) }) satisfies z.ZodType<Link>;

const linkProposalSchema = z.object({ id, fromId: id, ...shapeOf(LINK_FIELDS), proposedBy: id, answer: z.enum(['open', 'declined']) }) satisfies z.ZodType<LinkProposal>;

const agreementSchema = z.object({ id, ...shapeOf(AGREEMENT_FIELDS) }) satisfies z.ZodType<Agreement>;

/** Organisation id → agreement id → its answer. */
const agreementAnswersSchema = z.record(id, z.record(id, z.object(shapeOf(AGREEMENT_ANSWER_RECORD))));

/** One workshop, exactly the `Workshop` snapshot of src/domain/workshop.ts (checked below, at compile time). */
export const workshopSchema = z.object({
  id,
  setup: z.object(shapeOf(SETUP_FIELDS)),
  organisations: z.array(z.object({ id, ...shapeOf(ORGANISATION_FIELDS) })),
  values: z.object({ disabledCore: z.array(coreValueIdSchema), custom: z.array(z.object({ id, ...shapeOf(CUSTOM_VALUE_FIELDS) })) }),
  control: controlSchema,
  sections: z.record(id, sectionSchema),
  warmUp: warmUpSchema,
  keyPoints: COMMON_PICTURE_RECORD.keyPoints.schema,
  cards: z.record(id, z.array(z.object({ id, ...shapeOf(CARD_FIELDS) }))),
  settledSuggestions: z.record(id, z.array(suggestionIdSchema)).optional(),
  links: z.array(linkSchema),
  linkProposals: z.array(linkProposalSchema),
  agreements: z.array(agreementSchema),
  agreementAnswers: agreementAnswersSchema,
  createdAt: epochMsSchema,
});

/** True only when A and B are the same type; a field added to `Workshop` and not to the schema fails the typecheck. */
type IsSameType<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const schemaMatchesWorkshop: IsSameType<z.output<typeof workshopSchema>, Workshop> = true;
void schemaMatchesWorkshop;

const fileSchema = z.object({
  format: z.literal(WORKSHOP_FILE_FORMAT),
  version: z.literal(WORKSHOP_FILE_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  workshops: z.array(workshopSchema),
  directory: z.optional(directoryPartSchema),
});

// ---- Telling the user what is wrong ------------------------------------------------------------------

/** `workshops[0].organisations[2].name`: where in the file the wrong value is. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`), '');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Whether the issue is a reserved id, as a value or as a record's key (zod nests the key's own issues). */
function isReservedIssue(issue: z.core.$ZodIssue): boolean {
  if (issue.code === 'custom') return issue.params?.isReserved === true;
  return issue.code === 'invalid_key' && issue.issues.some(isReservedIssue);
}

function refuseIssue(issue: z.core.$ZodIssue | undefined, root: unknown): Result<never> {
  if (!issue) return refuse('file-not-workshop');
  const field = fieldPath(issue.path);
  if (isReservedIssue(issue)) {
    const reserved = issue.code === 'invalid_key' ? issue.path[issue.path.length - 1] : valueAt(root, issue.path);
    return refuse('file-id-reserved', { field, id: String(reserved) });
  }
  // Whatever the schema says of a value that is not there (a wrong type, not one of the choices …), it is missing.
  if (issue.code !== 'invalid_key' && valueAt(root, issue.path) === undefined) return refuse('file-field-missing', { field });
  if (issue.code === 'invalid_type') return refuse('file-field-wrong-type', { field });
  const max = issue.code === 'custom' ? issue.params?.max : undefined;
  if (typeof max === 'number') return refuse('file-field-too-long', { field, max });
  return refuse('file-field-invalid', { field });
}

/**
 * The references the schema cannot see: ids unique where they must be, sections, cards and answers
 * belonging to organisations in the workshop, pieces made of answers that exist, a most-important
 * mark on a placed piece, links between organisations of the workshop, an agreement's coordinator
 * among its organisations. References the app itself keeps when something is removed (so that undo
 * can bring it back) are not refused, or a backup the app made could not be read back: a placed piece
 * or card of a removed value, an agreement naming a removed organisation, the active organisation.
 */
function checkReferences(workshops: readonly Workshop[]): Result<true> {
  const workshopIds = unique(workshops.map((workshop) => workshop.id), 'workshops');
  if (!workshopIds.ok) return workshopIds;
  for (const [index, workshop] of workshops.entries()) {
    const result = checkWorkshopReferences(workshop, `workshops[${index}]`);
    if (!result.ok) return result;
  }
  return ok(true);
}

function checkWorkshopReferences(workshop: Workshop, at: string): Result<true> {
  const organisationIds = new Set(workshop.organisations.map((organisation) => organisation.id));
  const answerIds = Object.values(workshop.warmUp.answers).flatMap((answers) => answers.map((answer) => answer.id));
  const checks: (() => Result<true>)[] = [
    () => unique(workshop.organisations.map((organisation) => organisation.id), `${at}.organisations`),
    () => unique(workshop.values.custom.map((value) => value.id), `${at}.values.custom`),
    () => unique(answerIds, `${at}.warmUp.answers`),
    () => unique(workshop.warmUp.pieces.map((piece) => piece.id), `${at}.warmUp.pieces`),
    () => unique(Object.values(workshop.cards).flatMap((cards) => cards.map((card) => card.id)), `${at}.cards`),
    () => unique([...workshop.links, ...workshop.linkProposals].map((link) => link.id), `${at}.links`),
    () => unique(workshop.agreements.map((agreement) => agreement.id), `${at}.agreements`),
    () => belongTo(Object.keys(workshop.sections), organisationIds, (key) => `${at}.sections.${key}`),
    () => belongTo(Object.keys(workshop.warmUp.answers), organisationIds, (key) => `${at}.warmUp.answers.${key}`),
    () => belongTo(Object.keys(workshop.cards), organisationIds, (key) => `${at}.cards.${key}`),
    () => belongTo(Object.keys(workshop.settledSuggestions ?? {}), organisationIds, (key) => `${at}.settledSuggestions.${key}`),
    () => belongTo(workshop.links.map((link) => link.fromId), organisationIds, (_, index) => `${at}.links[${index}].fromId`),
    () => belongTo(workshop.links.map((link) => link.toId), organisationIds, (_, index) => `${at}.links[${index}].toId`),
    () => checkProposers(workshop.links, `${at}.links`),
    () => belongTo(workshop.linkProposals.map((link) => link.fromId), organisationIds, (_, index) => `${at}.linkProposals[${index}].fromId`),
    () => belongTo(workshop.linkProposals.map((link) => link.toId), organisationIds, (_, index) => `${at}.linkProposals[${index}].toId`),
    () => checkProposers(workshop.linkProposals, `${at}.linkProposals`),
    () => checkMostImportant(workshop, at),
    () => checkCoordinators(workshop, at),
    () => checkAnswers(workshop, at),
    () => checkPieces(workshop, new Set(answerIds), organisationIds, at),
  ];
  for (const check of checks) {
    const result = check();
    if (!result.ok) return result;
  }
  return ok(true);
}

function unique(ids: readonly string[], field: string): Result<true> {
  const seen = new Set<string>();
  for (const candidate of ids) {
    if (seen.has(candidate)) return refuse('file-duplicate-id', { field, id: candidate });
    seen.add(candidate);
  }
  return ok(true);
}

function belongTo(ids: readonly string[], known: ReadonlySet<string>, field: (id: string, index: number) => string): Result<true> {
  const index = ids.findIndex((candidate) => !known.has(candidate));
  const missing = ids[index];
  return missing === undefined ? ok(true) : refuse('file-reference-broken', { field: field(missing, index), id: missing });
}

function checkMostImportant(workshop: Workshop, at: string): Result<true> {
  for (const [orgId, section] of Object.entries(workshop.sections)) {
    const marked = section.mostImportant;
    if (marked !== null && !section.placed.some((piece) => piece.valueId === marked)) {
      // Not a value that does not exist: a ★ left on a value that is not (or no longer) on the board.
      return refuse('file-most-important-unplaced', { field: `${at}.sections.${orgId}.mostImportant`, value: valueName(workshop, marked) });
    }
    const placed = unique(section.placed.map((piece) => piece.valueId), `${at}.sections.${orgId}.placed`);
    if (!placed.ok) return placed;
  }
  return ok(true);
}

/** A custom value's or warm-up piece's name, or the id (a core value's, which the texts name). */
function valueName(workshop: Workshop, valueId: string): string {
  const custom = workshop.values.custom.find((value) => value.id === valueId) ?? workshop.warmUp.pieces.find((piece) => piece.id === valueId);
  return custom?.name ?? valueId;
}

/** A link's proposer is one of its own two ends (a tablet proposes only links it is part of). */
function checkProposers(links: readonly Pick<Link, 'fromId' | 'toId' | 'proposedBy'>[], at: string): Result<true> {
  const index = links.findIndex((link) => link.proposedBy !== undefined && link.proposedBy !== link.fromId && link.proposedBy !== link.toId);
  const proposer = links[index]?.proposedBy;
  return proposer === undefined ? ok(true) : refuse('file-reference-broken', { field: `${at}[${index}].proposedBy`, id: proposer });
}

/** An agreement's coordinator (tovholder) is one of its own organisations, as the app's form requires. */
function checkCoordinators(workshop: Workshop, at: string): Result<true> {
  const index = workshop.agreements.findIndex((agreement) => !agreement.organisationIds.includes(agreement.coordinatorId));
  const agreement = workshop.agreements[index];
  return agreement === undefined ? ok(true) : refuse('file-coordinator-outside', { field: `${at}.agreements[${index}].coordinatorId`, id: agreement.coordinatorId });
}

/**
 * Answers are given by organisations of the workshop, to agreements they are part of (the app reads no
 * others), and a first step only by the coordinator.
 */
function checkAnswers(workshop: Workshop, at: string): Result<true> {
  const organisations = belongTo(Object.keys(workshop.agreementAnswers), new Set(workshop.organisations.map((organisation) => organisation.id)), (key) => `${at}.agreementAnswers.${key}`);
  if (!organisations.ok) return organisations;
  const agreements = new Map(workshop.agreements.map((agreement) => [agreement.id, agreement]));
  for (const [organisationId, answers] of Object.entries(workshop.agreementAnswers)) {
    for (const [agreementId, answer] of Object.entries(answers)) {
      const result = checkAnswer(agreements.get(agreementId), organisationId, answer);
      const field = `${at}.agreementAnswers.${organisationId}.${agreementId}`;
      if (!result.ok && result.problem.code === 'agreement-not-coordinator') return refuse('file-field-invalid', { field: `${field}.firstStep` });
      if (!result.ok) return refuse('file-reference-broken', { field, id: agreementId });
    }
  }
  return ok(true);
}

function checkPieces(workshop: Workshop, answerIds: ReadonlySet<string>, organisationIds: ReadonlySet<string>, at: string): Result<true> {
  for (const [index, piece] of workshop.warmUp.pieces.entries()) {
    const answers = belongTo(piece.answerIds, answerIds, (_, answer) => `${at}.warmUp.pieces[${index}].answerIds[${answer}]`);
    if (!answers.ok) return answers;
    const proposers = belongTo(piece.proposedBy, organisationIds, (_, proposer) => `${at}.warmUp.pieces[${index}].proposedBy[${proposer}]`);
    if (!proposers.ok) return proposers;
  }
  return ok(true);
}
