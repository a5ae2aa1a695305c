import * as Y from 'yjs';
import { isActorTypeId } from '../domain/actor-type.ts';
import {
  buildDirectory,
  digestOf,
  DIRECTORY_SCHEMA_VERSION,
  EMPTY_PROFILE,
  mergeAssignments,
  mergeProfiles,
  ownEntryId,
  PROFILE_RECORD,
  sightingRef,
  sightingsOf,
  type DirectoryEntry,
  type DirectoryPart,
  type Profile,
  type WorkshopDigest,
} from '../domain/directory.ts';
import { runMigrations, type Migration } from '../domain/migration.ts';
import { restoreRecord } from '../domain/schema.ts';
import type { Workshop } from '../domain/workshop.ts';
import type { Catalogue } from './catalogue.ts';
import type { DocStore } from './doc-store.ts';
import { HOUSEKEEPING } from './origins.ts';
import { DOC_PREFIX } from './workshop-docs.ts';

export const DIRECTORY_DOC = `${DOC_PREFIX}/directory`;

/** The maps of the directory document. */
interface DirectoryMaps {
  meta: Y.Map<unknown>;
  digests: Y.Map<unknown>;
  profiles: Y.Map<unknown>;
  assignments: Y.Map<unknown>;
}

/**
 * Stored directory migrations (`meta.schemaVersion`). 0 → 1 `directory-begins`: a device from before
 * the directory has no document; nothing is moved — the digests of its workshops are read from the
 * workshops themselves the first time the directory is opened (`refresh`).
 */
export const DIRECTORY_MIGRATIONS: readonly Migration<DirectoryMaps>[] = [
  {
    from: 0,
    name: 'directory-begins',
    migrate: (maps) => {
      maps.digests.clear();
    },
  },
];

function readDigest(raw: unknown): WorkshopDigest | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const digest = raw as Partial<Record<keyof WorkshopDigest, unknown>>;
  if (typeof digest.title !== 'string' || typeof digest.date !== 'string' || typeof digest.updatedAt !== 'number' || !Array.isArray(digest.organisations)) return null;
  const strings = (list: unknown) => (Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : []);
  const organisations = digest.organisations.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const organisation = item as Record<string, unknown>;
    const { id, name, actorType, contact } = organisation;
    if (typeof id !== 'string' || typeof name !== 'string' || typeof actorType !== 'string' || !isActorTypeId(actorType)) return [];
    return [{ id, name, actorType, contact: typeof contact === 'string' ? contact : '', offers: strings(organisation.offers), needs: strings(organisation.needs) }];
  });
  return { title: digest.title, date: digest.date, updatedAt: digest.updatedAt, organisations };
}

function readProfile(raw: unknown): Profile | null {
  return typeof raw === 'object' && raw !== null ? restoreRecord(PROFILE_RECORD, raw as Record<string, unknown>) : null;
}

/**
 * The organisation directory kept on this device, never synced: a digest of each workshop's
 * organisations (kept up to date by the open workshop, and read afresh for any workshop changed without
 * it), the facilitator's profiles, and the merges and splits (`assignments`). See docs/directory.md.
 */
export class DirectoryStore {
  private readonly doc = new Y.Doc();
  private readonly maps: DirectoryMaps = {
    meta: this.doc.getMap('meta'),
    digests: this.doc.getMap('digests'),
    profiles: this.doc.getMap('profiles'),
    assignments: this.doc.getMap('assignments'),
  };
  private cached: DirectoryEntry[] | null = null;
  readonly loaded: Promise<void>;

  constructor(private readonly store: DocStore) {
    this.loaded = store.attach(DIRECTORY_DOC, this.doc).then(() => this.migrate());
    this.doc.on('update', () => {
      this.cached = null;
    });
  }

  get schemaVersion(): number {
    const version = this.maps.meta.get('schemaVersion');
    return typeof version === 'number' ? version : 0;
  }

  /** A directory stored by a newer app is read as far as it can be, never rewritten in an older shape. */
  get isNewer(): boolean {
    return this.schemaVersion > DIRECTORY_SCHEMA_VERSION;
  }

  private migrate(): void {
    if (this.schemaVersion >= DIRECTORY_SCHEMA_VERSION) return;
    this.doc.transact(() => {
      const reached = runMigrations(this.maps, this.schemaVersion, DIRECTORY_SCHEMA_VERSION, DIRECTORY_MIGRATIONS);
      this.maps.meta.set('schemaVersion', reached);
    }, HOUSEKEEPING);
  }

  /** Every organisation of the device's workshops, by name. The same array until something changes. */
  entries(): DirectoryEntry[] {
    if (this.cached) return this.cached;
    const sightings = [...this.maps.digests.entries()].flatMap(([workshopId, raw]) => {
      const digest = readDigest(raw);
      return digest ? sightingsOf(workshopId, digest) : [];
    });
    this.cached = buildDirectory(sightings, this.assignments(), this.profiles());
    return this.cached;
  }

  private assignments(): Record<string, string> {
    const assignments: Record<string, string> = {};
    for (const [ref, entryId] of this.maps.assignments.entries()) if (typeof entryId === 'string') assignments[ref] = entryId;
    return assignments;
  }

  private profiles(): Record<string, Profile> {
    const profiles: Record<string, Profile> = {};
    for (const [id, raw] of this.maps.profiles.entries()) {
      const profile = readProfile(raw);
      if (profile) profiles[id] = profile;
    }
    return profiles;
  }

