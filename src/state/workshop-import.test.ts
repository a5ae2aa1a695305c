import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { blankWorkshop, type Workshop } from '../domain/workshop.ts';
import { Catalogue } from './catalogue.ts';
import { indexedDbStore, type DocStore } from './doc-store.ts';
import { useFreshDevice, bootRepository, value } from '../../tests/support/state.ts';
import { readWorkshop } from './workshop-layout.ts';
import { WorkshopRepository } from './workshop-repository.ts';

const { track } = useFreshDevice();
const copyTitle = (title: string) => `${title} (importeret)`;

function fileWorkshop(id: string, title: string, organisation = 'Café Nord'): Workshop {
  return { ...blankWorkshop(id, title, 5), organisations: [{ id: 'org-a', name: organisation, actorType: 'erhvervsdrivende', contact: '' }], sections: { 'org-a': { placed: [], mostImportant: null } }, warmUp: { answers: { 'org-a': [] }, pieces: [] }, cards: { 'org-a': [] }, settledSuggestions: { 'org-a': [] } };
}

async function snapshotOf(repository: WorkshopRepository, id: string): Promise<Workshop> {
  const session = await repository.open(id);
  if (!session) throw new Error(`${id} did not open`);
  const snapshot = readWorkshop(session.docs);
  await session.close();
  return snapshot;
}

async function storedNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((database) => database.name ?? '').sort();
}

/** A store that loses every write once `isFull` is set (storage full, without the browser saying so). */
function fillableStore(): DocStore & { isFull: boolean } {
  const inner = indexedDbStore();
  const lost = new Set<Y.Doc>();
  return {
    isFull: false,
    isPersistent: true,
    async attach(name, doc) {
      if (this.isFull) lost.add(doc);
      else await inner.attach(name, doc);
    },
    async detach(doc) {
      if (!lost.delete(doc)) await inner.detach(doc);
    },
    clear: (name) => inner.clear(name),
    clearPrefix: (prefix) => inner.clearPrefix(prefix),
    readUpdates: (name) => inner.readUpdates(name),
  };
}

describe('importing workshops', () => {
  it('imports a new workshop under its own id', async () => {
    const repository = await bootRepository(track);
    const imported = value(await repository.importWorkshops([fileWorkshop('filws1', 'Fra fil')], 'replace', copyTitle));
    expect(imported).toEqual([{ id: 'filws1', title: 'Fra fil' }]);
    expect((await snapshotOf(repository, 'filws1')).organisations.map((organisation) => organisation.name)).toEqual(['Café Nord']);
    expect(repository.catalogue.list().map((entry) => entry.id)).toEqual(['filws1']);
  });

  it('finds the workshops this device already has', async () => {
    const repository = await bootRepository(track);
    value(await repository.importWorkshops([fileWorkshop('filws1', 'Fra fil')], 'replace', copyTitle));
    expect(repository.existing([fileWorkshop('filws1', 'A'), fileWorkshop('filws2', 'B')]).map((workshop) => workshop.id)).toEqual(['filws1']);
  });

  it('replace: the workshop with the same id is replaced, nothing else', async () => {
    const repository = await bootRepository(track);
    const other = value(await repository.create('Et andet møde'));
    value(await repository.importWorkshops([fileWorkshop('filws1', 'Første udgave')], 'replace', copyTitle));
    value(await repository.importWorkshops([fileWorkshop('filws1', 'Anden udgave', 'Ældresagen')], 'replace', copyTitle));
    const replaced = await snapshotOf(repository, 'filws1');
    expect(replaced.setup.title).toBe('Anden udgave');
    expect(replaced.organisations.map((organisation) => organisation.name)).toEqual(['Ældresagen']);
    expect(repository.catalogue.list().map((entry) => entry.title).sort()).toEqual(['Anden udgave', 'Et andet møde']);
    expect((await snapshotOf(repository, other)).setup.title).toBe('Et andet møde');
  });

  it('keep both: the import gets a new id and a title that says so; the original is untouched', async () => {
    const repository = await bootRepository(track);
    value(await repository.importWorkshops([fileWorkshop('filws1', 'Møde')], 'replace', copyTitle));
    const before = await snapshotOf(repository, 'filws1');
    const [copy] = value(await repository.importWorkshops([fileWorkshop('filws1', 'Møde', 'Ældresagen')], 'keep-both', copyTitle));
    expect(copy?.id).not.toBe('filws1');
    expect(copy?.title).toBe('Møde (importeret)');
    expect(await snapshotOf(repository, 'filws1')).toEqual(before);
    const imported = await snapshotOf(repository, copy?.id ?? '');
    expect(imported.setup.title).toBe('Møde (importeret)');
    expect(imported.organisations.map((organisation) => organisation.name)).toEqual(['Ældresagen']);
    expect(repository.catalogue.list()).toHaveLength(2);
  });

  it('a failed import changes nothing on the device', async () => {
    const store = fillableStore();
    const catalogue = track(new Catalogue(store));
    await catalogue.loaded;
    const repository = new WorkshopRepository(store, catalogue, () => 1_000);
    value(await repository.importWorkshops([fileWorkshop('filws1', 'Møde')], 'replace', copyTitle));
    const before = await snapshotOf(repository, 'filws1');
    const names = await storedNames();
    const list = catalogue.list();

    store.isFull = true;
    const result = await repository.importWorkshops([fileWorkshop('filws2', 'Ny'), fileWorkshop('filws1', 'Erstatning')], 'replace', copyTitle);
    store.isFull = false;

    expect(result).toEqual({ ok: false, problem: { code: 'import-not-stored' } });
    expect(await snapshotOf(repository, 'filws1')).toEqual(before);
    expect(catalogue.list()).toEqual(list);
    expect(await storedNames()).toEqual(names);
  });
});
