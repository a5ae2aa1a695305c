import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { indexedDbStore, type DocStore } from '../../state/doc-store.ts';
import { docName, type DocPart } from '../../state/workshop-docs.ts';
import { forgetJoinedRoom } from './forget-room.ts';
import { listJoined, liveWorkshopId, loadJoined, noteJoinedRoom, saveJoined, saveHosted, loadHosted } from './live-records.ts';

/** localStorage as the browser has it (Node 20 has none). */
function fakeLocalStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  vi.stubGlobal('localStorage', fakeLocalStorage());
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const ROOM = 'AbCdEfGhIjKlMnOpQrStUv';
const OTHER_ROOM = 'ZyXwVuTsRqPoNmLkJiHgFe';

/** Stores a document with one entry under the workshop's part, as the app does. */
async function storeDoc(store: DocStore, workshopId: string, part: DocPart): Promise<void> {
  const doc = new Y.Doc();
  await store.attach(docName(workshopId, part), doc);
  doc.getMap('m').set('text', `${workshopId} ${part}`);
  await store.detach(doc);
  doc.destroy();
}

async function storedNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((database) => database.name ?? '').sort();
}

describe('joined records', () => {
  it('keep when the device joined and what it saw of the room when it joins again, and list the latest first', () => {
    saveJoined({ roomId: ROOM, key: 'k1', role: 'participant', organisationId: 'skolen' }, 1_000);
    noteJoinedRoom(ROOM, { title: 'Netværksmøde', organisationIds: ['skolen', 'klubben'], organisationName: 'Skolen' });
    saveJoined({ roomId: ROOM, key: 'k1', role: 'participant', organisationId: 'skolen' }, 5_000);
    saveJoined({ roomId: OTHER_ROOM, key: 'k2', role: 'projector', organisationId: null }, 3_000);

    expect(loadJoined(ROOM)).toEqual({
      roomId: ROOM,
      key: 'k1',
      role: 'participant',
      organisationId: 'skolen',
      joinedAt: 1_000,
      title: 'Netværksmøde',
      organisationName: 'Skolen',
      organisationIds: ['skolen', 'klubben'],
    });
    expect(listJoined().map((record) => record.roomId)).toEqual([OTHER_ROOM, ROOM]);
  });

  it('drop the organisation’s name when the device joins again for another organisation', () => {
    saveJoined({ roomId: ROOM, key: 'k1', role: 'participant', organisationId: 'skolen' }, 1_000);
    noteJoinedRoom(ROOM, { title: 'Netværksmøde', organisationIds: ['skolen', 'klubben'], organisationName: 'Skolen' });
    saveJoined({ roomId: ROOM, key: 'k3', role: 'participant', organisationId: 'klubben' }, 2_000);
    expect(loadJoined(ROOM)).toMatchObject({ key: 'k3', organisationId: 'klubben', title: 'Netværksmøde', joinedAt: 1_000 });
    expect(loadJoined(ROOM)?.organisationName).toBeUndefined();
  });

  it('are not brought back by what the room shows after they were forgotten', () => {
    noteJoinedRoom(ROOM, { title: 'Netværksmøde', organisationIds: [] });
    expect(loadJoined(ROOM)).toBeNull();
    expect(listJoined()).toEqual([]);
  });
});

describe('forgetJoinedRoom', () => {
  it('deletes the room’s copy and key, and nothing of the facilitator’s workshops or other rooms', async () => {
    const store = indexedDbStore();
    const copy = liveWorkshopId(ROOM);
    for (const part of ['setup', 'control', 'org/skolen', 'org/removed-since'] as const) await storeDoc(store, copy, part);
    await storeDoc(store, liveWorkshopId(OTHER_ROOM), 'setup');
    // The facilitator's own workshop, even one that ran this very room.
    await storeDoc(store, 'w-facilitator', 'setup');
    await storeDoc(store, 'w-facilitator', 'org/skolen');
    saveHosted({ workshopId: 'w-facilitator', roomId: ROOM, joinCode: 'ABC234', facilitatorKey: 'f', projectorKey: 'p' });
    saveJoined({ roomId: ROOM, key: 'k1', role: 'participant', organisationId: 'skolen' });
    saveJoined({ roomId: OTHER_ROOM, key: 'k2', role: 'projector', organisationId: null });

    await forgetJoinedRoom(store, loadJoined(ROOM)!);

    expect(await storedNames()).toEqual(
      [docName(liveWorkshopId(OTHER_ROOM), 'setup'), docName('w-facilitator', 'org/skolen'), docName('w-facilitator', 'setup')].sort(),
    );
    expect(loadJoined(ROOM)).toBeNull();
    expect(listJoined().map((record) => record.roomId)).toEqual([OTHER_ROOM]);
    expect(loadHosted('w-facilitator')).not.toBeNull();
  });

  it('names the documents it knows of where the browser cannot list its databases', async () => {
    const store = indexedDbStore();
    const copy = liveWorkshopId(ROOM);
    for (const part of ['setup', 'control', 'org/skolen', 'org/klubben', 'org/opened-here'] as const) await storeDoc(store, copy, part);
    saveJoined({ roomId: ROOM, key: 'k', role: 'projector', organisationId: null });
    noteJoinedRoom(ROOM, { title: 'Netværksmøde', organisationIds: ['skolen', 'klubben'] });
    // Shadows the factory's own method for this test (Firefox before 126 has none).
    Object.defineProperty(indexedDB, 'databases', { value: undefined, configurable: true });

    await forgetJoinedRoom(store, loadJoined(ROOM)!, ['opened-here']);

    Reflect.deleteProperty(indexedDB, 'databases');
    expect(await storedNames()).toEqual([]);
    expect(loadJoined(ROOM)).toBeNull();
  });

  it('keeps the key when the copy cannot be deleted, so forgetting can be tried again', async () => {
    const failing: DocStore = { ...indexedDbStore(), clearPrefix: () => Promise.reject(new Error('blocked')) };
    saveJoined({ roomId: ROOM, key: 'k', role: 'participant', organisationId: 'skolen' });
    await expect(forgetJoinedRoom(failing, loadJoined(ROOM)!)).rejects.toThrow('blocked');
    expect(loadJoined(ROOM)).not.toBeNull();
  });
});
