import * as Y from 'yjs';
import { newId, type RandomBytes } from '../domain/ids.ts';
import { fitName, validateName } from '../domain/text.ts';
import type { Result } from '../domain/result.ts';
import { ok } from '../domain/result.ts';
import { summaryOf, type Catalogue } from './catalogue.ts';
import type { DocStore } from './doc-store.ts';
import { HOUSEKEEPING } from './origins.ts';
import { docName, workshopDocPrefix, WorkshopDocs, type DocPart } from './workshop-docs.ts';
import { factsMap, hasWorkshop, organisationsMap, readWorkshop, writeNewWorkshop } from './workshop-layout.ts';
import { WorkshopSession, type Clock } from './workshop-session.ts';

/** Creating, opening, copying and deleting the workshops kept on this device. */
export class WorkshopRepository {
  constructor(
    readonly store: DocStore,
    readonly catalogue: Catalogue,
    private readonly now: Clock = Date.now,
    private readonly random?: RandomBytes,
  ) {}

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

  /** Opens a workshop, or returns null when this device does not have it. */
  async open(id: string): Promise<WorkshopSession | null> {
    const docs = new WorkshopDocs(id, this.store);
    await docs.whenLoaded();
    if (!hasWorkshop(docs)) {
      await this.discard(docs);
      return null;
    }
    for (const orgId of organisationsMap(docs).keys()) docs.orgDoc(orgId);
    await docs.whenLoaded();
    return new WorkshopSession(docs, this.catalogue, this.now);
  }

  /** Copies a workshop with everything in it under a new id and the title `title`. */
  async duplicate(id: string, title: (original: string) => string): Promise<Result<string> | null> {
    const source = new WorkshopDocs(id, this.store);
    await source.whenLoaded();
    if (!hasWorkshop(source)) {
      await this.discard(source);
      return null;
    }
    const orgIds = [...organisationsMap(source).keys()];
    for (const orgId of orgIds) source.orgDoc(orgId);
    await source.whenLoaded();

    const copyId = newId(16, this.random);
    const copy = new WorkshopDocs(copyId, this.store);
    const parts: [Y.Doc, Y.Doc][] = [
      [source.setup, copy.setup],
      [source.control, copy.control],
      ...orgIds.map((orgId): [Y.Doc, Y.Doc] => [source.orgDoc(orgId), copy.orgDoc(orgId)]),
    ];
    await copy.whenLoaded();
    for (const [from, to] of parts) Y.applyUpdate(to, Y.encodeStateAsUpdate(from), HOUSEKEEPING);
    const copyTitle = fitName(title(readWorkshop(source).setup.title));
    copy.setup.transact(() => {
      factsMap(copy).set('title', copyTitle);
      factsMap(copy).set('createdAt', this.now());
    }, HOUSEKEEPING);
    this.putSummary(copy);
    await Promise.all([source.close(), copy.close()]);
    return ok(copyId);
  }

  /** Deletes a workshop and every document of it from this device. */
  async delete(id: string): Promise<void> {
    this.catalogue.remove(id);
    const docs = new WorkshopDocs(id, this.store);
    await docs.whenLoaded();
    const parts: DocPart[] = ['setup', 'control', ...[...organisationsMap(docs).keys()].map((orgId): DocPart => `org/${orgId}`)];
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
    this.catalogue.put(summaryOf(readWorkshop(docs), this.now()));
  }
}
