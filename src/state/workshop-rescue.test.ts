import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addOrganisation, placePiece, setPhase, writeExample } from './commands.ts';
import { indexedDbStore, StoredDocUnreadable } from './doc-store.ts';
import { bootRepository, useFreshDevice, value } from '../../tests/support/state.ts';
import { docName } from './workshop-docs.ts';
import type { WorkshopRepository } from './workshop-repository.ts';
import { rescueWorkshop } from './workshop-rescue.ts';

const { track } = useFreshDevice();

/** Bytes no Yjs decoder reads (a number that overflows), as a damaged record would hold. */
const UNDECODABLE = Uint8Array.from([255, 255, 255, 255, 255, 255, 255, 255, 255, 255]);

/** A stored workshop with two organisations, each with a placed piece; returns its id and the organisations' ids. */
async function storedWorkshop(repository: WorkshopRepository): Promise<{ id: string; cafe: string; aeldre: string }> {
  const id = value(await repository.create('Netværksmøde'));
  const session = track((await repository.open(id)) ?? never());
  const context = session.context;
  const cafe = value(addOrganisation(context, { name: 'Café Nord', actorType: 'erhvervsdrivende', contact: '' })).id;
  const aeldre = value(addOrganisation(context, { name: 'Ældresagen', actorType: 'frivillige-organisationer', contact: '' })).id;
  value(setPhase(context, 'vaerdispillet'));
  value(placePiece(context, cafe, 'bredere-maalgruppe'));
  value(writeExample(context, cafe, 'bredere-maalgruppe', 'Flere unge kommer forbi'));
  value(placePiece(context, aeldre, 'oeget-faglighed'));
  await session.close();
  return { id, cafe, aeldre };
}

/** Adds a record to a stored document's updates, as a damaged disk or another program would leave it. */
async function addStoredRecord(name: string, record: Uint8Array): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const opening = indexedDB.open(name);
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error ?? new Error('open failed'));
  });
  await new Promise<void>((resolve, reject) => {
    const transaction = db.transaction('updates', 'readwrite');
    transaction.objectStore('updates').add(record);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('write failed'));
  });
  db.close();
}

/** An update that writes a number where the layout keeps a map (a placed piece), as an older or hostile device might. */
function malformedPiece(orgId: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('placed').set('stoerre-socialt-ansvar', 42);
  void orgId;
  return Y.encodeStateAsUpdate(doc);
}

/**
 * Runs `run` while y-indexeddb's own rejections are collected instead of failing the test: it applies
 * the stored updates in a promise nobody can catch (the store sees the failure another way), so a
 * damaged record also shows up as an unhandled rejection. Returns their messages.
 */
async function collectingLoaderRejections(run: () => Promise<void>): Promise<string[]> {
  const others = process.listeners('unhandledRejection');
  const seen: string[] = [];
  process.removeAllListeners('unhandledRejection');
  process.on('unhandledRejection', (reason) => seen.push(reason instanceof Error ? reason.message : String(reason)));
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    process.removeAllListeners('unhandledRejection');
    for (const listener of others) process.on('unhandledRejection', listener);
  }
  return seen;
}

/** Fails instead of waiting for good (the bug: a damaged record left "loading" on screen forever). */
function withinSeconds<T>(promise: Promise<T>, seconds = 2): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`still waiting after ${seconds} s`)), seconds * 1_000))]);
}

describe('a stored document that cannot be decoded', () => {
  it.each(['setup', 'control', 'org'] as const)('in %s: opening the workshop fails with StoredDocUnreadable instead of waiting for good', async (part) => {
    const repository = await bootRepository(track);
    const { id, cafe } = await storedWorkshop(repository);
    await addStoredRecord(docName(id, part === 'org' ? `org/${cafe}` : part), UNDECODABLE);

    const rejections = await collectingLoaderRejections(async () => {
      await expect(withinSeconds(repository.openWorkshop(id))).rejects.toBeInstanceOf(StoredDocUnreadable);
      // Its documents were closed again: opening once more fails the same way, and nothing waits.
      await expect(withinSeconds(repository.openWorkshop(id))).rejects.toBeInstanceOf(StoredDocUnreadable);
    });
    expect(rejections).toEqual(['Integer out of Range', 'Integer out of Range']);
  });

  it('the rest of the workshop is rescued, said to be partial', async () => {
    const repository = await bootRepository(track);
    const { id, cafe } = await storedWorkshop(repository);
    await addStoredRecord(docName(id, 'setup'), UNDECODABLE);

    const rescued = (await rescueWorkshop(repository.store, id)) ?? never();
    expect(rescued.isPartial).toBe(true);
    expect(rescued.workshop.setup.title).toBe('Netværksmøde');
    expect(rescued.workshop.organisations.map((organisation) => organisation.name)).toEqual(['Café Nord', 'Ældresagen']);
    expect(rescued.workshop.sections[cafe]?.placed).toEqual([{ valueId: 'bredere-maalgruppe', example: 'Flere unge kommer forbi' }]);
  });

  it('reading for a rescue writes nothing: the stored records stay as they were', async () => {
    const repository = await bootRepository(track);
    const { id } = await storedWorkshop(repository);
    const before = await repository.store.readUpdates(docName(id, 'setup'));
    await rescueWorkshop(repository.store, id);
    expect(await repository.store.readUpdates(docName(id, 'setup'))).toEqual(before);
  });
});

describe('rescuing a workshop', () => {
  it('reads an undamaged workshop whole, the same as opening it', async () => {
    const repository = await bootRepository(track);
    const { id } = await storedWorkshop(repository);
    const rescued = (await rescueWorkshop(repository.store, id)) ?? never();
    expect(rescued).toEqual({ workshop: await repository.readSnapshot(id), isPartial: false });
  });

  it('keeps the other organisations when one organisation’s document holds an entry of the wrong shape', async () => {
    const repository = await bootRepository(track);
    const { id, cafe, aeldre } = await storedWorkshop(repository);
    await addStoredRecord(docName(id, `org/${aeldre}`), malformedPiece(aeldre));

    const rescued = (await rescueWorkshop(repository.store, id)) ?? never();
    expect(rescued.workshop.organisations).toHaveLength(2);
    expect(rescued.workshop.sections[cafe]?.placed.map((piece) => piece.valueId)).toEqual(['bredere-maalgruppe']);
    expect(rescued.workshop.sections[aeldre]?.placed.map((piece) => piece.valueId)).not.toContain('stoerre-socialt-ansvar');
  });

  it('is null, honestly, when nothing can be read', async () => {
    const repository = await bootRepository(track);
    const id = value(await repository.create('Alt er væk'));
    await indexedDbStore().clear(docName(id, 'setup'));
    expect(await rescueWorkshop(repository.store, id)).toBeNull();
    expect(await rescueWorkshop(repository.store, 'never-stored')).toBeNull();
  });

  it('reading a document that was never stored creates no database', async () => {
    const repository = await bootRepository(track);
    // The repository's own documents (the catalogue, the directory) exist from the start.
    await repository.directory.loaded;
    const names = async () => (await indexedDB.databases()).map((database) => database.name).sort();
    const before = await names();
    expect(await repository.store.readUpdates(docName('never-stored', 'setup'))).toEqual([]);
    expect(await names()).toEqual(before);
  });
});

function never(): never {
  throw new Error('expected a value');
}
