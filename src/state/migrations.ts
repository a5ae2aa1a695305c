import { runMigrations, type Migration } from '../domain/migration.ts';
import { WORKSHOP_SCHEMA_VERSION } from '../domain/workshop.ts';
import type { WorkshopDocs } from './workshop-docs.ts';
import { readSchemaVersion, writeSchemaVersion } from './workshop-layout.ts';

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

export const WORKSHOP_MIGRATIONS: readonly Migration<WorkshopDocs>[] = [stampSchemaVersion];

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