  /** Notes a workshop as it stands (its organisations, their cards) when it changed at `updatedAt`. */
  noteWorkshop(workshop: Workshop, updatedAt: number): void {
    const digest = digestOf(workshop, updatedAt);
    const current = this.maps.digests.get(workshop.id);
    if (JSON.stringify(current) === JSON.stringify(digest)) return;
    this.doc.transact(() => this.maps.digests.set(workshop.id, digest), HOUSEKEEPING);
  }

  forgetWorkshop(id: string): void {
    if (this.maps.digests.has(id)) this.doc.transact(() => this.maps.digests.delete(id), HOUSEKEEPING);
  }

  /**
   * Brings the digests in line with the device's workshops: a workshop changed since its digest (or
   * never read) is read with `read`; a deleted one is forgotten.
   */
  async refresh(catalogue: Catalogue, read: (id: string) => Promise<Workshop | null>): Promise<void> {
    const workshops = catalogue.list();
    const known = new Set(workshops.map((workshop) => workshop.id));
    for (const id of [...this.maps.digests.keys()]) if (!known.has(id)) this.forgetWorkshop(id);
    for (const summary of workshops) {
      const digest = readDigest(this.maps.digests.get(summary.id));
      if (digest?.updatedAt === summary.updatedAt) continue;
      const workshop = await read(summary.id);
      if (workshop) this.noteWorkshop(workshop, summary.updatedAt);
    }
  }

  setProfile(entryId: string, changes: Partial<Profile>): void {
    const current = readProfile(this.maps.profiles.get(entryId)) ?? EMPTY_PROFILE;
    this.doc.transact(() => this.maps.profiles.set(entryId, { ...current, ...changes }), HOUSEKEEPING);
  }

  /** Merges entry `source` into `target`: one organisation from now on, the profiles' answers joined. */
  merge(target: DirectoryEntry, source: DirectoryEntry): void {
    this.doc.transact(() => {
      for (const [ref, entryId] of Object.entries(mergeAssignments(target, source))) this.maps.assignments.set(ref, entryId);
      this.maps.profiles.set(target.id, mergeProfiles(target.profile, source.profile));
    }, HOUSEKEEPING);
  }

  /** Takes one workshop's organisation out of its entry: it stands alone from now on. */
  takeOut(ref: string): void {
    this.doc.transact(() => this.maps.assignments.set(ref, ownEntryId(ref)), HOUSEKEEPING);
  }

  /** Deletes the entry's contact from its profile and from the digests (the workshops are the repository's). */
  forgetContact(entry: DirectoryEntry): void {
    const refs = new Set(entry.sightings.map(sightingRef));
    this.doc.transact(() => {
      if (this.maps.profiles.has(entry.id)) this.maps.profiles.set(entry.id, { ...entry.profile, contact: '' });
      for (const workshopId of new Set(entry.sightings.map((sighting) => sighting.workshopId))) {
        const digest = readDigest(this.maps.digests.get(workshopId));
        if (!digest) continue;
        const organisations = digest.organisations.map((organisation) => (refs.has(`${workshopId}/${organisation.id}`) ? { ...organisation, contact: '' } : organisation));
        this.maps.digests.set(workshopId, { ...digest, organisations });
      }
    }, HOUSEKEEPING);
  }

  /** What a file of these workshops carries of the directory: profiles and decisions about their organisations. */
  partFor(workshopIds: readonly string[], { withContacts }: { withContacts: boolean }): DirectoryPart {
    const ids = new Set(workshopIds);
    const profiles: Record<string, Profile> = {};
    const assignments: Record<string, string> = {};
    for (const entry of this.entries()) {
      const inFile = entry.sightings.filter((sighting) => ids.has(sighting.workshopId));
      if (inFile.length === 0) continue;
      if (this.maps.profiles.has(entry.id)) profiles[entry.id] = withContacts ? entry.profile : { ...entry.profile, contact: '' };
      for (const sighting of inFile) {
        const ref = sightingRef(sighting);
        const assigned = this.maps.assignments.get(ref);
        if (typeof assigned === 'string') assignments[ref] = assigned;
      }
    }
    return { version: DIRECTORY_SCHEMA_VERSION, profiles, assignments };
  }

  /**
   * Takes in a file's directory part: its decisions for sightings this device has not decided on, and
   * its profiles' answers where this device's are empty. `workshopIds` maps a file's workshop id to its
   * id on this device (an import kept beside an existing workshop gets a new id).
   */
  absorb(part: DirectoryPart, workshopIds: Readonly<Record<string, string>>): void {
    const rename = (ref: string) => {
      const slash = ref.indexOf('/');
      const workshopId = workshopIds[ref.slice(0, slash)];
      return slash > 0 && workshopId ? `${workshopId}${ref.slice(slash)}` : ref;
    };
    const renameEntry = (id: string) => (id.startsWith('own:') ? ownEntryId(rename(id.slice(4))) : id);
    this.doc.transact(() => {
      for (const [ref, entryId] of Object.entries(part.assignments)) {
        const local = rename(ref);
        if (!this.maps.assignments.has(local)) this.maps.assignments.set(local, renameEntry(entryId));
      }
      for (const [entryId, profile] of Object.entries(part.profiles)) {
        const id = renameEntry(entryId);
        const current = readProfile(this.maps.profiles.get(id)) ?? EMPTY_PROFILE;
        this.maps.profiles.set(id, mergeProfiles(current, profile));
      }
    }, HOUSEKEEPING);
  }

  subscribe(listener: () => void): () => void {
    this.doc.on('update', listener);
    return () => this.doc.off('update', listener);
  }

  async close(): Promise<void> {
    await this.store.detach(this.doc);
    this.doc.destroy();
  }
}
