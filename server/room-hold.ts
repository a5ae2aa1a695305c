import * as Y from 'yjs';
import type { Organisation } from '../src/domain/organisation.ts';
import { checkWrite, type Writer } from '../src/domain/write-check.ts';
import { EMPTY_CONTROL, type WorkshopControl } from '../src/domain/workshop.ts';
import {
  DOC_BYTES_MAX,
  docKindOf,
  findLinkEnds,
  isShown,
  ORGANISATION_DOC_KINDS,
  organisationOfPart,
  organisationPart,
  readAgreements,
  readBoardRules,
  readCards,
  readControl,
  readLockedPhases,
  readOrganisations,
  readSection,
  readTally,
  setupRoot,
  tallyRoot,
  type DocPart,
  HIDDEN_DOC_KINDS,
  type HiddenDocKind,
  type WorkshopDocSet,
} from '../src/domain/workshop-doc.ts';

import type { LiveDoc, LiveDocs, Peer } from './live-docs.ts';
import type { Role } from './rooms.ts';
import type { WriteGuard } from './sync-connection.ts';

/** What a document the room does not have reads as: nothing. */
const EMPTY_DOC = new Y.Doc();

/** The workshop's organisations as the room's setup document lists them (read leniently, never throws). */
export function organisationsIn(setup: Y.Doc): Organisation[] {
  return readOrganisations({ setup });
}

/**
 * A room's documents, kept loaded while any device is connected to the room: a tablet's write to its
 * section is judged by the lock and the values in play, which live in the setup and control documents
 * and (the warm-up's pieces) in every organisation's document. The hold is a peer of each document
 * that is sent nothing, so the documents stay in memory as long as it holds them.
 *
 * The room's organisations are the ones its setup document lists: the hold reads them when it loads and
 * watches them from then on, loading the document of an organisation that is added and telling
 * `onRemoved` about one that is taken out (whose devices then lose their hold).
 */
export class RoomHold implements Peer {
  private readonly held = new Map<string, LiveDoc>();
  /** The connections to the room that rely on the hold (opening or open). */
  readonly connections = new Set<object>();
  private organisationIds = new Set<string>();
  private loading: Promise<void> | null = null;
  private isReleased = false;
  private stopWatching: (() => void) | null = null;
  private readonly waiting = new Set<{ organisationId: string; resolve: (isListed: boolean) => void }>();
  /** The organisations whose pieces are counted into the tally, and how to stop counting each. */
  private readonly counted = new Map<string, () => void>();

  /** The control document as last read: what is shown (see `followControl`). */
  private control: WorkshopControl = EMPTY_CONTROL;

  constructor(
    readonly roomId: string,
    private readonly docs: LiveDocs,
    private readonly onRemoved: (organisationIds: string[]) => void,
    /** The facilitator hid the pieces again: devices that may no longer receive others' pieces must let go of them. */
    private readonly onHidden: () => void = () => undefined,
  ) {}

  send(): void {
    // The hold only keeps the documents loaded; it is no device.
  }

  /** Loads setup and control, then the document of every organisation setup lists (once; again after a failure). */
  load(): Promise<void> {
    if (!this.loading) {
      this.loading = this.loadAll();
      this.loading.catch(() => (this.loading = null));
    }
    return this.loading;
  }

  private async loadAll(): Promise<void> {
    const [setup, control, tally] = await Promise.all([this.hold('setup'), this.hold('control'), this.hold('tally')]);
    if (!setup || !control || !tally || this.stopWatching) return;
    const organisations = setupRoot({ setup: setup.doc }, 'organisations');
    const onChange = () => this.readOrganisationIds(setup.doc);
    organisations.observeDeep(onChange);
    const onControl = () => this.followControl(control.doc);
    control.doc.on('update', onControl);
    this.stopWatching = () => {
      organisations.unobserveDeep(onChange);
      control.doc.off('update', onControl);
    };
    this.control = readControl({ control: control.doc });
    this.organisationIds = new Set(organisationsIn(setup.doc).map((organisation) => organisation.id));
    await Promise.all([...this.organisationIds].map((id) => this.holdOrganisation(id)));
  }

  /** Keeps an organisation's documents loaded, and counts its pieces and cards into the tally as they change. */
  private async holdOrganisation(organisationId: string): Promise<void> {
    const [, ...hidden] = await Promise.all([
      this.hold(organisationPart('org', organisationId)),
      ...HIDDEN_DOC_KINDS.map((kind) => this.hold(organisationPart(kind, organisationId))),
    ]);
    if (hidden.some((live) => !live) || this.counted.has(organisationId)) return;
    const stops = HIDDEN_DOC_KINDS.map((kind, index) => {
      const doc = (hidden[index] as LiveDoc).doc;
      const count = () => this.count(kind, organisationId, doc);
      doc.on('update', count);
      count();
      return () => doc.off('update', count);
    });
    this.counted.set(organisationId, () => stops.forEach((stop) => stop()));
  }

