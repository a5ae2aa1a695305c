import { IndexeddbPersistence, clearDocument } from 'y-indexeddb';
import * as Y from 'yjs';

/**
 * Where Yjs documents live on this device. Each update is written to IndexedDB as it happens
 * (y-indexeddb stores every update in its own transaction), so a reload, a closed tab or a killed
 * browser keeps everything but the last few milliseconds.
 */
export interface DocStore {
  /** Loads what is stored under `name` into `doc` and from then on stores every change to it. */
  attach(name: string, doc: Y.Doc): Promise<void>;
  /** Stops storing `doc` (the stored data stays). */
  detach(doc: Y.Doc): Promise<void>;
  /** Deletes what is stored under `name`. */
  clear(name: string): Promise<void>;
  /** Deletes everything stored under names that start with `prefix` (where the store can list names). */
  clearPrefix(prefix: string): Promise<void>;
  readonly isPersistent: boolean;
}

export function indexedDbStore(): DocStore {
  const attached = new Map<Y.Doc, IndexeddbPersistence>();
  return {
    isPersistent: true,
    async attach(name, doc) {
      const persistence = new IndexeddbPersistence(name, doc);
      isolateWriteFailures(persistence, doc);
      attached.set(doc, persistence);
      await persistence.whenSynced;
    },
    async detach(doc) {
      const persistence = attached.get(doc);
      attached.delete(doc);
      if (!persistence) return;
      // Changes made before loading finished are written only when it finishes; destroying
      // earlier would drop them.
      await persistence.whenSynced;
      // destroy() also waits for pending writes to finish.
      await persistence.destroy();
    },
    async clear(name) {
      await clearDocument(name);
    },
    async clearPrefix(prefix) {
      // indexedDB.databases() finds documents no longer referenced (a removed organisation's section).
      if (typeof indexedDB.databases !== 'function') return;
      const databases = await indexedDB.databases();
      const names = databases.map((database) => database.name ?? '').filter((name) => name.startsWith(prefix));
      await Promise.all(names.map((name) => clearDocument(name)));
    },
  };
}

/**
 * y-indexeddb writes inside the document's 'update' event. A write the browser refuses (storage full)
 * throws there and would stop the listeners after it, so the screen would miss a change it still holds
 * in memory. Its write runs guarded instead, and the failure is thrown again on its own, after the
 * event, where the app's error handler reports it to the user.
 */
function isolateWriteFailures(persistence: IndexeddbPersistence, doc: Y.Doc): void {
  const write = persistence._storeUpdate;
  const guarded = (update: Uint8Array, origin: unknown) => {
    try {
      write(update, origin);
    } catch (error) {
      setTimeout(() => {
        throw error;
      });
    }
  };
  doc.off('update', write);
  doc.on('update', guarded);
  // destroy() takes the listener off by this name.
  persistence._storeUpdate = guarded;
}

/**
 * Keeps documents in memory for as long as the page is open, and nothing on the device: used when the
 * browser refuses storage (private browsing, site data blocked). Without it a workshop would be gone the
 * moment its documents close (going back to the list), so nothing could be played; with it the app works
 * for the visit and a workshop file keeps the work.
 */
export function memoryStore(): DocStore {
  const stored = new Map<string, Uint8Array[]>();
  const listening = new Map<Y.Doc, (update: Uint8Array) => void>();
  return {
    isPersistent: false,
    async attach(name, doc) {
      const updates = stored.get(name) ?? [];
      stored.set(name, updates);
      // Applied before anything listens to the new document: loading is not a change.
      if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates));
      const keep = (update: Uint8Array) => {
        (stored.get(name) ?? updates).push(update);
      };
      doc.on('update', keep);
      listening.set(doc, keep);
    },
    async detach(doc) {
      const keep = listening.get(doc);
      listening.delete(doc);
      if (keep) doc.off('update', keep);
    },
    async clear(name) {
      stored.delete(name);
    },
    async clearPrefix(prefix) {
      for (const name of [...stored.keys()]) if (name.startsWith(prefix)) stored.delete(name);
    },
  };
}

/** Keeps nothing: for documents that are never read again (a joined live room's catalogue, tests). */
export function volatileStore(): DocStore {
  return {
    isPersistent: false,
    attach: async () => {},
    detach: async () => {},
    clear: async () => {},
    clearPrefix: async () => {},
  };
}

/** Whether IndexedDB can be opened here; private browsing in some browsers refuses it. */
export async function canUseIndexedDb(): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  try {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('vaerdispil-probe');
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
      request.onblocked = () => resolve();
    });
    return true;
  } catch {
    return false;
  }
}
