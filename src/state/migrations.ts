import * as Y from 'yjs';
import { runMigrations, type Migration } from '../domain/migration.ts';
import { WORKSHOP_SCHEMA_VERSION } from '../domain/workshop.ts';
import type { WorkshopDocs } from './workshop-docs.ts';
import { HOUSEKEEPING } from './origins.ts';
import { organisationsMap, readSchemaVersion, writeSchemaVersion } from './workshop-layout.ts';

/*
 * Upgrades of stored workshops, run when a workshop is opened, before anything reads it. Every change
 * of the stored shape bumps WORKSHOP_SCHEMA_VERSION and adds a named step here with a test in
 * migrations.test.ts. Steps write with the HOUSEKEEPING origin (never an undo step) and must be safe
 * to run on documents that another device has already upgraded (they sync, and merge, as CRDTs).
 */

/**
 * Version 0 → 1: documents written before the schema version was stored. Their shape is version 1's
 * (the maps added since — cards, links, agreements, suggestions — read as empty when absent), so the
 * step has nothing to move; running it records the version.
 */
const stampSchemaVersion: Migration<WorkshopDocs> = { from: 0, name: 'stamp-schema-version', migrate: () => {} };

/**
 * Version 1 → 2: an organisation's pieces and most-important mark move from its document (`org/<id>`) to
 * `pieces/<id>`, and its cards and settled suggestions to `cards/<id>`: documents the session server keeps
 * from the other tablets and the projector until they are shown. What the old maps hold is copied as it
 * is (reading stays lenient), then the old maps are emptied. Needs every organisation's documents open
 * and loaded.
 */
const moveHiddenThingsToTheirOwnDocuments: Migration<WorkshopDocs> = {
  from: 1,
  name: 'move-pieces-and-cards-to-their-own-documents',
  migrate: (docs) => {
    for (const orgId of organisationsMap(docs).keys()) {
      moveMaps(docs.orgDoc(orgId), docs.piecesDoc(orgId), ['placed', 'section']);
      moveMaps(docs.orgDoc(orgId), docs.cardsDoc(orgId), ['cards', 'suggestions']);
    }
  },
};

/** Moves what the top-level maps `names` of `from` hold into the maps of the same names in `to`, leaving them empty. */
function moveMaps(from: Y.Doc, to: Y.Doc, names: readonly string[]): void {
  const old = names.map((name) => from.getMap<unknown>(name));
  if (old.every((map) => map.size === 0)) return;
  to.transact(() => {
    old.forEach((map, index) => {
      const target = to.getMap<unknown>(names[index]);
      for (const [key, value] of map) {
        // An entry another device moved already stays as it is there.
        if (target.has(key)) continue;
        if (value instanceof Y.Map) target.set(key, copyOfRecord(value));
        else if (!(value instanceof Y.AbstractType)) target.set(key, value);
      }
    });
  }, HOUSEKEEPING);
  from.transact(() => old.forEach((map) => map.clear()), HOUSEKEEPING);
}

/** A new map with a record's plain fields (a Yjs type cannot move between documents). */
function copyOfRecord(record: Y.Map<unknown>): Y.Map<unknown> {
  const copy = new Y.Map<unknown>();
  for (const [field, value] of record) if (!(value instanceof Y.AbstractType)) copy.set(field, value);
  return copy;
}

/**
 * Version 2 → 3: a card may be of the kind 'job' (jobs, internships and leisure jobs). A workshop stored
 * before has no such card, so nothing moves; the version is recorded so that an older app, which cannot
 * read such a card (it would leave it out, and could write over what it left out), does not open the
 * workshop but says it was saved by a newer version.
 */
const jobCardKind: Migration<WorkshopDocs> = { from: 2, name: 'job-card-kind', migrate: () => {} };

export const WORKSHOP_MIGRATIONS: readonly Migration<WorkshopDocs>[] = [stampSchemaVersion, moveHiddenThingsToTheirOwnDocuments, jobCardKind];

export type MigrationOutcome =
  | { status: 'current' }
  | { status: 'migrated'; from: number; to: number }
  /** Written by a newer version of the app: left exactly as it is (the app must not open it for writing). */
  | { status: 'newer'; version: number };

/** Brings a loaded workshop's documents up to `target`, or reports that they are newer than this app. */
export function migrateWorkshopDocs(
  docs: WorkshopDocs,
  steps: readonly Migration<WorkshopDocs>[] = WORKSHOP_MIGRATIONS,
  target: number = WORKSHOP_SCHEMA_VERSION,
): MigrationOutcome {
  const version = readSchemaVersion(docs);
  if (version > target) return { status: 'newer', version };
  if (version === target) return { status: 'current' };
  const reached = runMigrations(docs, version, target, steps);
  // Only a version whose shape the documents now have is recorded.
  if (reached > version) writeSchemaVersion(docs, reached);
  return { status: 'migrated', from: version, to: reached };
}
