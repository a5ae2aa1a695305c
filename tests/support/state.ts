/*
 * Shared by the state layer's tests (never imported by the app): a fresh IndexedDB per test, a
 * repository over it, and closing whatever a test opened.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import type { RandomBytes } from '../../src/domain/ids.ts';
import type { Result } from '../../src/domain/result.ts';
import { Catalogue } from '../../src/state/catalogue.ts';
import { indexedDbStore } from '../../src/state/doc-store.ts';
import { WorkshopRepository } from '../../src/state/workshop-repository.ts';
import type { WorkshopSession } from '../../src/state/workshop-session.ts';

export interface Closable {
  close: () => Promise<void>;
}

/**
 * Gives each test of the file an empty device (a new IndexedDB) and closes what it opened after it.
 * Returns `track`, which registers something to close.
 */
export function useFreshDevice(): { track: <T extends Closable>(item: T) => T; untrack: (item: Closable) => void } {
  const opened: Closable[] = [];
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });
  afterEach(async () => {
    for (const item of opened.splice(0).reverse()) await item.close();
  });
  return {
    track: (item) => {
      opened.push(item);
      return item;
    },
    untrack: (item) => {
      const index = opened.indexOf(item);
      if (index !== -1) opened.splice(index, 1);
    },
  };
}

/** A repository on the current (fake) device with a fixed clock; its catalogue is closed after the test. */
export async function bootRepository(
  track: <T extends Closable>(item: T) => T,
  { now = () => 1_000, random }: { now?: () => number; random?: RandomBytes } = {},
): Promise<WorkshopRepository> {
  const store = indexedDbStore();
  const catalogue = track(new Catalogue(store));
  await catalogue.loaded;
  return new WorkshopRepository(store, catalogue, now, random);
}

/** The value of an accepted command; a refusal fails the test with its reason. */
export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`refused: ${result.problem.code}`);
  return result.value;
}

/**
 * Everything stored in the session's documents, to show that a refusal wrote nothing. Empty maps are
 * left out: reading a map for the first time, or opening a document with nothing in it, stores nothing.
 */
export function storedState(session: WorkshopSession): string {
  return JSON.stringify(
    session.docs.allDocs
      .map((doc) => [...doc.share.keys()].sort().filter((key) => doc.getMap(key).size > 0).map((key) => [key, doc.getMap(key).toJSON()]))
      .filter((maps) => maps.length > 0),
  );
}

/** Lets the tasks already queued run (the session tells its subscribers in a task of its own). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
