import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocStorage } from './doc-storage.ts';

const folders: string[] = [];

function location(): string {
  const folder = mkdtempSync(join(tmpdir(), 'vaerdi-storage-'));
  folders.push(folder);
  return join(folder, 'docs');
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Three updates, each setting one piece, from one document. */
function pieceUpdates(count: number): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let piece = 0; piece < count; piece++) doc.getMap('pieces').set(`piece-${piece}`, piece);
  return { doc, updates };
}

function pieces(state: Uint8Array): unknown {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc.getMap('pieces').toJSON();
}

describe('DocStorage', () => {
  it('gives back every stored update of a document, merged, after reopening the database', async () => {
    const path = location();
    const storage = new DocStorage(path);
    await storage.load('room/org/a');
    const { doc, updates } = pieceUpdates(3);
    for (const update of updates) await storage.store('room/org/a', update);
    await storage.store('room/org/b', pieceUpdates(1).updates[0]!);
    await storage.close();

    const reopened = new DocStorage(path);
    expect(pieces(await reopened.load('room/org/a'))).toEqual(doc.getMap('pieces').toJSON());
    expect(pieces(await reopened.load('room/org/b'))).toEqual({ 'piece-0': 0 });
    expect(pieces(await reopened.load('room/none'))).toEqual({});
    await reopened.close();
  });

  it('stores updates of many documents written at once, each in its own order', async () => {
    const path = location();
    const storage = new DocStorage(path);
    const names = Array.from({ length: 12 }, (_, index) => `room/org/o${index}`);
    await Promise.all(names.map((name) => storage.load(name)));
    const { doc, updates } = pieceUpdates(4);
    // Not awaited one by one: all of them are queued in the same turn of the event loop.
    await Promise.all(names.flatMap((name) => updates.map((update) => storage.store(name, update))));
    await storage.close();

    const reopened = new DocStorage(path);
    for (const name of names) expect(pieces(await reopened.load(name))).toEqual(doc.getMap('pieces').toJSON());
    await reopened.close();
  });

  it('keeps every change through a compaction, also when a load and new writes follow at once', async () => {
    const storage = new DocStorage(location());
    await storage.load('room/setup');
    const { doc, updates } = pieceUpdates(5);
    for (const update of updates) await storage.store('room/setup', update);

    const compacted = storage.compact('room/setup', Y.encodeStateAsUpdate(doc));
    const loaded = storage.load('room/setup');
    const before = Y.encodeStateVector(doc);
    doc.getMap('pieces').set('piece-after', 99);
    const written = storage.store('room/setup', Y.encodeStateAsUpdate(doc, before));
    await Promise.all([compacted, loaded, written]);

    expect(pieces(await loaded)).toEqual({ 'piece-0': 0, 'piece-1': 1, 'piece-2': 2, 'piece-3': 3, 'piece-4': 4 });
    expect(pieces(await storage.load('room/setup'))).toEqual(doc.getMap('pieces').toJSON());
    await storage.close();
  });
});
