import * as Y from 'yjs';
import { runMigrations, type Migration } from '../domain/migration.ts';
import { WORKSHOP_SCHEMA_VERSION } from '../domain/workshop.ts';
import type { WorkshopDocs } from './workshop-docs.ts';
import { HOUSEKEEPING } from './origins.ts';
import { organisationsMap, placedMap, readSchemaVersion, sectionMap, writeSchemaVersion } from './workshop-layout.ts';

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
 * Version 1 → 2: an organisation's pieces and its most-important mark move from its document (`org/<id>`)
 * to a document of their own (`pieces/<id>`), which the session server keeps from the other tablets and
 * the projector until the reveal. What the old maps hold is copied as it is (reading stays lenient), then
 * the old maps are emptied. Needs every organisation's documents open and loaded.
 */
const movePiecesToTheirOwnDocument: Migration<WorkshopDocs> = {
  from: 1,
  name: 'move-pieces-to-their-own-document',
  migrate: (docs) => {
    for (const orgId of organisationsMap(docs).keys()) {
      const oldPlaced = docs.orgDoc(orgId).getMap<unknown>('placed');
      const oldSection = docs.orgDoc(orgId).getMap<unknown>('section');
      if (oldPlaced.size === 0 && oldSection.size === 0) continue;
      docs.piecesDoc(orgId).transact(() => {
        const placed = placedMap(docs, orgId);
        for (const [valueId, record] of oldPlaced) {
          if (record instanceof Y.Map && !placed.has(valueId)) placed.set(valueId, copyOfRecord(record));
        }
        const section = sectionMap(docs, orgId);
        for (const [field, value] of oldSection) if (!(value instanceof Y.AbstractType) && !section.has(field)) section.set(field, value);
      }, HOUSEKEEPING);
      docs.orgDoc(orgId).transact(() => {
        oldPlaced.clear();
        oldSection.clear();
      }, HOUSEKEEPING);
    }
  },
};

/** A new map with a record's plain fields (a Yjs type cannot move between documents). */
function copyOfRecord(record: Y.Map<unknown>): Y.Map<unknown> {
  const copy = new Y.Map<unknown>();
  for (const [field, value] of record) if (!(value instanceof Y.AbstractType)) copy.set(field, value);
  return copy;
}

export const WORKSHOP_MIGRATIONS: readonly Migration<WorkshopDocs>[] = [stampSchemaVersion, movePiecesToTheirOwnDocument];

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
