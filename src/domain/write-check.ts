import * as Y from 'yjs';
import { checkAnswer, type AgreementParties } from './agreement.ts';
import { answererOf, checkEnds, endsOf, type LinkEnds } from './link.ts';
import type { PhaseId } from './phase.ts';
import { LOCKED_BY_PHASE } from './progress.ts';
import { ok, refuse, type Result } from './result.ts';
import { checkRecord, parses } from './schema.ts';
import type { BoardRules } from './value-piece.ts';
import { DOC_LAYOUT, docKindOf, organisationOfPart, plainFields, type DocPart, type RootSpec } from './workshop-doc.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its top-level types as AbstractType<any>.
type AnyType = Y.AbstractType<any>;

/*
 * The check of what a device wrote, shared by the server (every update from every device, before it is
 * stored or sent on) and the app. A write is taken as the changes one Yjs transaction made to a copy of
 * the document (`readChanges`), and accepted only if everything it touched reads back whole through the
 * records' schemas (src/domain/workshop-doc.ts) and keeps the game's rules. What it did not touch is not
 * judged: a document written by an older version of the app stays usable.
 */

/** What one transaction changed in one document: per top-level map, the keys added, changed or removed. */
export interface WriteChanges {
  roots: Map<string, RootChanges>;
}

export interface RootChanges {
  /** Keys that had no value before the write. */
  added: Set<string>;
  /** Keys whose value was replaced or removed, or whose record's fields changed. */
  changed: Set<string>;
  /** Content that is not a map entry (list or text content) was written somewhere under this map. */
  hasOtherContent: boolean;
}

/** Who wrote: the facilitator's device, or a tablet holding one organisation. */
export type Writer = { kind: 'facilitator' } | { kind: 'participant'; organisationId: string };

export interface WriteContext {
  part: DocPart;
  writer: Writer;
  /** The board's rules as they stand (read only when a section was touched). */
  rules: () => BoardRules;
  /** The organisations of the workshop (read only when a link was touched). */
  organisationIds: () => readonly string[];
  /** The workshop's agreements, as the setup holds them (read only when an answer to one was touched). */
  agreements: () => readonly AgreementParties[];
  /** Where the link or proposal `linkId` runs, as its maker's document holds it, or null (read only when an answer was touched). */
  linkEnds: (linkId: string) => LinkEnds | null;
  /** The phases whose writing the facilitator has locked (read only when a map a phase's lock covers was touched). */
  lockedPhases: () => readonly PhaseId[];
}

/** The name each top-level type of a document goes by. */
function rootNames(doc: Y.Doc): Map<AnyType, string> {
  const names = new Map<AnyType, string>();
  for (const [name, type] of doc.share) names.set(type, name);
  return names;
}

/**
 * The changes a transaction made, by top-level map and key (call it from the document's
 * 'afterTransaction' event, while the transaction's bookkeeping is still there).
 */
export function readChanges(transaction: Y.Transaction): WriteChanges {
  const names = rootNames(transaction.doc);
  const roots = new Map<string, RootChanges>();
  const rootOf = (name: string): RootChanges => {
    let changes = roots.get(name);
    if (!changes) {
      changes = { added: new Set(), changed: new Set(), hasOtherContent: false };
      roots.set(name, changes);
    }
    return changes;
  };
  for (const [type, keys] of transaction.changed) {
    if (type._item === null) {
      // A top-level map's own keys (null: list content written into it).
      const name = names.get(type);
      if (name === undefined) continue;
      const changes = rootOf(name);
      const event = new Y.YEvent(type, transaction);
      for (const key of keys) {
        const action = key === null ? undefined : event.keys.get(key)?.action;
        if (key === null) changes.hasOtherContent = true;
        else if (action === 'add') changes.added.add(key);
        else if (action !== undefined) changes.changed.add(key);
      }
      continue;
    }
    // A change inside a record is a change of the entry right under the top-level map.
    let entry: AnyType = type;
    while (entry._item?.parent instanceof Y.AbstractType && entry._item.parent._item !== null) entry = entry._item.parent;
    const parent = entry._item?.parent;
    const name = parent instanceof Y.AbstractType ? names.get(parent) : undefined;
    if (name === undefined) continue;
    const changes = rootOf(name);
    const key = entry._item?.parentSub ?? null;
    if (key === null) changes.hasOtherContent = true;
    else changes.changed.add(key);
    // A record holds named fields of plain values: list content in it, or a type inside it, is another shape.
    if (entry !== type || keys.has(null)) changes.hasOtherContent = true;
  }
  return { roots };
}

