import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Migration } from '../domain/migration.ts';
import { runMigrations } from '../domain/migration.ts';
import { WORKSHOP_SCHEMA_VERSION } from '../domain/workshop.ts';
import { Catalogue, CATALOGUE_DOC, CATALOGUE_SCHEMA_VERSION } from './catalogue.ts';
import { addOrganisation } from './commands.ts';
import { addCard } from './collaboration-commands.ts';
import { indexedDbStore } from './doc-store.ts';
import { migrateWorkshopDocs, WORKSHOP_MIGRATIONS } from './migrations.ts';
import { HOUSEKEEPING } from './origins.ts';
import { bootRepository, useFreshDevice, value } from '../../tests/support/state.ts';
import { WorkshopDocs } from './workshop-docs.ts';
import { factsMap, readSchemaVersion, readWorkshop } from './workshop-layout.ts';

const { track } = useFreshDevice();

/** Loads a workshop's stored documents as they are, without the repository (and without migrating). */
async function storedDocs(id: string): Promise<WorkshopDocs> {
  const docs = new WorkshopDocs(id, indexedDbStore());
  await docs.whenLoaded();
  return docs;
}

/** Rewrites a stored workshop's schema version (absent: as stored before versioning). */
async function storeVersion(id: string, version: number | null): Promise<void> {
  const docs = await storedDocs(id);
  docs.setup.transact(() => (version === null ? factsMap(docs).delete('schemaVersion') : factsMap(docs).set('schemaVersion', version)), HOUSEKEEPING);
  await docs.close();
}

async function workshopWithOrganisation() {
  const repository = await bootRepository(track);
  const id = value(await repository.create('Møde'));
  const session = track((await repository.open(id)) ?? never());
  value(addOrganisation({ docs: session.docs }, { name: 'Café Nord', actorType: 'erhvervsdrivende', contact: '' }));
  const snapshot = readWorkshop(session.docs);
  await session.close();
  return { repository, id, snapshot };
}

