import * as Y from 'yjs';
import { copyPreparation, forgetPreparation } from './preparation-store.ts';
import { newId, type RandomBytes } from '../domain/ids.ts';
import { planNextMeeting } from '../domain/next-meeting.ts';
import { fitName, validateDate, validateName } from '../domain/text.ts';
import { ORGANISATION_RECORD } from '../domain/organisation.ts';
import { SETUP_RECORD, WORKSHOP_SCHEMA_VERSION, type Workshop } from '../domain/workshop.ts';
import type { Result } from '../domain/result.ts';
import { ok, refuse } from '../domain/result.ts';
import { summaryOf, type Catalogue } from './catalogue.ts';
import type { DocStore } from './doc-store.ts';
import { DirectoryStore } from './directory-store.ts';
import type { DirectoryEntry } from '../domain/directory.ts';
import { HOUSEKEEPING } from './origins.ts';
import { docName, storedParts, workshopDocPrefix, WorkshopDocs } from './workshop-docs.ts';
import { migrateWorkshopDocs } from './migrations.ts';
import {
  factsMap,
  hasWorkshop,
  organisationsMap,
  readSchemaVersion,
  readWorkshop,
  writeAgreementAnswersSnapshot,
  writeAgreementsSnapshot,
  writeCollaborationSnapshot,
  writeNewWorkshop,
  updateRecord,
  writeFields,
  writeWorkshopSnapshot,
} from './workshop-layout.ts';
import { WorkshopSession, type Clock } from './workshop-session.ts';

/** What opening a workshop came to. */
export type OpenOutcome =
  | { status: 'open'; session: WorkshopSession }
  | { status: 'missing' }
  /** Stored by a newer version of the app: not opened, so this version cannot change (and spoil) it. */
  | { status: 'newer'; version: number };

/** What to do with a workshop in a file that this device already has. */
export type ImportChoice = 'replace' | 'keep-both';

/** A workshop as it was imported: its id on this device and its title. */
export interface ImportedWorkshop {
  id: string;
  title: string;
}

/** Creating, opening, copying, importing and deleting the workshops kept on this device. */
export class WorkshopRepository {
  /** The organisation directory (ressourcebørs): kept in step with the workshops as they change. */
  readonly directory: DirectoryStore;

  constructor(
    readonly store: DocStore,
    readonly catalogue: Catalogue,
    private readonly now: Clock = Date.now,
    private readonly random?: RandomBytes,
  ) {
    this.directory = new DirectoryStore(store);
  }

  /** The directory, its digests brought up to date with every workshop on the device. */
  async openDirectory(): Promise<DirectoryStore> {
    await this.directory.loaded;
    await this.directory.refresh(this.catalogue, (id) => this.readSnapshot(id));
    return this.directory;
  }

  /**
   * Deletes an organisation's contact person everywhere on the device at once: in every workshop that
   * has it (`entry.sightings`) and in the directory's profile.
   */
  async deleteContact(entry: DirectoryEntry): Promise<void> {
    const byWorkshop = new Map<string, string[]>();
    for (const ref of entry.sightings) byWorkshop.set(ref.workshopId, [...(byWorkshop.get(ref.workshopId) ?? []), ref.organisationId]);
    for (const [workshopId, organisationIds] of byWorkshop) {
      const outcome = await this.openWorkshop(workshopId);
      if (outcome.status !== 'open') continue;
      const { session } = outcome;
      for (const organisationId of organisationIds) {
        const map = organisationsMap(session.docs).get(organisationId);
        if (map) updateRecord(session.docs.setup, map, ORGANISATION_RECORD, { contact: '' }, HOUSEKEEPING);
      }
      await session.close();
    }
    this.directory.forgetContact(entry);
  }

  /** Creates a workshop with the given title; refused (with the reason) for a bad title. */
  async create(rawTitle: string): Promise<Result<string>> {
    const title = validateName(rawTitle);
    if (!title.ok) return title;
    const id = newId(16, this.random);
    const docs = new WorkshopDocs(id, this.store);
    await docs.whenLoaded();
    writeNewWorkshop(docs, title.value, this.now());
    this.putSummary(docs);
    await docs.close();
    return ok(id);
  }

  /** Opens a workshop, or returns null when this device does not have it (or cannot open it: `openWorkshop`). */
  async open(id: string): Promise<WorkshopSession | null> {
    const outcome = await this.openWorkshop(id);
    return outcome.status === 'open' ? outcome.session : null;
  }

