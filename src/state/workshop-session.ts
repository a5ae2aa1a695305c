import * as Y from 'yjs';
import type { Workshop } from '../domain/workshop.ts';
import { summaryOf, type Catalogue } from './catalogue.ts';
import type { DirectoryStore } from './directory-store.ts';
import type { CommandContext } from './commands.ts';
import { MultiDocUndo } from './multi-doc-undo.ts';
import type { WorkshopDocs } from './workshop-docs.ts';
import { organisationsMap } from './workshop-layout.ts';
import { WorkshopSnapshots } from './workshop-snapshot.ts';

export type Clock = () => number;

/**
 * An open workshop: its documents, one undo history over them, and a cached plain snapshot for the
 * screens, assembled from parts read per document (`WorkshopSnapshots`): what did not change keeps its
 * identity, so screens select slices of it (useWorkshopSelector). Keeps the device's catalogue entry
 * (title, date, count, last changed) up to date.
 */
export class WorkshopSession {
  readonly undo = new MultiDocUndo();
  private readonly snapshots: WorkshopSnapshots;
  private snapshot: Workshop;
  /** A document changed since the snapshot was read: the next `getSnapshot` reads it again. */
  private isStale = false;
  /** A change by the user (not a load from storage) is waiting to move the catalogue's "last changed". */
  private isUserChangePending = false;
  private catalogueTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly cleanups: (() => void)[] = [];

  constructor(
    readonly docs: WorkshopDocs,
    private readonly catalogue: Catalogue,
    private readonly now: Clock = Date.now,
    /** The device's organisation directory, told of the workshop's organisations with the catalogue (none in a joined live room). */
    private readonly directory?: DirectoryStore,
  ) {
    this.snapshots = new WorkshopSnapshots(docs);
    this.snapshot = this.snapshots.read();
    this.cleanups.push(
      docs.forEachDoc((doc) => {
        this.undo.track(doc);
        const onUpdate = (_update: Uint8Array, origin: unknown) => this.changed(doc, origin);
        doc.on('update', onUpdate);
        this.cleanups.push(() => doc.off('update', onUpdate));
      }),
    );
    this.openOrgDocs();
  }

  get id(): string {
    return this.docs.workshopId;
  }

  get context(): CommandContext {
    return { docs: this.docs, together: (write) => this.undo.together(write) };
  }

  /**
   * The current snapshot; the same object until the workshop changes (for useSyncExternalStore). Read
   * again on demand after a change, so it is never behind the documents; only the changed documents'
   * parts are read again.
   */
  getSnapshot = (): Workshop => {
    if (this.isStale) {
      this.isStale = false;
      this.snapshot = this.snapshots.read();
    }
    return this.snapshot;
  };

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  async close(): Promise<void> {
    this.writeCatalogueEntry();
    for (const cleanup of this.cleanups) cleanup();
    this.undo.destroy();
    this.listeners.clear();
    await this.docs.close();
  }

  /** Every organisation has its own documents; open those of the organisations in the workshop. */
  private openOrgDocs(): void {
    for (const id of organisationsMap(this.docs).keys()) this.docs.openOrganisation(id);
  }

  /**
   * A document changed. The screens hear of it at once (a controlled field must show what was just
   * typed or ticked); the catalogue entry is brought up to date in a task of its own, once for all the
   * changes made meanwhile, so a drop on a tablet does not also rewrite the device's workshop list.
   */
  private changed(doc: Y.Doc, origin: unknown): void {
    if (doc === this.docs.setup) this.openOrgDocs();
    this.snapshots.changed(doc);
    this.isStale = true;
    // Loading from storage is not a change by the user; everything else moves "last changed".
    const isLoad = origin !== null && typeof origin === 'object' && 'db' in origin;
    if (!isLoad) this.isUserChangePending = true;
    this.catalogueTimer ??= setTimeout(() => this.writeCatalogueEntry(), 0);
    for (const listener of this.listeners) listener();
  }

  /** Brings the device's catalogue entry (title, date, count, last changed) up to date, if anything changed. */
  private writeCatalogueEntry(): void {
    if (this.catalogueTimer === null) return;
    clearTimeout(this.catalogueTimer);
    this.catalogueTimer = null;
    const previous = this.catalogue.get(this.id);
    const updatedAt = this.isUserChangePending || !previous ? this.now() : previous.updatedAt;
    this.isUserChangePending = false;
    const snapshot = this.getSnapshot();
    this.catalogue.put(summaryOf(snapshot, updatedAt));
    this.directory?.noteWorkshop(snapshot, updatedAt);
  }
}
