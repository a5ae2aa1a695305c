import { z } from 'zod';
import { isActorTypeId, type ActorTypeId } from '../domain/actor-type.ts';
import { AGREEMENT_STATUSES, AGREEMENT_TEXT_MAX, COLLABORATION_FORMS, STATUS_NOTE_MAX, type Agreement } from '../domain/agreement.ts';
import { KEY_POINTS_MAX } from '../domain/common-picture.ts';
import { LINK_TEXT_MAX, type Link } from '../domain/link.ts';
import { runMigrations, type Migration } from '../domain/migration.ts';
import { CARD_KINDS, CARD_SIDES, CARD_TEXT_MAX } from '../domain/offer-need.ts';
import { PHASE_IDS } from '../domain/phase.ts';
import { ok, refuse, type Result } from '../domain/result.ts';
import { NAME_MAX, SHORT_TEXT_MAX, validateColour, validateDate } from '../domain/text.ts';
import { isCoreValueId, type CoreValueId } from '../domain/value.ts';
import { EXAMPLE_MAX, textLength } from '../domain/value-piece.ts';
import { WORKSHOP_KINDS, type Workshop } from '../domain/workshop.ts';

/*
 * The workshop file: a whole workshop (or several) as JSON, for backups and for moving workshops
 * between devices. Documented in docs/workshop-file.md. Everything in a file is untrusted: it is
 * checked against one schema (below) and for references that must hold, before anything is stored.
 */

export const WORKSHOP_FILE_FORMAT = 'vaerdispillet-workshop';
/** The version of the file format this app writes. Bump it with a step in FILE_MIGRATIONS. */
export const WORKSHOP_FILE_VERSION = 1;
/** Larger files are refused before they are read (a workshop of 40 organisations is well under 1 MB). */
export const WORKSHOP_FILE_MAX_BYTES = 20 * 1024 * 1024;

/** A workshop file as JSON holds it (after migration to the current version). */
export interface WorkshopFile {
  format: typeof WORKSHOP_FILE_FORMAT;
  version: number;
  exportedAt: string;
  workshops: Workshop[];
}

/**
 * The upgrades from older file versions, one per change of the file's shape. Version 1 is the first
 * format, so there are none yet; the next change adds `{ from: 1, name, migrate }` and a test.
 */
export const FILE_MIGRATIONS: readonly Migration<Record<string, unknown>>[] = [];

/** The file for `workshops`, as text (indented, so a person can read it). */
export function serializeWorkshopFile(workshops: Workshop[], exportedAt: Date): string {
  const file: WorkshopFile = { format: WORKSHOP_FILE_FORMAT, version: WORKSHOP_FILE_VERSION, exportedAt: exportedAt.toISOString(), workshops };
  return JSON.stringify(file, null, 2);
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
  const size = checkFileSize(text.length);
  if (!size.ok) return size;
  if (text.trim() === '') return refuse('file-empty');
  const json = parseJson(text);
  if (!json.ok) return json;
  const envelope = readEnvelope(json.value, migrations);
  if (!envelope.ok) return envelope;
  const prototypeKey = findOwnProtoKey(envelope.value);
  if (prototypeKey) return refuse('file-id-reserved', { field: fieldPath(prototypeKey), id: '__proto__' });
  const checked = fileSchema.safeParse(envelope.value);
  if (!checked.success) return refuseIssue(checked.error.issues[0], envelope.value);
  const workshops = checked.data.workshops;
  if (workshops.length === 0) return refuse('file-no-workshops');
  const references = checkReferences(workshops);
  return references.ok ? ok(workshops) : references;
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
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

/**
 * Names an object has without being given them (`__proto__`, `constructor`, `toString`, …, and a
 * function's `prototype`). Used as an id they turn a lookup by id into the prototype's member, so an
 * import or a screen would find a "section" that is a function.
 */
const RESERVED_IDS: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/** Ids go into document names (`org/<id>`) and URLs, so they are kept to letters, digits, - and _. */
const id = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/u)
  .refine((text) => !RESERVED_IDS.has(text), { params: { isReserved: true } });
/** Text limits as the app's own rules count (code points; examples and key points in graphemes). */
const chars = (max: number, min = 0) => z.string().refine((text) => [...text].length >= min && [...text].length <= max, { params: { max } });
const graphemes = (max: number) => z.string().refine((text) => textLength(text) <= max, { params: { max } });
const name = chars(NAME_MAX, 1);
const shortText = chars(SHORT_TEXT_MAX);
/** A real `YYYY-MM-DD` date or empty, exactly as the app stores it (no spaces around it). */
const date = z.string().refine((text) => text === text.trim() && validateDate(text).ok);
const colour = z.string().refine((text) => validateColour(text).ok);
const epochMs = z.number().int().nonnegative();

const setupSchema = z.object({
  title: name,
  initiative: shortText,
  kind: z.enum(WORKSHOP_KINDS),
  date,
  place: shortText,
  facilitator: shortText,
  hasWarmUp: z.boolean(),
});

