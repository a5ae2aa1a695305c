import * as Y from 'yjs';
import { checkWrite, type Writer } from '../src/domain/write-check.ts';
import { DOC_BYTES_MAX, docKindOf, readBoardRules, readOrganisations, type DocPart, type WorkshopDocSet } from '../src/domain/workshop-doc.ts';
import type { LiveDoc, LiveDocs, Peer } from './live-docs.ts';
import type { Role, Room } from './rooms.ts';
import type { WriteGuard } from './sync-connection.ts';

/** What a document the room does not have reads as: nothing. */
const EMPTY_DOC = new Y.Doc();

/**
 * A room's documents, kept loaded while any device is connected to the room: a tablet's write to its
 * section is judged by the lock and the values in play, which live in the setup and control documents
 * and (the warm-up's pieces) in every organisation's document. The hold is a peer of each document
 * that is sent nothing, so the documents stay in memory as long as it holds them.
 */
export class RoomHold implements Peer {
  private readonly held = new Map<string, LiveDoc>();
  /** The connections to the room that rely on the hold. */
  connectionCount = 0;

  constructor(
    readonly roomId: string,
    private readonly docs: LiveDocs,
  ) {}

  send(): void {
    // The hold only keeps the documents loaded; it is no device.
  }

  /** Loads the room's documents that are not held yet: setup, control and every organisation's. */
  async load(room: Room): Promise<void> {
    const parts = ['setup', 'control', ...room.organisations.map((organisation) => `org/${organisation.id}`)];
    await Promise.all(
      parts
        .filter((part) => !this.held.has(part))
        .map(async (part) => {
          const live = await this.docs.acquire(`${this.roomId}/${part}`);
          live.peers.add(this);
          if (this.held.has(part)) this.docs.release(live, this);
          else this.held.set(part, live);
        }),
    );
  }

  /** Lets go of the documents of organisations no longer in the room. */
  forgetRemoved(room: Room): void {
    const kept = new Set(room.organisations.map((organisation) => `org/${organisation.id}`));
    for (const [part, live] of this.held) {
      if (part.startsWith('org/') && !kept.has(part)) {
        this.held.delete(part);
        this.docs.release(live, this);
      }
    }
  }

  release(): void {
    for (const live of this.held.values()) this.docs.release(live, this);
    this.held.clear();
  }

  /** The room's documents as the domain's readers see a workshop. */
  private get view(): WorkshopDocSet {
    const doc = (part: string) => this.held.get(part)?.doc ?? EMPTY_DOC;
    return { workshopId: this.roomId, setup: doc('setup'), control: doc('control'), orgDoc: (orgId) => doc(`org/${orgId}`) };
  }

  /** How a write from a connection with `role` to `part` is judged (src/domain/write-check.ts). */
  guardFor(part: string, role: Role): WriteGuard {
    const writer: Writer = role.kind === 'participant' ? { kind: 'participant', organisationId: role.organisationId } : { kind: 'facilitator' };
    const docPart = part as DocPart;
    return {
      maxBytes: DOC_BYTES_MAX[docKindOf(docPart)],
      check: (doc, changes) =>
        checkWrite(doc, changes, {
          part: docPart,
          writer,
          rules: () => readBoardRules(this.view),
          organisationIds: () => readOrganisations(this.view).map((organisation) => organisation.id),
        }),
    };
  }
}
