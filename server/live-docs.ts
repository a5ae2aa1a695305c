import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { Result } from '../src/domain/result.ts';
import { refuse } from '../src/domain/result.ts';
import { applyAndReadChanges, type WriteChanges } from '../src/domain/write-check.ts';
import { DocStorage } from './doc-storage.ts';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_QUERY_AWARENESS = 3;

/** Something a live document sends its changes to: one WebSocket connection. */
export interface Peer {
  send(message: Uint8Array): void;
}

/**
 * One room document held in memory while devices are connected: the Y.Doc, its awareness (who is
 * there, what they are dragging) and the connections.
 *
 * A change is sent on at once and written to LevelDB in the same turn of the event loop (DocStorage puts
 * all documents' writes of a turn in one batch); a SIGKILL can only lose the writes still in flight, a
 * few milliseconds' worth, and the devices that have those changes send them again when they reconnect
 * (y-websocket answers the server's sync step 1 with what the server lacks). Storing before sending
 * would close even that gap, but it put a thread-pool round trip into every change's path: the bench's
 * p95 was 6–24 ms worse in three back-to-back pairs (server/PROTOCOL.md, Storage). Writes are grouped: while one is in progress,
 * the changes that arrive meanwhile are merged into the next, so under load the delay stays about one
 * write, not a queue.
 */
export class LiveDoc {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly peers = new Set<Peer>();
  /** Which connection last set each awareness client id; only that one removes it when it closes. */
  readonly awarenessOwners = new Map<number, Peer>();
  unloadTimer: ReturnType<typeof setTimeout> | null = null;
  /** Its room ended and its storage was deleted: it must not be stored again when it leaves memory. */
  isDeleted = false;
  private unsaved: Uint8Array[] = [];
  private saving: Promise<void> | null = null;
  /** Changes applied to the document, and how many of them are on disk. */
  private receivedCount = 0;
  private savedCount = 0;
  private storedWaiters: { target: number; resolve: () => void }[] = [];
  /**
   * A copy of the document that every device's update is tried on first (`applyChecked`); it follows the
   * document update for update, and is made again from it after a refused update polluted it.
   */
  private shadow: Y.Doc | null = null;
  /** About how large the document's state is (bytes): its stored state plus every update since. */
  private approxBytes: number;

  constructor(
    readonly name: string,
    private readonly storage: DocStorage,
    storedState: Uint8Array,
  ) {
    // Applied before listening: what is already stored is neither stored again nor broadcast.
    Y.applyUpdate(this.doc, storedState);
    this.approxBytes = storedState.byteLength;
    this.awareness.setLocalState(null);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => this.onUpdate(update, origin));
    this.awareness.on('update', (changes: AwarenessChanges) => this.onAwarenessUpdate(changes));
  }

  /**
   * Tries a device's update on the shadow copy and applies it to the document (which sends it on and
   * stores it) only if `check` accepts what it changed and the document stays within `maxBytes`. A refused
   * update changes nothing here. Throws when the update cannot be read (before anything is applied).
   */
  applyChecked(update: Uint8Array, origin: unknown, maxBytes: number, check: (doc: Y.Doc, changes: WriteChanges) => Result<true>): Result<true> {
    const shadow = (this.shadow ??= cloneDoc(this.doc));
    let verdict: Result<true>;
    try {
      verdict = check(shadow, applyAndReadChanges(shadow, update));
      if (verdict.ok && this.approxBytes + update.byteLength > maxBytes) {
        // Deleted content is dropped from the state, so only the real size counts.
        this.approxBytes = Y.encodeStateAsUpdate(shadow).byteLength;
        if (this.approxBytes > maxBytes) verdict = refuse('write-too-large');
      }
    } catch (error) {
      this.dropShadow();
      throw error;
    }
    if (!verdict.ok) {
      this.dropShadow();
      return verdict;
    }
    Y.applyUpdate(this.doc, update, origin);
    return verdict;
  }

  private dropShadow(): void {
    this.shadow?.destroy();
    this.shadow = null;
  }

  private onUpdate(update: Uint8Array, origin: unknown): void {
    this.approxBytes += update.byteLength;
    this.send(update, origin);
    this.receivedCount++;
    this.unsaved.push(update);
    this.saving ??= this.save();
  }

  private async save(): Promise<void> {
    while (this.unsaved.length > 0 && !this.isDeleted) {
      const updates = this.unsaved;
      this.unsaved = [];
      await this.storage.store(this.name, updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates));
      this.savedCount += updates.length;
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
   * A device's full state (the answer to its sync step 1) waits for it, so a device that joins is never
   * given more than what is on disk; closing waits for it too.
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
    this.dropShadow();
    this.awareness.destroy();
    this.doc.destroy();
  }
}

function cloneDoc(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc({ gc: doc.gc });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
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
  /**
   * Rooms deleted while this process runs (ids are random and never come back): a document of one that a
   * late hold or request loads anyway is never stored again.
   */
  private readonly deletedRooms = new Set<string>();
  /** Deletions under way: closing waits for them, so a room ended just before is gone from disk. */
  private readonly deletions = new Set<Promise<void>>();

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
    if (live.isDeleted) {
      // A document of a deleted room that was loaded late: it leaves memory at once, never stored.
      const loading = this.open.get(live.name);
      void loading?.then((current) => {
        if (current !== live || live.peers.size > 0) return;
        this.open.delete(live.name);
        live.destroy();
      });
      return;
    }
    live.unloadTimer = setTimeout(() => this.unload(live), this.unloadAfterMs);
    live.unloadTimer.unref();
  }

  /**
   * Forgets a room's documents (the room ended or expired): each loaded one leaves memory without
   * being stored again, then everything stored under `<roomId>/` is deleted. The room's connections
   * must be closed first, and the room refused to new ones.
   */
  deleteRoom(roomId: string): Promise<void> {
    const deletion = this.deleteNow(roomId);
    this.deletions.add(deletion);
    const forget = () => this.deletions.delete(deletion);
    deletion.then(forget, forget);
    return deletion;
  }

  private async deleteNow(roomId: string): Promise<void> {
    const prefix = `${roomId}/`;
    this.deletedRooms.add(roomId);
    for (const [name, loading] of [...this.open]) {
      if (!name.startsWith(prefix)) continue;
      this.open.delete(name);
      const live = await loading.catch(() => null);
      if (!live) continue;
      live.isDeleted = true;
      if (live.unloadTimer) clearTimeout(live.unloadTimer);
      live.unloadTimer = null;
      await live.whenStored();
      live.destroy();
    }
    await this.storage.deleteUnder(prefix);
  }

  get loadedCount(): number {
    return this.open.size;
  }

  /** Waits for every queued write and deletion, then closes the database. */
  async close(): Promise<void> {
    await Promise.allSettled([...this.deletions]);
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
    const live = new LiveDoc(name, this.storage, await this.storage.load(name));
    live.isDeleted = this.deletedRooms.has(name.slice(0, name.indexOf('/')));
    return live;
  }

  private unload(live: LiveDoc): void {
    live.unloadTimer = null;
    if (live.peers.size > 0) return;
    this.open.delete(live.name);
    // Queued now, in the same tick: a load of this document that comes later runs after it.
    if (!live.isDeleted) void this.storage.compact(live.name, Y.encodeStateAsUpdate(live.doc));
    live.destroy();
  }
}
