import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { canUseIndexedDb, indexedDbStore, memoryStore, volatileStore } from './doc-store.ts';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

async function load(name: string): Promise<Record<string, unknown>> {
  const store = indexedDbStore();
  const doc = new Y.Doc();
  await store.attach(name, doc);
  const content = doc.getMap('m').toJSON();
  await store.detach(doc);
  doc.destroy();
  return content;
}

describe('indexedDbStore', () => {
  it('is persistent', () => {
    expect(indexedDbStore().isPersistent).toBe(true);
  });

  it('stores every change and loads it into a new document', async () => {
    const store = indexedDbStore();
    const doc = new Y.Doc();
    await store.attach('a', doc);
    doc.getMap('m').set('x', 1);
    doc.getMap('m').set('y', 'zwei');
    await store.detach(doc);
    expect(await load('a')).toEqual({ x: 1, y: 'zwei' });
    expect(await load('b')).toEqual({});
  });

  it('keeps changes made before loading finished, even when detached at once', async () => {
    const store = indexedDbStore();
    const doc = new Y.Doc();
    const attached = store.attach('early', doc);
    doc.getMap('m').set('early', true);
    await store.detach(doc);
    await attached;
    expect(await load('early')).toEqual({ early: true });
  });

  it('merges what is stored with what the document already holds', async () => {
    const first = new Y.Doc();
    const store = indexedDbStore();
    await store.attach('merge', first);
    first.getMap('m').set('stored', 1);
    await store.detach(first);

    const second = new Y.Doc();
    second.getMap('m').set('local', 2);
    await store.attach('merge', second);
    expect(second.getMap('m').toJSON()).toEqual({ stored: 1, local: 2 });
    await store.detach(second);
    expect(await load('merge')).toEqual({ stored: 1, local: 2 });
  });

  it('stops storing after detach', async () => {
    const store = indexedDbStore();
    const doc = new Y.Doc();
    await store.attach('detached', doc);
    doc.getMap('m').set('before', 1);
    await store.detach(doc);
    doc.getMap('m').set('after', 2);
    expect(await load('detached')).toEqual({ before: 1 });
  });

  it('clear deletes what is stored under the name only', async () => {
    const store = indexedDbStore();
    for (const name of ['gone', 'kept']) {
      const doc = new Y.Doc();
      await store.attach(name, doc);
      doc.getMap('m').set('name', name);
      await store.detach(doc);
    }
    await store.clear('gone');
    expect(await load('gone')).toEqual({});
    expect(await load('kept')).toEqual({ name: 'kept' });
  });

  it('detach of a document it never attached does nothing', async () => {
    await expect(indexedDbStore().detach(new Y.Doc())).resolves.toBeUndefined();
  });
});

describe('memoryStore', () => {
  async function loadFrom(store: ReturnType<typeof memoryStore>, name: string): Promise<Record<string, unknown>> {
    const doc = new Y.Doc();
    await store.attach(name, doc);
    const content = doc.getMap('m').toJSON();
    await store.detach(doc);
    return content;
  }

  it('keeps a closed document for the visit, in memory only', async () => {
    const store = memoryStore();
    expect(store.isPersistent).toBe(false);
    const doc = new Y.Doc();
    await store.attach('w/setup', doc);
    doc.getMap('m').set('title', 'Mødet');
    await store.detach(doc);
    doc.getMap('m').set('after', 'not kept');
    doc.destroy();
    expect(await loadFrom(store, 'w/setup')).toEqual({ title: 'Mødet' });
    expect(await loadFrom(memoryStore(), 'w/setup')).toEqual({});
    expect(await indexedDB.databases()).toEqual([]);
  });

  it('loads what it kept into a new document, and keeps the changes made after that', async () => {
    const store = memoryStore();
    const first = new Y.Doc();
    await store.attach('d', first);
    first.getMap('m').set('a', 1);
    await store.detach(first);
    const second = new Y.Doc();
    await store.attach('d', second);
    expect(second.getMap('m').toJSON()).toEqual({ a: 1 });
    second.getMap('m').set('b', 2);
    await store.detach(second);
    expect(await loadFrom(store, 'd')).toEqual({ a: 1, b: 2 });
  });

  it('clear and clearPrefix forget what they name only', async () => {
    const store = memoryStore();
    for (const name of ['w1/setup', 'w1/org/a', 'w2/setup']) {
      const doc = new Y.Doc();
      await store.attach(name, doc);
      doc.getMap('m').set('name', name);
      await store.detach(doc);
    }
    await store.clear('w2/setup');
    expect(await loadFrom(store, 'w2/setup')).toEqual({});
    await store.clearPrefix('w1/');
    expect(await loadFrom(store, 'w1/setup')).toEqual({});
    expect(await loadFrom(store, 'w1/org/a')).toEqual({});
  });
});

describe('volatileStore', () => {
  it('keeps nothing', async () => {
    const store = volatileStore();
    expect(store.isPersistent).toBe(false);
    const doc = new Y.Doc();
    await store.attach('v', doc);
    doc.getMap('m').set('x', 1);
    await store.detach(doc);
    const again = new Y.Doc();
    await store.attach('v', again);
    expect(again.getMap('m').toJSON()).toEqual({});
  });
});

describe('canUseIndexedDb', () => {
  it('is true when IndexedDB opens', async () => {
    expect(await canUseIndexedDb()).toBe(true);
  });
});
