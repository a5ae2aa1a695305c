import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import { DocStorage } from './doc-storage.ts';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_QUERY_AWARENESS = 3;

/** Something a live document sends its changes to: one WebSocket connection. */
export interface Peer {
  send(message: Uint8Array): void;
}

interface UnsavedUpdate {
  update: Uint8Array;
  origin: unknown;
}

/**
 * One room document held in memory while devices are connected: the Y.Doc, its awareness (who is
 * there, what they are dragging) and the connections.
 *
 * A change is stored in LevelDB before it is sent on: whatever another device has seen is on disk, so a
 * SIGKILL right after cannot lose it. Writes are grouped: while one is in progress, the changes that
 * arrive meanwhile are merged into the next, so under load the delay stays about one write, not a queue.
 */
export class LiveDoc {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly peers = new Set<Peer>();
  /** Which connection last set each awareness client id; only that one removes it when it closes. */
  readonly awarenessOwners = new Map<number, Peer>();
  unloadTimer: ReturnType<typeof setTimeout> | null = null;
  private unsaved: UnsavedUpdate[] = [];
  private saving: Promise<void> | null = null;
  /** Changes applied to the document, and how many of them are on disk. */
  private receivedCount = 0;
  private savedCount = 0;
  private storedWaiters: { target: number; resolve: () => void }[] = [];

  constructor(
    readonly name: string,
    private readonly storage: DocStorage,
    storedState: Uint8Array,
  ) {
    // Applied before listening: what is already stored is neither stored again nor broadcast.
    Y.applyUpdate(this.doc, storedState);
    this.awareness.setLocalState(null);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => this.onUpdate(update, origin));
    this.awareness.on('update', (changes: AwarenessChanges) => this.onAwarenessUpdate(changes));
  }

  private onUpdate(update: Uint8Array, origin: unknown): void {
    this.receivedCount++;
    this.unsaved.push({ update, origin });
    this.saving ??= this.saveAndSend();
  }

  private async saveAndSend(): Promise<void> {
    while (this.unsaved.length > 0) {
      const batch = this.unsaved;
      this.unsaved = [];
      const updates = batch.map((unsaved) => unsaved.update);
      await this.storage.store(this.name, updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates));
      this.savedCount += batch.length;
      for (const { update, origin } of batch) this.send(update, origin);
      this.wakeStoredWaiters();
    }
    this.saving = null;
  }

  private send(update: Uint8Array, origin: unknown): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeUpdate(encoder, update);
    const message = encoding.toUint8Array(encoder);
    for (const peer of this.peers) if (peer !== origin) peer.send(message);
  }

  /**
   * null when every change applied so far is on disk; otherwise a promise that resolves once they are.
   * A client's full state (sync step 2) waits for it too, so no device is ever shown what a crash
   * could still take back.
   */
  whenStored(): Promise<void> | null {
    const target = this.receivedCount;
    if (this.savedCount >= target) return null;
    return new Promise((resolve) => this.storedWaiters.push({ target, resolve }));
  }

  private wakeStoredWaiters(): void {
    const waiting = this.storedWaiters;
    this.storedWaiters = [];
    for (const waiter of waiting) {
      if (this.savedCount >= waiter.target) waiter.resolve();
      else this.storedWaiters.push(waiter);
    }
  }

  private onAwarenessUpdate({ added, updated, removed }: AwarenessChanges): void {
    const message = this.awarenessMessage([...added, ...updated, ...removed]);
    for (const peer of this.peers) peer.send(message);
  }

  awarenessMessage(clients: number[]): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients));
    return encoding.toUint8Array(encoder);
  }

  destroy(): void {
    this.awareness.destroy();
    this.doc.destroy();
  }
}

interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * Opens room documents from LevelDB on first use and unloads them when no device has been connected for
 * `unloadAfterMs`, merging their stored updates into one as they go.
 */
export class LiveDocs {
  private readonly storage: DocStorage;
  private readonly open = new Map<string, Promise<LiveDoc>>();

  constructor(
    location: string,
    private readonly unloadAfterMs: number,
  ) {
    this.storage = new DocStorage(location);
  }

  /** The document, loaded if needed; the caller adds its peer and calls `release` when it leaves. */
  async acquire(name: string): Promise<LiveDoc> {
    let loading = this.open.get(name);
    if (!loading) {
      loading = this.load(name);
      this.open.set(name, loading);
      // A failed load is not remembered: the next connection tries again.
      loading.catch(() => this.open.delete(name));
    }
    const live = await loading;
    if (live.unloadTimer) clearTimeout(live.unloadTimer);
    live.unloadTimer = null;
    return live;
  }

  release(live: LiveDoc, peer: Peer): void {
    live.peers.delete(peer);
    if (live.peers.size > 0 || live.unloadTimer) return;
    live.unloadTimer = setTimeout(() => this.unload(live), this.unloadAfterMs);
    live.unloadTimer.unref();
  }

  get loadedCount(): number {
    return this.open.size;
  }

  /** Waits for every queued write, then closes the database. */
  async close(): Promise<void> {
    for (const loading of this.open.values()) {
      const live = await loading;
      if (live.unloadTimer) clearTimeout(live.unloadTimer);
      await live.whenStored();
      live.destroy();
    }
    this.open.clear();
    await this.storage.close();
  }

  private async load(name: string): Promise<LiveDoc> {
    return new LiveDoc(name, this.storage, await this.storage.load(name));
  }

  private unload(live: LiveDoc): void {
    live.unloadTimer = null;
    if (live.peers.size > 0) return;
    this.open.delete(live.name);
    // Queued now, in the same tick: a load of this document that comes later runs after it.
    void this.storage.compact(live.name, Y.encodeStateAsUpdate(live.doc));
    live.destroy();
  }
}
