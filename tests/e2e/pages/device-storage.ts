import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import { CATALOGUE_DOC } from '../../../src/state/catalogue.ts';
import { volatileStore } from '../../../src/state/doc-store.ts';
import { docName, workshopDocPrefix, WorkshopDocs } from '../../../src/state/workshop-docs.ts';
import { writeSchemaVersion } from '../../../src/state/workshop-layout.ts';

/** Bytes no Yjs decoder reads (a number that overflows). */
const UNDECODABLE = [255, 255, 255, 255, 255, 255, 255, 255, 255, 255];

/** A stored IndexedDB database as plain data: each object store's keys and values (bytes as numbers). */
type StoredDatabase = Record<string, { keys: unknown[]; values: unknown[] }>;

/**
 * The device's storage as the app lays it out (y-indexeddb: one IndexedDB database per Yjs document,
 * named `vaerdispil/<workshop id>/<part>`, its updates in the object store `updates`), read and
 * written from outside the app, as another version of the app would have left it.
 */
export class DeviceStorage {
  constructor(readonly page: Page) {}

  /** Everything stored for a workshop: every database under its name, every record, in key order. */
  workshopRecords(workshopId: string): Promise<Record<string, StoredDatabase>> {
    return this.page.evaluate(async (prefix) => {
      const request = <T,>(r: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
        });
      const plain = (value: unknown) => (value instanceof Uint8Array ? Array.from(value) : value);
      const names = (await indexedDB.databases()).map((database) => database.name ?? '').filter((name) => name.startsWith(prefix));
      const result: Record<string, StoredDatabase> = {};
      for (const name of names.sort()) {
        const db = await request(indexedDB.open(name));
        const stores: StoredDatabase = {};
        for (const storeName of Array.from(db.objectStoreNames)) {
          const store = db.transaction(storeName, 'readonly').objectStore(storeName);
          const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
          stores[storeName] = { keys, values: values.map(plain) };
        }
        db.close();
        result[name] = stores;
      }
      return result;
    }, workshopDocPrefix(workshopId));
  }

  /**
   * What the workshop's documents hold, database by database: all their stored updates applied to one
   * document and encoded again. Records that add nothing (y-indexeddb stores an empty update each time
   * a document is opened) make no difference; any change to the content does.
   */
  async workshopContent(workshopId: string): Promise<Record<string, number[]>> {
    const records = await this.workshopRecords(workshopId);
    return Object.fromEntries(
      Object.entries(records).map(([name, stores]) => {
        const doc = new Y.Doc();
        for (const update of stores.updates?.values ?? []) Y.applyUpdate(doc, Uint8Array.from(update as number[]));
        const content = Array.from(Y.encodeStateAsUpdate(doc));
        doc.destroy();
        return [name, content];
      }),
    );
  }

  /**
   * Adds a record to one of the workshop's stored documents that no Yjs decoder reads (a number that
   * overflows), as a damaged disk or a browser bug would leave it: the storage layer itself cannot load
   * the document, whatever the readers of its content do. The workshop must not be open in the page.
   */
  async storeUndecodableRecord(workshopId: string, part: 'setup' | 'control' = 'setup'): Promise<void> {
    await this.addRecord(docName(workshopId, part), UNDECODABLE);
  }

  /** The same damage in the device's list of workshops (the catalogue), which the app loads before it shows anything. */
  async storeUndecodableCatalogueRecord(): Promise<void> {
    await this.addRecord(CATALOGUE_DOC, UNDECODABLE);
  }

  /** Appends `bytes` to the `updates` store of the database `databaseName`, as y-indexeddb stores an update. */
  private async addRecord(databaseName: string, bytes: number[]): Promise<void> {
    await this.page.evaluate(
      async ({ name, record }) => {
        const opening = indexedDB.open(name);
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          opening.onsuccess = () => resolve(opening.result);
          opening.onerror = () => reject(opening.error ?? new Error('IndexedDB open failed'));
        });
        const transaction = db.transaction('updates', 'readwrite');
        transaction.objectStore('updates').add(Uint8Array.from(record));
        await new Promise<void>((resolve, reject) => {
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB write failed'));
        });
        db.close();
      },
      { name: databaseName, record: bytes },
    );
  }

  /**
   * Leaves the workshop as a newer version of the app would: its setup document records the shape
   * version `version` (one update more, written with the app's own layout functions).
   * The workshop must not be open in the page.
   */
  async storeAsNewerApp(workshopId: string, version: number): Promise<void> {
    const name = docName(workshopId, 'setup');
    const stored = (await this.workshopRecords(workshopId))[name]?.updates?.values ?? [];
    const docs = new WorkshopDocs(workshopId, volatileStore());
    for (const update of stored) Y.applyUpdate(docs.setup, Uint8Array.from(update as number[]));
    const before = Y.encodeStateVector(docs.setup);
    writeSchemaVersion(docs, version);
    const update = Array.from(Y.encodeStateAsUpdate(docs.setup, before));
    await docs.close();
    await this.addRecord(name, update);
  }
}