  /**
   * Opens a workshop, first upgrading documents stored by an older version of the app
   * (src/state/migrations.ts). A workshop stored by a newer version is closed again untouched.
   */
  async openWorkshop(id: string): Promise<OpenOutcome> {
    const docs = new WorkshopDocs(id, this.store);
    try {
      await docs.whenLoaded();
      if (!hasWorkshop(docs)) {
        await this.discard(docs);
        return { status: 'missing' };
      }
      if (readSchemaVersion(docs) > WORKSHOP_SCHEMA_VERSION) {
        await docs.close();
        return { status: 'newer', version: readSchemaVersion(docs) };
      }
      // The migrations move things between an organisation's documents: all are loaded first.
      await openOrganisations(docs);
      migrateWorkshopDocs(docs);
      return { status: 'open', session: new WorkshopSession(docs, this.catalogue, this.now, this.directory) };
    } catch (error) {
      // A stored document that cannot be loaded (StoredDocUnreadable), or content that cannot be read:
      // the caller says so; the documents are closed so that nothing more is written to them.
      await docs.close();
      throw error;
    }
  }

  /**
   * A workshop's snapshot for a file, read without opening a session (nothing is written). Null when
   * this device does not have it, or when a newer version of the app stored it (its shape is unknown).
   */
  async readSnapshot(id: string): Promise<Workshop | null> {
    const docs = new WorkshopDocs(id, this.store);
    await docs.whenLoaded();
    const isReadable = hasWorkshop(docs) && readSchemaVersion(docs) <= WORKSHOP_SCHEMA_VERSION;
    if (isReadable) {
      await openOrganisations(docs);
      // A workshop stored by an older version is read in today's shape (as opening it would store it).
      migrateWorkshopDocs(docs);
    }
    const snapshot = isReadable ? readWorkshop(docs) : null;
    await docs.close();
    return snapshot;
  }

  /** The workshops of `workshops` that this device already has (the user chooses: replace or keep both). */
  existing(workshops: readonly Workshop[]): Workshop[] {
    return workshops.filter((workshop) => this.catalogue.get(workshop.id) !== undefined);
  }

  /**
   * Imports checked workshop snapshots (from a file). A workshop this device already has is replaced
   * or kept beside the import, which then gets a new id and the title `copyTitle(title)`.
   *
   * All or nothing: every workshop is first written under a temporary id and read back from storage;
   * only when all of them were stored does anything this device had change. A failure leaves the
   * device as it was (problem `import-not-stored`).
   */
  async importWorkshops(
    workshops: readonly Workshop[],
    choice: ImportChoice,
    copyTitle: (title: string) => string,
  ): Promise<Result<ImportedWorkshop[]>> {
    const staged: { workshop: Workshop; stagingId: string }[] = [];
    for (const workshop of workshops) {
      const stagingId = newId(16, this.random);
      staged.push({ workshop, stagingId });
      const isStored = await this.stage(stagingId, workshop);
      if (!isStored) {
        await Promise.all(staged.map((entry) => this.clearDocs(entry.stagingId)));
        return refuse('import-not-stored');
      }
    }
    const imported: ImportedWorkshop[] = [];
    for (const { workshop, stagingId } of staged) {
      const isKept = choice === 'keep-both' && this.catalogue.get(workshop.id) !== undefined;
      const id = isKept ? newId(16, this.random) : workshop.id;
      const title = isKept ? fitName(copyTitle(workshop.setup.title)) : workshop.setup.title;
      if (!isKept && this.catalogue.get(id) !== undefined) await this.delete(id);
      await this.moveStaged(stagingId, id, title);
      imported.push({ id, title });
    }
    return ok(imported);
  }

  /** Writes a snapshot under a temporary id (not in the catalogue) and reads it back from storage. */
  private async stage(stagingId: string, workshop: Workshop): Promise<boolean> {
    const docs = new WorkshopDocs(stagingId, this.store);
    await docs.whenLoaded();
    writeWorkshopSnapshot(docs, workshop);
    writeCollaborationSnapshot(docs, workshop);
    writeAgreementsSnapshot(docs, workshop.agreements);
    writeAgreementAnswersSnapshot(docs, workshop.agreementAnswers);
    await docs.whenLoaded();
    // Closing waits until every update is written.
    await docs.close();
    if (!this.store.isPersistent) return true;
    const check = new WorkshopDocs(stagingId, this.store);
    await check.whenLoaded();
    await openOrganisations(check);
    const stored = hasWorkshop(check) ? readWorkshop(check) : null;
    await check.close();
    return stored !== null && stored.setup.title === workshop.setup.title && stored.organisations.length === workshop.organisations.length;
  }

  /** Moves a staged workshop to its id on this device, in the catalogue under `title`. */
  private async moveStaged(stagingId: string, id: string, title: string): Promise<void> {
    const source = new WorkshopDocs(stagingId, this.store);
    await source.whenLoaded();
    const orgIds = await openOrganisations(source);
    const target = new WorkshopDocs(id, this.store);
    await copyDocs(source, target, orgIds);
    updateRecord(target.setup, factsMap(target), SETUP_RECORD, { title }, HOUSEKEEPING);
    this.putSummary(target);
    await Promise.all([source.close(), target.close()]);
    await this.clearDocs(stagingId, orgIds);
  }

