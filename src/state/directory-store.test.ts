import { describe, expect, it } from 'vitest';
import { DIRECTORY_SCHEMA_VERSION, type DirectoryEntry } from '../domain/directory.ts';
import { bootRepository, useFreshDevice, value } from '../../tests/support/state.ts';
import { addCard } from './collaboration-commands.ts';
import { addOrganisation } from './commands.ts';
import { indexedDbStore } from './doc-store.ts';
import { DIRECTORY_DOC, DIRECTORY_MIGRATIONS, DirectoryStore } from './directory-store.ts';
import type { WorkshopRepository } from './workshop-repository.ts';
import { readWorkshop } from './workshop-layout.ts';

const { track } = useFreshDevice();

/** A workshop with organisations (name, contact, offer card) made through the app's own commands. */
async function workshopWith(repository: WorkshopRepository, title: string, organisations: { name: string; contact?: string; offer?: string }[]): Promise<string> {
  const id = value(await repository.create(title));
  const session = track((await repository.open(id)) ?? never());
  for (const organisation of organisations) {
    const added = value(addOrganisation(session.context, { name: organisation.name, actorType: 'kommunale-institutioner', contact: organisation.contact ?? '' }));
    if (organisation.offer) value(addCard(session.context, added.id, { side: 'offer', text: organisation.offer, kind: 'lokaler', valueId: null }));
  }
  await session.close();
  return id;
}

function entryNamed(entries: readonly DirectoryEntry[], name: string): DirectoryEntry {
  return entries.find((entry) => entry.name === name) ?? never();
}

