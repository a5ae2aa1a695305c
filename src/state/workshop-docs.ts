import * as Y from 'yjs';
import type { DocStore } from './doc-store.ts';
import { docKindOf, organisationOfPart, ORGANISATION_DOC_KINDS, organisationPart, type DocPart, type OrganisationDocKind } from '../domain/doc-parts.ts';

export { storedParts, type DocPart } from '../domain/doc-parts.ts';

/**
 * A workshop is several Yjs documents, one per permission boundary, so that the live-session server can
 * let each device write only its own part and see only what it may (see docs/architecture.md):
 *
 * - `setup`   — the facilitator's: the workshop's facts, organisations, values in play.
 * - `control` — the facilitator's: phase, lock, reveal, the active organisation and the timers; small and
 *   changed often.
 * - `org/<id>` — one per organisation, written only from that organisation's tablet: its warm-up
 *   answers and links.
 * - `pieces/<id>` — one per organisation, written only from its tablet: its pieces on the board and
 *   their examples. Other tablets and the projector receive it only after the reveal.
 * - `cards/<id>` — one per organisation, written only from its tablet: its offer and need cards. Other
 *   tablets and the projector receive it only once the facilitator opens the cards up.
 * - `tally` — the session server's count of each organisation's pieces and cards, for the devices that
 *   do not receive them yet. Kept in memory only: it is the server's, and says nothing once the session is over.
 */
export const DOC_PREFIX = 'vaerdispil';

/** Every document of a workshop is stored under a name that starts with this. */
export function workshopDocPrefix(workshopId: string): string {
  return `${DOC_PREFIX}/${workshopId}/`;
}

export function docName(workshopId: string, part: DocPart): string {
  return `${workshopDocPrefix(workshopId)}${part}`;
}

export class WorkshopDocs {
  readonly setup = new Y.Doc();
  readonly control = new Y.Doc();
  /** Never stored (see above). */
  readonly tally = new Y.Doc();
  /** Each organisation's documents by part name (`org/<id>`, `pieces/<id>`). */
  private readonly orgDocs = new Map<DocPart, Y.Doc>();
  private readonly loading: Promise<void>[] = [];
  private readonly docListeners = new Set<(doc: Y.Doc) => void>();

  constructor(
    readonly workshopId: string,
    private readonly store: DocStore,
  ) {
    this.loading.push(store.attach(docName(workshopId, 'setup'), this.setup));
    this.loading.push(store.attach(docName(workshopId, 'control'), this.control));
  }

  /** Resolves when everything stored so far is loaded (org docs opened later included). */
  async whenLoaded(): Promise<void> {
    let count = 0;
    while (count < this.loading.length) {
      count = this.loading.length;
      await Promise.all(this.loading);
    }
  }

  /** The organisation's own document, opened (and loaded from storage) on first use. */
  orgDoc(orgId: string): Y.Doc {
    return this.organisationDoc('org', orgId);
  }

  /** The organisation's pieces on the board, opened (and loaded from storage) on first use. */
  piecesDoc(orgId: string): Y.Doc {
    return this.organisationDoc('pieces', orgId);
  }

  /** The organisation's offer and need cards, opened (and loaded from storage) on first use. */
  cardsDoc(orgId: string): Y.Doc {
    return this.organisationDoc('cards', orgId);
  }

  /** Opens every document of the organisation (both kinds). */
  openOrganisation(orgId: string): void {
    for (const kind of ORGANISATION_DOC_KINDS) this.organisationDoc(kind, orgId);
  }

  private organisationDoc(kind: OrganisationDocKind, orgId: string): Y.Doc {
    const part = organisationPart(kind, orgId);
    const existing = this.orgDocs.get(part);
    if (existing) return existing;
    const doc = new Y.Doc();
    this.orgDocs.set(part, doc);
    this.loading.push(this.store.attach(docName(this.workshopId, part), doc));
    for (const listener of this.docListeners) listener(doc);
    return doc;
  }

  /** The document of `part` (an organisation's is opened on first use). */
  docOf(part: DocPart): Y.Doc {
    const kind = docKindOf(part);
    if (kind === 'setup' || kind === 'control' || kind === 'tally') return this[kind];
    return this.organisationDoc(kind, organisationOfPart(part) ?? '');
  }

  /** The stored documents (the tally is not one). */
  get allDocs(): Y.Doc[] {
    return [this.setup, this.control, ...this.orgDocs.values()];
  }

  /** The organisations with a document open. */
  get openOrgIds(): string[] {
    return [...new Set([...this.orgDocs.keys()].map((part) => organisationOfPart(part) ?? ''))];
  }

  /** Which of the workshop's documents `doc` is, or null for one that is not this workshop's. */
  partOf(doc: Y.Doc): DocPart | null {
    if (doc === this.setup) return 'setup';
    if (doc === this.control) return 'control';
    if (doc === this.tally) return 'tally';
    for (const [part, orgDoc] of this.orgDocs) if (orgDoc === doc) return part;
    return null;
  }

  /** Calls `listener` for every stored document, now and whenever one is opened later. */
  forEachDoc(listener: (doc: Y.Doc) => void): () => void {
    for (const doc of this.allDocs) listener(doc);
    this.docListeners.add(listener);
    return () => this.docListeners.delete(listener);
  }

  async close(): Promise<void> {
    this.docListeners.clear();
    await Promise.all(this.allDocs.map((doc) => this.store.detach(doc)));
    for (const doc of [...this.allDocs, this.tally]) doc.destroy();
  }
}
