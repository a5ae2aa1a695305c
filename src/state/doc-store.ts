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
  /**
   * The updates stored under `name`, as stored: nothing is decoded, loaded or written (none when
   * nothing is stored). For saving what can still be read when loading a document failed.
   */
  readUpdates(name: string): Promise<Uint8Array[]>;
  readonly isPersistent: boolean;
}

/** Loading a stored document failed: an update stored under its name cannot be decoded, or its database cannot be opened. */
export class StoredDocUnreadable extends Error {
  constructor(
    readonly docName: string,
    options?: ErrorOptions,
  ) {
    super(`The document stored as ${docName} cannot be loaded`, options);
    this.name = 'StoredDocUnreadable';
  }
}

export function indexedDbStore(): DocStore {
  const attached = new Map<Y.Doc, { persistence: IndexeddbPersistence; loading: Promise<void> }>();
  return {
    isPersistent: true,
    async attach(name, doc) {
      const persistence = new IndexeddbPersistence(name, doc);
      isolateWriteFailures(persistence, doc);
      const loading = whenLoaded(persistence, name);
      attached.set(doc, { persistence, loading });
      try {
        await loading;
      } catch (error) {
        attached.delete(doc);
        await persistence.destroy();
        throw error;
      }
    },
    async detach(doc) {
      const entry = attached.get(doc);
      attached.delete(doc);
      if (!entry) return;
      // Changes made before loading finished are written only when it finishes; destroying
      // earlier would drop them. A load that failed has nothing more to write.
      await entry.loading.catch(() => {});
      // destroy() also waits for pending writes to finish.
      await entry.persistence.destroy();
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
    readUpdates: readStoredUpdates,
  };
}

/**
 * Resolves when y-indexeddb has loaded the stored updates into the document; rejects when it cannot.
 * y-indexeddb applies them all in one transaction and marks the document synced right after it, in the
 * same task; when an update throws, the transaction still ends but "synced" never comes, so without
 * this the document (and the screen opening it) would wait for good.
 */
function whenLoaded(persistence: IndexeddbPersistence, name: string): Promise<void> {
  const doc = persistence.doc;
  return new Promise<void>((resolve, reject) => {
    const onTransaction = (transaction: Y.Transaction) => {
      if (transaction.origin !== persistence || persistence.synced) return;
      queueMicrotask(() => {
        if (persistence.synced || persistence._destroyed) return;
        doc.off('afterTransaction', onTransaction);
        reject(new StoredDocUnreadable(name));
      });
    };
    doc.on('afterTransaction', onTransaction);
    persistence.whenSynced.then(() => {
      doc.off('afterTransaction', onTransaction);
      resolve();
    }, reject);
    persistence._db.catch((error: unknown) => {
      doc.off('afterTransaction', onTransaction);
      reject(new StoredDocUnreadable(name, { cause: error }));
    });
  });
}

/** The records of y-indexeddb's `updates` store under `name`, read without y-indexeddb (which would write one). */
function readStoredUpdates(name: string): Promise<Uint8Array[]> {
  return new Promise<Uint8Array[]>((resolve, reject) => {
    const opening = indexedDB.open(name);
    // No such database: nothing is stored, and none is made (aborting its creation leaves none behind).
    opening.onupgradeneeded = () => opening.transaction?.abort();
    opening.onerror = (event) => {
      event.preventDefault();
      if (opening.error?.name === 'AbortError') resolve([]);
      else reject(opening.error ?? new Error(`IndexedDB could not open ${name}`));
    };
    opening.onsuccess = () => {
      const db = opening.result;
      if (!db.objectStoreNames.contains('updates')) {
        db.close();
        resolve([]);
        return;
      }
      const reading = db.transaction('updates', 'readonly').objectStore('updates').getAll();
      reading.onsuccess = () => {
        db.close();
        resolve(reading.result.filter((record): record is Uint8Array => record instanceof Uint8Array));
      };
      reading.onerror = () => {
        db.close();
        reject(reading.error ?? new Error(`IndexedDB could not read ${name}`));
      };
    };
  });
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
    readUpdates: async (name) => [...(stored.get(name) ?? [])],
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
    readUpdates: async () => [],
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