describe('stored workshop migrations', () => {
  it('has a step from every older version to the current one', () => {
    for (let version = 0; version < WORKSHOP_SCHEMA_VERSION; version++) {
      expect(WORKSHOP_MIGRATIONS.filter((step) => step.from === version)).toHaveLength(1);
    }
  });

  it('writes the current version into a new workshop', async () => {
    const { id } = await workshopWithOrganisation();
    const docs = track(await storedDocs(id));
    expect(readSchemaVersion(docs)).toBe(WORKSHOP_SCHEMA_VERSION);
  });

  it('0 → 1 (stamp-schema-version): a workshop stored before versioning opens unchanged and is stamped', async () => {
    const { repository, id, snapshot } = await workshopWithOrganisation();
    await storeVersion(id, null);
    expect(readSchemaVersion(track(await storedDocs(id)))).toBe(0);

    const session = track((await repository.open(id)) ?? never());
    expect(session.getSnapshot()).toEqual(snapshot);
    await session.close();
    expect(readSchemaVersion(track(await storedDocs(id)))).toBe(WORKSHOP_SCHEMA_VERSION);
  });

  it('1 → 2 (move-pieces-to-their-own-document): pieces and the mark stored in the organisation document move to its pieces document', async () => {
    const { repository, id, snapshot } = await workshopWithOrganisation();
    const orgId = snapshot.organisations[0]!.id;
    // As version 1 stored them: in the organisation's own document.
    const old = await storedDocs(id);
    old.orgDoc(orgId).transact(() => {
      const piece = (example: string, order: number) => {
        const record = new Y.Map<unknown>();
        record.set('example', example);
        record.set('order', order);
        return record;
      };
      old.orgDoc(orgId).getMap('placed').set('bredere-maalgruppe', piece('Flere unge i klubben', 0));
      old.orgDoc(orgId).getMap('placed').set('oeget-faglighed', piece('', 1));
      old.orgDoc(orgId).getMap('section').set('mostImportant', 'oeget-faglighed');
    }, HOUSEKEEPING);
    await old.whenLoaded();
    await old.close();
    await storeVersion(id, 1);

    const session = track((await repository.open(id)) ?? never());
    expect(session.getSnapshot().sections[orgId]).toEqual({
      placed: [
        { valueId: 'bredere-maalgruppe', example: 'Flere unge i klubben' },
        { valueId: 'oeget-faglighed', example: '' },
      ],
      mostImportant: 'oeget-faglighed',
    });
    expect(session.undo.canUndo).toBe(false);
    await session.close();
    const stored = track(await storedDocs(id));
    stored.openOrganisation(orgId);
    await stored.whenLoaded();
    expect(readSchemaVersion(stored)).toBe(WORKSHOP_SCHEMA_VERSION);
    // Nothing of the pieces is left where every device could read it before the reveal.
    expect(stored.orgDoc(orgId).getMap('placed').size).toBe(0);
    expect(stored.orgDoc(orgId).getMap('section').size).toBe(0);
    expect(stored.piecesDoc(orgId).getMap('placed').size).toBe(2);
  });

  it('2 → 3 (job-card-kind): a workshop stored before the kind for jobs opens with its cards unchanged, and is stamped', async () => {
    const { repository, id, snapshot } = await workshopWithOrganisation();
    const orgId = snapshot.organisations[0]!.id;
    const before = track((await repository.open(id)) ?? never());
    value(addCard(before.context, orgId, { side: 'offer', text: 'Lån af lokaler', kind: 'lokaler', valueId: null }));
    const cards = before.getSnapshot().cards;
    await before.close();
    await storeVersion(id, 2);

    const session = track((await repository.open(id)) ?? never());
    expect(session.getSnapshot().cards).toEqual(cards);
    expect(session.undo.canUndo).toBe(false);
    await session.close();
    expect(readSchemaVersion(track(await storedDocs(id)))).toBe(3);
  });

  it('the upgrade is not an undo step', async () => {
    const { repository, id } = await workshopWithOrganisation();
    await storeVersion(id, null);
    const session = track((await repository.open(id)) ?? never());
    expect(session.undo.canUndo).toBe(false);
  });

  it('leaves a workshop stored by a newer version exactly as it is, and does not open it', async () => {
    const { repository, id } = await workshopWithOrganisation();
    await storeVersion(id, WORKSHOP_SCHEMA_VERSION + 1);
    const before = Y.encodeStateVector(track(await storedDocs(id)).setup);
    const summary = repository.catalogue.get(id);

    expect(await repository.openWorkshop(id)).toEqual({ status: 'newer', version: WORKSHOP_SCHEMA_VERSION + 1 });
    expect(await repository.open(id)).toBeNull();
    expect(Y.encodeStateVector(track(await storedDocs(id)).setup)).toEqual(before);
    expect(repository.catalogue.get(id)).toEqual(summary);
  });

  it('runs the steps in order and records only the version reached', async () => {
    const { id } = await workshopWithOrganisation();
    await storeVersion(id, 0);
    const docs = track(await storedDocs(id));
    const ran: string[] = [];
    const steps: Migration<WorkshopDocs>[] = [
      { from: 1, name: 'second', migrate: () => ran.push('second') },
      { from: 0, name: 'first', migrate: () => ran.push('first') },
    ];
    expect(migrateWorkshopDocs(docs, steps, 2)).toEqual({ status: 'migrated', from: 0, to: 2 });
    expect(ran).toEqual(['first', 'second']);
    expect(readSchemaVersion(docs)).toBe(2);
    // A missing step stops the run: the data is not labelled with a shape it does not have.
    expect(runMigrations(docs, 2, 4, steps)).toBe(2);
  });
});

describe('catalogue version', () => {
  it('stamps a catalogue from before versioning and keeps a newer one', async () => {
    const store = indexedDbStore();
    const old = new Y.Doc();
    await store.attach(CATALOGUE_DOC, old);
    old.getMap('workshops').set('w1', { id: 'w1', title: 'Gammel', date: '', organisationCount: 0, createdAt: 1, updatedAt: 1 });
    await store.detach(old);

    const catalogue = track(new Catalogue(store));
    await catalogue.loaded;
    expect(catalogue.schemaVersion).toBe(CATALOGUE_SCHEMA_VERSION);
    expect(catalogue.list().map((entry) => entry.title)).toEqual(['Gammel']);
    expect(catalogue.lastBackupAt('w1')).toBeNull();

    const newer = new Y.Doc();
    await store.attach(CATALOGUE_DOC, newer);
    newer.getMap('meta').set('schemaVersion', 9);
    await store.detach(newer);
    const reopened = track(new Catalogue(store));
    await reopened.loaded;
    expect(reopened.schemaVersion).toBe(9);
  });
});

function never(): never {
  throw new Error('expected a value');
}