  /** Writes how many pieces (or cards) the organisation has into the tally, if that changed. */
  private count(kind: HiddenDocKind, organisationId: string, doc: Y.Doc): void {
    const tally = this.held.get('tally')?.doc;
    if (!tally || !this.organisationIds.has(organisationId)) return;
    const view = { piecesDoc: () => doc, cardsDoc: () => doc };
    const count = kind === 'pieces' ? readSection(view, organisationId).placed.length : readCards(view, organisationId).length;
    if (readTally(tally)[kind][organisationId] !== count) tally.transact(() => tallyRoot(tally, kind).set(organisationId, count));
  }

  /** The facilitator showed the pieces or the cards, or hid them again. */
  private followControl(control: Y.Doc): void {
    const before = this.control;
    this.control = readControl({ control });
    if (HIDDEN_DOC_KINDS.some((kind) => isShown(kind, before) && !isShown(kind, this.control))) this.onHidden();
  }

  /**
   * Whether a device with `role` may receive the document `part`: every device receives setup, control,
   * the tally and the organisations' own documents; an organisation's pieces and cards reach the
   * facilitator and that organisation's devices, and every other device only once they are shown.
   */
  mayReceive(part: string, role: Role): boolean {
    const docPart = part as DocPart;
    if (role.kind === 'facilitator') return true;
    if (role.kind === 'participant' && organisationOfPart(docPart) === role.organisationId) return true;
    return isShown(docKindOf(docPart), this.control);
  }

  /** Keeps one of the room's documents loaded; null if the hold was let go meanwhile. */
  private async hold(part: string): Promise<LiveDoc | null> {
    const live = await this.docs.acquire(`${this.roomId}/${part}`);
    live.peers.add(this);
    const earlier = this.held.get(part);
    if (this.isReleased || (earlier && earlier !== live)) {
      this.docs.release(live, this);
      return this.isReleased ? null : (earlier ?? null);
    }
    this.held.set(part, live);
    return live;
  }

  private readOrganisationIds(setup: Y.Doc): void {
    const next = new Set(organisationsIn(setup).map((organisation) => organisation.id));
    const removed = [...this.organisationIds].filter((id) => !next.has(id));
    const added = [...next].filter((id) => !this.organisationIds.has(id));
    if (removed.length === 0 && added.length === 0) return;
    this.organisationIds = next;
    for (const id of removed) {
      this.counted.get(id)?.();
      this.counted.delete(id);
      for (const part of ORGANISATION_DOC_KINDS.map((kind) => organisationPart(kind, id))) {
        const live = this.held.get(part);
        this.held.delete(part);
        if (live) this.docs.release(live, this);
      }
      const tally = this.held.get('tally')?.doc;
      tally?.transact(() => HIDDEN_DOC_KINDS.forEach((kind) => tallyRoot(tally, kind).delete(id)));
    }
    for (const id of added) void this.holdOrganisation(id).catch(() => undefined);
    for (const waiter of [...this.waiting]) {
      if (!next.has(waiter.organisationId)) continue;
      this.waiting.delete(waiter);
      waiter.resolve(true);
    }
    if (removed.length > 0) this.onRemoved(removed);
  }

  /** Whether the room's setup lists the organisation now (after `load`). */
  lists(organisationId: string): boolean {
    return this.organisationIds.has(organisationId);
  }

  /**
   * Resolves true once the setup lists the organisation, false if it does not within `ms`. The
   * facilitator's device sends a new organisation on the setup document and opens its document on
   * another connection at the same moment; either may reach the server first.
   */
  whenListed(organisationId: string, ms: number): Promise<boolean> {
    if (this.lists(organisationId)) return Promise.resolve(true);
    if (this.isReleased) return Promise.resolve(false);
    return new Promise((resolve) => {
      const waiter = {
        organisationId,
        resolve: (isListed: boolean) => {
          clearTimeout(timer);
          resolve(isListed);
        },
      };
      const timer = setTimeout(() => {
        this.waiting.delete(waiter);
        resolve(false);
      }, ms);
      timer.unref();
      this.waiting.add(waiter);
    });
  }

  /** The organisations the setup lists, in the workshop's order. */
  organisations(): Organisation[] {
    const setup = this.held.get('setup');
    return setup ? organisationsIn(setup.doc) : [];
  }

  release(): void {
    this.isReleased = true;
    this.stopWatching?.();
    for (const stop of this.counted.values()) stop();
    this.counted.clear();
    for (const waiter of this.waiting) waiter.resolve(false);
    this.waiting.clear();
    for (const live of this.held.values()) this.docs.release(live, this);
    this.held.clear();
  }

  /** The room's documents as the domain's readers see a workshop. */
  private get view(): WorkshopDocSet {
    const doc = (part: string) => this.held.get(part)?.doc ?? EMPTY_DOC;
    return {
      workshopId: this.roomId,
      setup: doc('setup'),
      control: doc('control'),
      orgDoc: (orgId) => doc(`org/${orgId}`),
      piecesDoc: (orgId) => doc(`pieces/${orgId}`),
      cardsDoc: (orgId) => doc(`cards/${orgId}`),
    };
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
          organisationIds: () => [...this.organisationIds],
          agreements: () => readAgreements(this.view),
          linkEnds: (linkId) => findLinkEnds(this.view, [...this.organisationIds], linkId),
          lockedPhases: () => readLockedPhases(this.view),
        }),
    };
  }
}
