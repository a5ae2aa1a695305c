import * as Y from 'yjs';
import type { DocStore } from './doc-store.ts';

/**
 * A workshop is several Yjs documents, one per permission boundary, so that the live-session server can
 * let each device write only its own part (see docs/architecture.md):
 *
 * - `setup`   — the facilitator's: the workshop's facts, organisations, values in play.
 * - `control` — the facilitator's: phase, lock, reveal, the active organisation and the timers; small and
 *   changed often.
 * - `org/<id>` — one per organisation, written only from that organisation's tablet: its placed
 *   pieces, examples, offers and needs.
 */
export type DocPart = 'setup' | 'control' | `org/${string}`;

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
  private readonly orgDocs = new Map<string, Y.Doc>();
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
    const existing = this.orgDocs.get(orgId);
    if (existing) return existing;
    const doc = new Y.Doc();
    this.orgDocs.set(orgId, doc);
    this.loading.push(this.store.attach(docName(this.workshopId, `org/${orgId}`), doc));
    for (const listener of this.docListeners) listener(doc);
    return doc;
  }

  get allDocs(): Y.Doc[] {
    return [this.setup, this.control, ...this.orgDocs.values()];
  }

  get openOrgIds(): string[] {
    return [...this.orgDocs.keys()];
  }

  /** Calls `listener` for every document, now and whenever one is opened later. */
  forEachDoc(listener: (doc: Y.Doc) => void): () => void {
    for (const doc of this.allDocs) listener(doc);
    this.docListeners.add(listener);
    return () => this.docListeners.delete(listener);
  }

  async close(): Promise<void> {
    this.docListeners.clear();
    await Promise.all(this.allDocs.map((doc) => this.store.detach(doc)));
    for (const doc of this.allDocs) doc.destroy();
  }
}