/** The field names a record may hold: its own, and any a newer version adds, as long as they hold plain values. */
function hasOnlyPlainValues(map: Y.Map<unknown>): boolean {
  for (const value of map.values()) if (value instanceof Y.AbstractType) return false;
  return true;
}

function checkRoot(doc: Y.Doc, name: string, spec: RootSpec, changes: RootChanges): Result<true> {
  if (changes.hasOtherContent) return refuse('write-wrong-shape', { root: name });
  const map = doc.getMap<unknown>(name);
  const touched = [...changes.added, ...changes.changed];
  switch (spec.kind) {
    case 'fields': {
      for (const key of touched) {
        const fieldSpec = spec.fields[key];
        const value = map.get(key);
        if (value instanceof Y.AbstractType) return refuse('write-wrong-shape', { root: name, key });
        // A field this version does not know: a newer version's; let through.
        if (!fieldSpec) continue;
        if (value === undefined ? fieldSpec.fallback === undefined : !parses(fieldSpec.schema, value)) {
          return refuse('write-wrong-field', { root: name, key });
        }
      }
      return ok(true);
    }
    case 'entries': {
      for (const key of touched) {
        if (!parses(spec.key, key)) return refuse('write-wrong-key', { root: name, key });
        const value = map.get(key);
        if (value === undefined) continue;
        if (!(value instanceof Y.Map) || !hasOnlyPlainValues(value)) return refuse('write-wrong-shape', { root: name, key });
        const record = checkRecord(spec.fields, plainFields(value));
        if (!record.ok) return refuse('write-wrong-field', { root: name, key: `${key}.${record.problem.field}` });
        if (spec.isWhole && !spec.isWhole(record.value)) return refuse('write-wrong-field', { root: name, key });
      }
      return changes.added.size > 0 && map.size > spec.max ? refuse('write-too-many', { root: name, max: spec.max }) : ok(true);
    }
    case 'values': {
      for (const key of touched) {
        if (!parses(spec.key, key)) return refuse('write-wrong-key', { root: name, key });
        const value = map.get(key);
        if (value !== undefined && !parses(spec.value, value)) return refuse('write-wrong-field', { root: name, key });
      }
      return changes.added.size > 0 && map.size > spec.max ? refuse('write-too-many', { root: name, max: spec.max }) : ok(true);
    }
  }
}

/**
 * The game's rules for a tablet's write to its own organisation's documents: nothing on the board moves
 * or is written while it is locked, nothing in a phase's part (its warm-up answers, cards and links,
 * answers to agreements; `LOCKED_BY_PHASE`) while that phase is locked, a piece is placed only for a value in play, the most-important mark
 * sits on a placed piece, a card names a value in play; a link is a proposal between the tablet's own
 * organisation and another of the workshop, an answer is given only to a proposal made to it, and an
 * answer to an agreement only by an organisation part of it (a first step only from its coordinator).
 */
