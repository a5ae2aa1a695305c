import * as Y from 'yjs';
import type { Workshop } from '../domain/workshop.ts';
import type { DocStore } from './doc-store.ts';
import { HOUSEKEEPING } from './origins.ts';
import { DOC_PREFIX } from './workshop-docs.ts';

/** What the start screen shows of a workshop, without opening its documents. */
export interface WorkshopSummary {
  id: string;
  title: string;
  date: string;
  organisationCount: number;
  createdAt: number;
  updatedAt: number;
}

/** The start screen's line for a workshop as it stands, changed at `updatedAt`. */
export function summaryOf(workshop: Workshop, updatedAt: number): WorkshopSummary {
  return {
    id: workshop.id,
    title: workshop.setup.title,
    date: workshop.setup.date,
    organisationCount: workshop.organisations.length,
    createdAt: workshop.createdAt,
    updatedAt,
  };
}

export const CATALOGUE_DOC = `${DOC_PREFIX}/catalogue`;

/**
 * The shape version of the catalogue document ('meta' → schemaVersion). Version 1 added the version
 * itself and the 'backups' map (workshop id → epoch ms of the last backup file made on this device);
 * a catalogue from before has neither and needs nothing moved.
 */
export const CATALOGUE_SCHEMA_VERSION = 1;

function isSummary(value: unknown): value is WorkshopSummary {
  if (typeof value !== 'object' || value === null) return false;
  const record: Partial<Record<keyof WorkshopSummary, unknown>> = value;
  return (
    typeof record.id === 'string' &&
    typeof record.title === 'string' &&
    typeof record.date === 'string' &&
    typeof record.organisationCount === 'number' &&
    typeof record.createdAt === 'number' &&
    typeof record.updatedAt === 'number'
  );
}

/** The list of workshops kept on this device. It is local to the device and never synced. */
export class Catalogue {
  private readonly doc = new Y.Doc();
  private readonly entries = this.doc.getMap<WorkshopSummary>('workshops');
  private readonly backups = this.doc.getMap<number>('backups');
  private readonly meta = this.doc.getMap<unknown>('meta');
  private cached: WorkshopSummary[] | null = null;
  readonly loaded: Promise<void>;

  constructor(private readonly store: DocStore) {
    this.loaded = store.attach(CATALOGUE_DOC, this.doc).then(() => this.stampVersion());
    this.doc.on('update', () => {
      this.cached = null;
    });
  }

  /** The workshops, most recently changed first. The same array is returned until something changes. */
  list(): WorkshopSummary[] {
    this.cached ??= [...this.entries.values()].filter(isSummary).sort((a, b) => b.updatedAt - a.updatedAt);
    return this.cached;
  }

  get(id: string): WorkshopSummary | undefined {
    const entry = this.entries.get(id);
    return isSummary(entry) ? entry : undefined;
  }

  put(summary: WorkshopSummary): void {
    const current = this.get(summary.id);
    const isSame =
      current !== undefined &&
      (Object.keys(summary) as (keyof WorkshopSummary)[]).every((key) => current[key] === summary[key]);
    if (!isSame) this.doc.transact(() => this.entries.set(summary.id, summary), HOUSEKEEPING);
  }

  remove(id: string): void {
    this.doc.transact(() => {
      this.entries.delete(id);
      this.backups.delete(id);
    }, HOUSEKEEPING);
  }

  /** When a backup file of the workshop was last made on this device (epoch ms), or null. */
  lastBackupAt(id: string): number | null {
    const at = this.backups.get(id);
    return typeof at === 'number' ? at : null;
  }

  /** Records that a backup file of these workshops was made at `at`. */
  markBackedUp(ids: readonly string[], at: number): void {
    this.doc.transact(() => {
      for (const id of ids) this.backups.set(id, at);
    }, HOUSEKEEPING);
  }

  /** The catalogue's stored shape version (0: from before versioning). */
  get schemaVersion(): number {
    const version = this.meta.get('schemaVersion');
    return typeof version === 'number' ? version : 0;
  }

  /** Records the shape version; a catalogue written by a newer app keeps its (higher) version. */
  private stampVersion(): void {
    if (this.schemaVersion < CATALOGUE_SCHEMA_VERSION) this.doc.transact(() => this.meta.set('schemaVersion', CATALOGUE_SCHEMA_VERSION), HOUSEKEEPING);
  }

  subscribe(listener: () => void): () => void {
    this.doc.on('update', listener);
    return () => this.doc.off('update', listener);
  }

  async close(): Promise<void> {
    await this.store.detach(this.doc);
    this.doc.destroy();
  }
}