describe('the organisation directory on the device', () => {
  it('lists an organisation met in two workshops once, with both workshops\' offers', async () => {
    const repository = await bootRepository(track);
    await workshopWith(repository, 'Forår', [{ name: 'Hasle Bibliotek', offer: 'Mødelokale om aftenen' }, { name: 'Klub 1' }]);
    await workshopWith(repository, 'Efterår', [{ name: 'hasle  bibliotek.', offer: 'Lektiehjælp' }, { name: 'Klub 2' }]);
    const directory = track(await repository.openDirectory());
    const entries = directory.entries();
    expect(entries.map((entry) => entry.name).sort()).toEqual(['Klub 1', 'Klub 2', 'hasle bibliotek.']);
    const library = entryNamed(entries, 'hasle bibliotek.');
    expect(library.sightings.map((sighting) => [sighting.workshopTitle, sighting.offers])).toEqual(
      expect.arrayContaining([
        ['Forår', ['Mødelokale om aftenen']],
        ['Efterår', ['Lektiehjælp']],
      ]),
    );
  });

  it('keeps merges, splits and profiles on the device', async () => {
    const repository = await bootRepository(track);
    await workshopWith(repository, 'Møde', [{ name: 'Netto' }, { name: 'Fakta' }]);
    const directory = track(await repository.openDirectory());
    const netto = entryNamed(directory.entries(), 'Netto');
    directory.merge(netto, entryNamed(directory.entries(), 'Fakta'));
    directory.setProfile(netto.id, { purpose: 'Dagligvarer' });
    expect(directory.entries()).toHaveLength(1);
    await directory.close();

    const reopened = track(new DirectoryStore(indexedDbStore()));
    await reopened.loaded;
    const [merged] = reopened.entries();
    expect(merged?.sightings).toHaveLength(2);
    expect(merged?.profile.purpose).toBe('Dagligvarer');
    const fakta = merged?.sightings.find((sighting) => sighting.name === 'Fakta') ?? never();
    reopened.takeOut(`${fakta.workshopId}/${fakta.organisationId}`);
    expect(reopened.entries().map((entry) => entry.name)).toEqual(['Fakta', 'Netto']);
  });

  it('0 → 1 (directory-begins): a device from before the directory finds its workshops\' organisations in it', async () => {
    const repository = await bootRepository(track);
    await workshopWith(repository, 'Gammelt møde', [{ name: 'Beboerforeningen', offer: 'Frivillige til festen' }]);
    // As on a device from before: no directory document at all.
    await repository.directory.close();
    await indexedDbStore().clear(DIRECTORY_DOC);
    expect(DIRECTORY_MIGRATIONS.map((step) => step.from)).toEqual([0]);

    const later = await bootRepository(track);
    const directory = track(await later.openDirectory());
    expect(directory.schemaVersion).toBe(DIRECTORY_SCHEMA_VERSION);
    expect(directory.entries().map((entry) => [entry.name, entry.sightings[0]?.offers])).toEqual([['Beboerforeningen', ['Frivillige til festen']]]);
  });

  it('deletes a contact person everywhere at once: the profile and every workshop that has it', async () => {
    const repository = await bootRepository(track);
    const spring = await workshopWith(repository, 'Forår', [{ name: 'Hasle Bibliotek', contact: 'Ane Hansen, 1234' }]);
    const autumn = await workshopWith(repository, 'Efterår', [{ name: 'Hasle Bibliotek', contact: 'Ane Hansen, 1234' }, { name: 'Kirken', contact: 'Bo' }]);
    const directory = track(await repository.openDirectory());
    const library = entryNamed(directory.entries(), 'Hasle Bibliotek');
    directory.setProfile(library.id, { contact: 'Ane Hansen, 1234' });
    await repository.deleteContact(entryNamed(directory.entries(), 'Hasle Bibliotek'));

    expect(entryNamed(directory.entries(), 'Hasle Bibliotek').contact).toBe('');
    expect(entryNamed(directory.entries(), 'Kirken').contact).toBe('Bo');
    for (const id of [spring, autumn]) {
      const session = track((await repository.open(id)) ?? never());
      const contacts = readWorkshop(session.docs).organisations.map((organisation) => [organisation.name, organisation.contact]);
      expect(contacts).toEqual(id === spring ? [['Hasle Bibliotek', '']] : [['Hasle Bibliotek', ''], ['Kirken', 'Bo']]);
    }
  });

  it('gives a file its part, with or without contacts, and takes it in on another device under new ids', async () => {
    const repository = await bootRepository(track);
    const id = await workshopWith(repository, 'Møde', [{ name: 'Netto' }, { name: 'Fakta' }]);
    const directory = track(await repository.openDirectory());
    const netto = entryNamed(directory.entries(), 'Netto');
    directory.merge(netto, entryNamed(directory.entries(), 'Fakta'));
    directory.setProfile(netto.id, { premises: 'Parkeringsplads', contact: 'Ib' });

    const without = directory.partFor([id], { withContacts: false });
    expect(without.profiles[netto.id]).toMatchObject({ premises: 'Parkeringsplads', contact: '' });
    expect(Object.keys(without.assignments)).toHaveLength(2);
    expect(directory.partFor([id], { withContacts: true }).profiles[netto.id]?.contact).toBe('Ib');
    expect(directory.partFor(['another'], { withContacts: true })).toMatchObject({ profiles: {}, assignments: {} });

    // Another device: the same workshop under a new id (kept beside an existing one).
    const snapshot = (await repository.readSnapshot(id)) ?? never();
    globalThis.indexedDB = new (await import('fake-indexeddb')).IDBFactory();
    const other = await bootRepository(track);
    const [imported] = value(await other.importWorkshops([{ ...snapshot, id: 'elsewhere' }], 'replace', (title) => title));
    const otherDirectory = track(await other.openDirectory());
    otherDirectory.absorb(without, { [id]: imported?.id ?? never() });
    const [merged] = otherDirectory.entries();
    expect(otherDirectory.entries()).toHaveLength(1);
    expect(merged?.profile.premises).toBe('Parkeringsplads');
  });
});

function never(): never {
  throw new Error('expected a value');
}