function checkRules(doc: Y.Doc, changes: WriteChanges, context: WriteContext): Result<true> {
  // The rules and the organisations are read from the other documents, once a write and only when needed.
  let rules: BoardRules | null = null;
  const rulesNow = () => (rules ??= context.rules());
  let organisationIds: readonly string[] | null = null;
  const organisationsNow = () => (organisationIds ??= context.organisationIds());
  for (const [root, phase] of Object.entries(LOCKED_BY_PHASE)) {
    if (changes.roots.has(root) && context.lockedPhases().includes(phase)) return refuse('phase-locked', { phase });
  }
  const placed = changes.roots.get('placed');
  const section = changes.roots.get('section');
  if (placed || section) {
    if (rulesNow().isLocked) return refuse('board-locked');
    for (const valueId of placed?.added ?? []) {
      if (doc.getMap('placed').has(valueId) && !rulesNow().valuesInPlay.includes(valueId)) return refuse('value-missing');
    }
    const mostImportant = doc.getMap('section').get('mostImportant');
    if (section && typeof mostImportant === 'string' && !doc.getMap('placed').has(mostImportant)) return refuse('piece-not-placed');
  }
  const cards = changes.roots.get('cards');
  for (const key of cards?.added ?? []) {
    const valueId = doc.getMap<Y.Map<unknown>>('cards').get(key)?.get('valueId');
    if (typeof valueId === 'string' && !rulesNow().valuesInPlay.includes(valueId)) return refuse('value-missing');
  }
  const own = organisationOfPart(context.part) ?? '';
  const links = changes.roots.get('links');
  if (links) {
    const map = doc.getMap<unknown>('links');
    for (const key of [...links.added, ...links.changed]) {
      const record = map.get(key);
      // Removed: a tablet may withdraw what it made. The shape was checked before the rules.
      if (!(record instanceof Y.Map)) continue;
      // A tablet only proposes; the link is made when the other end says yes in its own document.
      if (record.get('isProposal') !== true) return refuse('link-not-proposal');
      const fromId = record.get('fromId');
      const ends = checkEnds(endsOf(own, { fromId: typeof fromId === 'string' ? fromId : null, toId: String(record.get('toId')) }), organisationsNow());
      if (!ends.ok) return ends;
    }
  }
  const agreementAnswers = changes.roots.get('agreementAnswers');
  if (agreementAnswers) {
    const map = doc.getMap<Y.Map<unknown>>('agreementAnswers');
    const agreements = new Map(context.agreements().map((agreement) => [agreement.id, agreement]));
    for (const key of [...agreementAnswers.added, ...agreementAnswers.changed]) {
      const answer = map.get(key);
      // Taking an answer back (the entry removed) is the organisation's own affair.
      if (answer === undefined) continue;
      // The shape is checked already: the first step is text, null, or missing (null).
      const firstStep = answer.get('firstStep');
      const result = checkAnswer(agreements.get(key), own, { firstStep: typeof firstStep === 'string' ? firstStep : null });
      if (!result.ok) return result;
    }
  }
  const answers = changes.roots.get('linkAnswers');
  for (const key of answers ? [...answers.added, ...answers.changed] : []) {
    if (!doc.getMap('linkAnswers').has(key)) continue;
    // A proposal no longer there (withdrawn meanwhile) cannot be judged; its answer is never read.
    const ends = context.linkEnds(key);
    if (ends && answererOf(ends) !== own) return refuse('link-not-yours');
  }
  return ok(true);
}

/** Whether the write only removed keys from the top-level map `name`. */
function isOnlyRemoval(doc: Y.Doc, name: string, changes: RootChanges): boolean {
  if (changes.added.size > 0 || changes.hasOtherContent) return false;
  const map = doc.getMap<unknown>(name);
  return [...changes.changed].every((key) => !map.has(key));
}

/**
 * Whether a write to one of a workshop's documents may stand: `doc` is the document after the write,
 * `changes` what the write changed (`readChanges`). Refused with the reason when a top-level map is not
 * one of the layout's, a touched entry does not parse with its record's schema, a list is over its
 * limit, or (for a tablet) the write breaks a rule of the game.
 */
export function checkWrite(doc: Y.Doc, changes: WriteChanges, context: WriteContext): Result<true> {
  const kind = docKindOf(context.part);
  const layout: Record<string, RootSpec> = DOC_LAYOUT[kind];
  for (const [name, rootChanges] of changes.roots) {
    const spec = Object.hasOwn(layout, name) ? layout[name] : undefined;
    if (!spec) {
      // Emptying a map an older layout had (a migration moving what it held) is let through: it adds nothing.
      if (isOnlyRemoval(doc, name, rootChanges)) continue;
      return refuse('write-unknown-map', { root: name });
    }
    const result = checkRoot(doc, name, spec, rootChanges);
    if (!result.ok) return result;
  }
  return context.writer.kind === 'participant' && organisationOfPart(context.part) !== null ? checkRules(doc, changes, context) : ok(true);
}

/**
 * Applies `update` to `doc` and says what it changed. For the check: `doc` is a copy, thrown away when
 * the check refuses. Throws when the update cannot be read.
 */
export function applyAndReadChanges(doc: Y.Doc, update: Uint8Array, origin?: unknown): WriteChanges {
  const changes: WriteChanges = { roots: new Map() };
  const listener = (transaction: Y.Transaction) => {
    const next = readChanges(transaction);
    for (const [name, root] of next.roots) {
      const known = changes.roots.get(name);
      if (!known) changes.roots.set(name, root);
      else {
        for (const key of root.added) known.added.add(key);
        for (const key of root.changed) known.changed.add(key);
        known.hasOtherContent ||= root.hasOtherContent;
      }
    }
  };
  doc.on('afterTransaction', listener);
  try {
    Y.applyUpdate(doc, update, origin);
  } finally {
    doc.off('afterTransaction', listener);
  }
  return changes;
}
