import * as Y from 'yjs';
import { WORKSHOP_SCHEMA_VERSION, type Workshop } from '../domain/workshop.ts';
import { volatileStore, type DocStore } from './doc-store.ts';
import { docName, storedParts, WorkshopDocs, type DocPart } from './workshop-docs.ts';
import { migrateWorkshopDocs } from './migrations.ts';
import { hasWorkshop, organisationsMap, readSchemaVersion, readWorkshop } from './workshop-layout.ts';

/** What could still be read of a workshop whose opening or screen failed. */
export interface RescuedWorkshop {
  workshop: Workshop;
  /** Something stored could not be read and is not in `workshop`. */
  isPartial: boolean;
}

/** The stored updates of one document of a workshop, kept as bytes so they can be applied again. */
type StoredParts = Map<DocPart, Uint8Array[]>;

/**
 * Reads what can still be read of the workshop `id` as stored on the device, for a file when the
 * workshop cannot be opened or its screen failed. Works on copies in memory: nothing is written.
 * An update that cannot be decoded is left out; an organisation's document that makes the snapshot
 * unreadable is left out. Null when nothing can be read (no setup and control that read as a
 * workshop) or when a newer version of the app stored it (its shape is unknown here).
 */
export async function rescueWorkshop(store: DocStore, id: string): Promise<RescuedWorkshop | null> {
  try {
    const parts: StoredParts = new Map();
    let isPartial = false;
    const readPart = async (part: DocPart) => {
      const { updates, skipped } = decodable(await store.readUpdates(docName(id, part)));
      parts.set(part, updates);
      if (skipped > 0) isPartial = true;
    };
    await Promise.all([readPart('setup'), readPart('control')]);
    const orgIds = withDocs(id, parts, [], (docs) => (hasWorkshop(docs) && readSchemaVersion(docs) <= WORKSHOP_SCHEMA_VERSION ? [...organisationsMap(docs).keys()] : null));
    if (orgIds === null) return null;
    await Promise.all(storedParts(orgIds).map((part) => (parts.has(part) ? undefined : readPart(part))));

    const whole = tryReading(id, parts, orgIds);
    if (whole) return { workshop: whole, isPartial };
    if (!tryReading(id, parts, [])) return null;
    // Each organisation's document on its own with the facilitator's: those that read are kept.
    const readable = orgIds.filter((orgId) => tryReading(id, parts, [orgId]) !== null);
    const workshop = tryReading(id, parts, readable) ?? tryReading(id, parts, []);
    return workshop ? { workshop, isPartial: true } : null;
  } catch {
    // Storage itself refused (IndexedDB could not be opened): nothing can be read.
    return null;
  }
}

/** The updates that decode, and how many did not. */
function decodable(updates: readonly Uint8Array[]): { updates: Uint8Array[]; skipped: number } {
  const kept = updates.filter((update) => {
    try {
      Y.decodeUpdate(update);
      return true;
    } catch {
      return false;
    }
  });
  return { updates: kept, skipped: updates.length - kept.length };
}

/** Runs `read` on fresh documents holding the stored setup, control and the organisations `orgIds`' documents. */
function withDocs<T>(id: string, parts: StoredParts, orgIds: readonly string[], read: (docs: WorkshopDocs) => T): T {
  const docs = new WorkshopDocs(id, volatileStore());
  try {
    const apply = (doc: Y.Doc, part: DocPart) => {
      for (const update of parts.get(part) ?? []) {
        try {
          Y.applyUpdate(doc, update);
        } catch {
          // Decoded but not applied: left out like an update that does not decode.
        }
      }
    };
    for (const part of storedParts(orgIds)) apply(docs.docOf(part), part);
    // Read in today's shape, as opening would store it (the copies are in memory only).
    migrateWorkshopDocs(docs);
    return read(docs);
  } finally {
    void docs.close();
  }
}

/** The snapshot with only the organisation documents `orgIds` (the others read as empty), or null when it cannot be read. */
function tryReading(id: string, parts: StoredParts, orgIds: readonly string[]): Workshop | null {
  try {
    return withDocs(id, parts, orgIds, readWorkshop);
  } catch {
    return null;
  }
}