const organisationSchema = z.object({ id, name, actorType: z.custom<ActorTypeId>((type) => typeof type === 'string' && isActorTypeId(type)), contact: shortText });

const valuesSchema = z.object({
  disabledCore: z.array(z.custom<CoreValueId>((core) => typeof core === 'string' && isCoreValueId(core))),
  custom: z.array(z.object({ id, name, colour })),
});

const timerSchema = z.object({ durationMs: epochMs, startedAt: epochMs.nullable(), elapsedBeforeMs: epochMs });

const controlSchema = z.object({
  phase: z.enum(PHASE_IDS),
  isLocked: z.boolean(),
  isRevealed: z.boolean(),
  activeOrganisationId: id.nullable(),
  timers: z.partialRecord(z.enum(PHASE_IDS), timerSchema),
});

const sectionSchema = z.object({
  placed: z.array(z.object({ valueId: id, example: graphemes(EXAMPLE_MAX) })),
  mostImportant: id.nullable(),
});

const warmUpSchema = z.object({
  answers: z.record(id, z.array(z.object({ id, text: name }))),
  pieces: z.array(
    z.object({ id, name, colour, proposedBy: z.array(id), answerIds: z.array(id), isDropped: z.boolean() }),
  ),
});

const cardSchema = z.object({ id, side: z.enum(CARD_SIDES), text: chars(CARD_TEXT_MAX, 1), kind: z.enum(CARD_KINDS), valueId: id.nullable() });

const linkSchema = z.object({ id, fromId: id, toId: id, text: chars(LINK_TEXT_MAX, 1), offerCardId: id.nullable() }) satisfies z.ZodType<Link>;

const agreementSchema = z.object({
  id,
  what: chars(AGREEMENT_TEXT_MAX, 1),
  organisationIds: z.array(id),
  coordinatorId: id,
  firstStep: chars(AGREEMENT_TEXT_MAX),
  date,
  form: z.enum(COLLABORATION_FORMS),
  followUpDate: date,
  linkId: id.nullable(),
  status: z.enum(AGREEMENT_STATUSES).nullable(),
  statusNote: chars(STATUS_NOTE_MAX),
}) satisfies z.ZodType<Agreement>;

/** One workshop, exactly the `Workshop` snapshot of src/domain/workshop.ts (checked below, at compile time). */
export const workshopSchema = z.object({
  id,
  setup: setupSchema,
  organisations: z.array(organisationSchema),
  values: valuesSchema,
  control: controlSchema,
  sections: z.record(id, sectionSchema),
  warmUp: warmUpSchema,
  keyPoints: graphemes(KEY_POINTS_MAX),
  cards: z.record(id, z.array(cardSchema)),
  settledSuggestions: z.record(id, z.array(chars(NAME_MAX, 1))).optional(),
  links: z.array(linkSchema),
  agreements: z.array(agreementSchema),
  createdAt: epochMs,
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
  if (issue.code === 'invalid_type') {
    return valueAt(root, issue.path) === undefined ? refuse('file-field-missing', { field }) : refuse('file-field-wrong-type', { field });
  }
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
    () => unique(workshop.links.map((link) => link.id), `${at}.links`),
    () => unique(workshop.agreements.map((agreement) => agreement.id), `${at}.agreements`),
    () => belongTo(Object.keys(workshop.sections), organisationIds, (key) => `${at}.sections.${key}`),
    () => belongTo(Object.keys(workshop.warmUp.answers), organisationIds, (key) => `${at}.warmUp.answers.${key}`),
    () => belongTo(Object.keys(workshop.cards), organisationIds, (key) => `${at}.cards.${key}`),
    () => belongTo(Object.keys(workshop.settledSuggestions ?? {}), organisationIds, (key) => `${at}.settledSuggestions.${key}`),
    () => belongTo(workshop.links.map((link) => link.fromId), organisationIds, (_, index) => `${at}.links[${index}].fromId`),
    () => belongTo(workshop.links.map((link) => link.toId), organisationIds, (_, index) => `${at}.links[${index}].toId`),
    () => checkMostImportant(workshop, at),
    () => checkCoordinators(workshop, at),
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
      return refuse('file-reference-broken', { field: `${at}.sections.${orgId}.mostImportant`, id: marked });
    }
    const placed = unique(section.placed.map((piece) => piece.valueId), `${at}.sections.${orgId}.placed`);
    if (!placed.ok) return placed;
  }
  return ok(true);
}

/** An agreement's coordinator (tovholder) is one of its own organisations, as the app's form requires. */
function checkCoordinators(workshop: Workshop, at: string): Result<true> {
  const index = workshop.agreements.findIndex((agreement) => !agreement.organisationIds.includes(agreement.coordinatorId));
  const agreement = workshop.agreements[index];
  return agreement === undefined ? ok(true) : refuse('file-coordinator-outside', { field: `${at}.agreements[${index}].coordinatorId`, id: agreement.coordinatorId });
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