  /** Deletes a workshop's documents that are not (or no longer) in the catalogue. */
  private async clearDocs(id: string, orgIds: readonly string[] = []): Promise<void> {
    await Promise.all(storedParts(orgIds).map((part) => this.store.clear(docName(id, part))));
    await this.store.clearPrefix(workshopDocPrefix(id));
  }

  /** Copies a workshop with everything in it under a new id and the title `title` (and no next meeting of its own). */
  async duplicate(id: string, title: (original: string) => string): Promise<Result<string> | null> {
    const source = new WorkshopDocs(id, this.store);
    await source.whenLoaded();
    if (!hasWorkshop(source)) {
      await this.discard(source);
      return null;
    }
    const orgIds = await openOrganisations(source);

    const copyId = newId(16, this.random);
    const copy = new WorkshopDocs(copyId, this.store);
    await copyDocs(source, copy, orgIds);
    const copyTitle = fitName(title(readWorkshop(source).setup.title));
    copy.setup.transact(() => {
      // The copy follows the same meeting, but the next meeting planned from the original is not its own.
      writeFields(factsMap(copy), SETUP_RECORD, { title: copyTitle, createdAt: this.now(), nextId: '', nextTitle: '' });
    }, HOUSEKEEPING);
    this.putSummary(copy);
    copyPreparation(id, copyId);
    await Promise.all([source.close(), copy.close()]);
    return ok(copyId);
  }

  /**
   * Makes and stores the follow-up meeting of `workshop` (a snapshot of the open one: `planNextMeeting`)
   * with the title and date typed (refused, with the reason, when either is wrong). Returns the new
   * workshop's id and title; the caller records it in the meeting it follows (`linkNextMeeting`).
   */
  async createNextMeeting(workshop: Workshop, raw: { title: string; date: string }): Promise<Result<ImportedWorkshop>> {
    const title = validateName(raw.title);
    if (!title.ok) return title;
    const date = validateDate(raw.date);
    if (!date.ok) return date;
    const id = newId(16, this.random);
    const next = planNextMeeting(workshop, { id, title: title.value, date: date.value, createdAt: this.now() });
    const docs = new WorkshopDocs(id, this.store);
    await docs.whenLoaded();
    writeWorkshopSnapshot(docs, next);
    writeCollaborationSnapshot(docs, next);
    writeAgreementsSnapshot(docs, next.agreements);
    writeAgreementAnswersSnapshot(docs, next.agreementAnswers);
    this.putSummary(docs);
    await docs.close();
    return ok({ id, title: title.value });
  }

  /** Deletes a workshop and every document of it from this device. */
  async delete(id: string): Promise<void> {
    this.catalogue.remove(id);
    this.directory.forgetWorkshop(id);
    forgetPreparation(id);
    const docs = new WorkshopDocs(id, this.store);
    await docs.whenLoaded();
    const parts = storedParts(organisationsMap(docs).keys());
    await docs.close();
    await Promise.all(parts.map((part) => this.store.clear(docName(id, part))));
    await this.store.clearPrefix(workshopDocPrefix(id));
  }

  /** Closes documents opened for a workshop this device does not have, leaving nothing stored. */
  private async discard(docs: WorkshopDocs): Promise<void> {
    await docs.close();
    await Promise.all((['setup', 'control'] as const).map((part) => this.store.clear(docName(docs.workshopId, part))));
  }

  private putSummary(docs: WorkshopDocs): void {
    const workshop = readWorkshop(docs);
    const summary = summaryOf(workshop, this.now());
    this.catalogue.put(summary);
    this.directory.noteWorkshop(workshop, summary.updatedAt);
  }
}

/** Opens and loads the documents of every organisation the setup lists; returns their ids. */
async function openOrganisations(docs: WorkshopDocs): Promise<string[]> {
  const orgIds = [...organisationsMap(docs).keys()];
  for (const orgId of orgIds) docs.openOrganisation(orgId);
  await docs.whenLoaded();
  return orgIds;
}

/** Copies every stored document of `source` (loaded, with `orgIds`' documents open) into `target`. */
async function copyDocs(source: WorkshopDocs, target: WorkshopDocs, orgIds: readonly string[]): Promise<void> {
  for (const orgId of orgIds) target.openOrganisation(orgId);
  await target.whenLoaded();
  for (const part of storedParts(orgIds)) {
    Y.applyUpdate(target.docOf(part), Y.encodeStateAsUpdate(source.docOf(part)), HOUSEKEEPING);
  }
}
