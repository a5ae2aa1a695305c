import * as Y from 'yjs';
import { isOpenAgreement } from '../domain/follow-up.ts';
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
  /**
   * The open agreements with a follow-up date, earliest first (at most `FOLLOW_UPS_MAX`, "what" cut), so
   * the start page can show what is due without opening any workshop. Absent in entries written by an
   * older version (read as none until the workshop is next opened).
   */
  followUps?: CatalogueFollowUp[];
  /** The follow-up meeting planned from this one (its open agreements went along), when there is one. */
  nextId?: string;
}

/** An open agreement's follow-up as the start page lists it. */
export interface CatalogueFollowUp {
  agreementId: string;
  what: string;
  /** `YYYY-MM-DD`. */
  date: string;
}

export const FOLLOW_UPS_MAX = 30;
const FOLLOW_UP_WHAT_MAX = 100;

/** The open agreements' follow-up dates, earliest first. */
export function followUpsOf(workshop: Pick<Workshop, 'agreements'>): CatalogueFollowUp[] {
  return workshop.agreements
    .filter((agreement) => isOpenAgreement(agreement) && agreement.followUpDate !== '')
    .map((agreement) => ({ agreementId: agreement.id, what: [...agreement.what].slice(0, FOLLOW_UP_WHAT_MAX).join(''), date: agreement.followUpDate }))
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, FOLLOW_UPS_MAX);
}

function isFollowUp(value: unknown): value is CatalogueFollowUp {
  if (typeof value !== 'object' || value === null) return false;
  const record: Partial<Record<keyof CatalogueFollowUp, unknown>> = value;
  return typeof record.agreementId === 'string' && typeof record.what === 'string' && typeof record.date === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(record.date);
}

/** An entry's follow-ups, leniently: anything that is not one is left out (a newer or damaged entry). */
export function followUpsOfEntry(summary: WorkshopSummary): CatalogueFollowUp[] {
  return Array.isArray(summary.followUps) ? summary.followUps.filter(isFollowUp) : [];
}

/**
 * The follow-ups due across `workshops`, each with its workshop, earliest first. A meeting whose
 * follow-up meeting is on the device is left out: its open agreements went along, and are listed there.
 */
export function followUpsDue(workshops: readonly WorkshopSummary[]): (CatalogueFollowUp & { workshopId: string; workshopTitle: string })[] {
  const ids = new Set(workshops.map((workshop) => workshop.id));
  return workshops
    .filter((workshop) => typeof workshop.nextId !== 'string' || !ids.has(workshop.nextId))
    .flatMap((workshop) => followUpsOfEntry(workshop).map((item) => ({ ...item, workshopId: workshop.id, workshopTitle: workshop.title })))
    .sort((a, b) => a.date.localeCompare(b.date) || a.workshopTitle.localeCompare(b.workshopTitle, 'da'));
}

/** The start screen's line for a workshop as it stands, changed at `updatedAt`. */
export function summaryOf(workshop: Workshop, updatedAt: number): WorkshopSummary {
  const followUps = followUpsOf(workshop);
  return {
    id: workshop.id,
    title: workshop.setup.title,
    date: workshop.setup.date,
    organisationCount: workshop.organisations.length,
    createdAt: workshop.createdAt,
    updatedAt,
    // Left out when there are none: most entries stay as small as before.
    ...(followUps.length > 0 ? { followUps } : {}),
    ...(workshop.setup.nextId === '' ? {} : { nextId: workshop.setup.nextId }),
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
      (Object.keys({ ...current, ...summary }) as (keyof WorkshopSummary)[]).every((key) =>
        key === 'followUps' ? JSON.stringify(current[key]) === JSON.stringify(summary[key]) : current[key] === summary[key],
      );
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
