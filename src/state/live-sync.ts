import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import type { WorkshopControl } from '../domain/workshop.ts';
import { docKindOf, isShown, organisationOfPart, readControl, readOrganisations } from '../domain/workshop-doc.ts';
import type { DocPart, WorkshopDocs } from './workshop-docs.ts';
import type { LinkState, LinkStatus } from './live-link.ts';

/*
 * The client side of a live session: each of a workshop's documents (setup, control, org/<id>, pieces/<id>, tally) is
 * kept in step with the same document on the session server by a y-websocket provider of its own,
 * so the server can tell from the room name which document a connection writes, and refuse a
 * participant's writes to anything but its own organisation's section. IndexedDB storage stays on
 * beside it: offline edits are stored, and Yjs merges them when the connection is back.
 */

export type LiveRole = 'facilitator' | 'participant' | 'projector';

/**
 * An organisation's document the server refuses: the room's setup (as the server has it) does not list the
 * organisation, or no longer does. Not an error for the device: it asks again once it has reason to think
 * the server lists it now (see `retryMissing`).
 */
const ORGANISATION_UNKNOWN = 4404;

/** The server keeps another organisation's pieces or cards from this device until they are shown (server/PROTOCOL.md). */
const PIECES_HIDDEN = 4423;

/** What a device tells the others in the room (awareness): who it is, and what it is carrying. */
export interface Presence {
  role: LiveRole;
  organisationId: string | null;
  dragging?: { valueId: string };
}

/** Another device's presence, with its awareness id (one per open app). */
export interface PeerPresence extends Presence {
  clientId: number;
}

export interface LiveSyncOptions {
  /** The y-websocket server URL, e.g. `ws://192.168.1.10:8080/sync`. */
  serverUrl: string;
  roomId: string;
  /** The key that gives this device its role in the room. */
  key: string;
  role: LiveRole;
  organisationId: string | null;
  now?: () => number;
  /** A WebSocket implementation (tests in Node pass `ws`). */
  WebSocketPolyfill?: typeof WebSocket;
  /** Where the device's `online` / `offline` events come from (the window in a browser). */
  networkEvents?: EventTarget | null;
}

/** The room name of one of a workshop's documents on the server: `<roomId>/<part>`. */
export function roomName(roomId: string, part: DocPart): string {
  return `${roomId}/${part}`;
}

/** The server's sync URL next to the page: the app is served by the session server itself. */
export function syncUrlFor(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/sync`;
}

interface Link {
  provider: WebsocketProvider;
  isOpen: boolean;
  isSynced: boolean;
  /** A connection closed or failed since the last time it was open. */
  hasFailed: boolean;
  /** The server closed for good with this code (4400–4499), or null, and the reason it gave. */
  closeCode: number | null;
  closeReason: string | null;
  /** An organisation's document the server refused (4404): the organisation is not in the room's setup there. */
  isMissing: boolean;
  /** With `isMissing`: whether this device's copy of the setup listed the organisation when it was last looked at. */
  isListedHere: boolean;
  /** Stops listening to the document. */
  stop: () => void;
}

/** Reads a presence sent by another device, dropping anything malformed (it came over the network). */
export function parsePresence(clientId: number, state: unknown): PeerPresence | null {
  if (typeof state !== 'object' || state === null) return null;
  const record: Record<string, unknown> = { ...state };
  const role = record.role;
  if (role !== 'facilitator' && role !== 'participant' && role !== 'projector') return null;
  const organisationId = typeof record.organisationId === 'string' ? record.organisationId : null;
  const dragging = record.dragging;
  const valueId =
    typeof dragging === 'object' && dragging !== null && 'valueId' in dragging && typeof dragging.valueId === 'string'
      ? dragging.valueId
      : null;
  return valueId ? { clientId, role, organisationId, dragging: { valueId } } : { clientId, role, organisationId };
}

/**
 * Connects a workshop's documents to a room on the session server, documents opened later included,
 * and reconnects by itself (with back-off) after the network or the server drops.
 */
export class LiveSync {
  private readonly links = new Map<Y.Doc, Link>();
  private readonly listeners = new Set<() => void>();
  private readonly presenceListeners = new Set<() => void>();
  private readonly cleanups: (() => void)[] = [];
  private readonly now: () => number;
  private state: LinkState = { status: 'connecting', lastSyncedAt: null, closeCode: null, closeReason: null };
  private peers: PeerPresence[] = [];
  private localPresence: Presence;
  private isDestroyed = false;
  /** The device said it has no network: the connections are dropped until it says it is back. */
  private isNetworkDown = false;

  constructor(
    readonly docs: WorkshopDocs,
    private readonly options: LiveSyncOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.localPresence = { role: options.role, organisationId: options.organisationId };
    this.cleanups.push(docs.forEachDoc((doc) => this.connect(doc)));
    // The tally is the server's count of the pieces this device does not receive before the reveal.
    if (options.role !== 'facilitator') this.connect(docs.tally);
    const onSetupChange = () => this.retryMissing(false);
    docs.setup.on('update', onSetupChange);
    this.cleanups.push(() => docs.setup.off('update', onSetupChange));
    const onControlChange = () => this.followReveal();
    docs.control.on('update', onControlChange);
    this.cleanups.push(() => docs.control.off('update', onControlChange));
    this.watchNetwork(options.networkEvents === undefined ? (typeof window === 'undefined' ? null : window) : options.networkEvents);
  }

  getState = (): LinkState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The other devices in the room, as they last told (the same array until it changes). */
  getPeers = (): PeerPresence[] => this.peers;

  subscribePeers = (listener: () => void): (() => void) => {
    this.presenceListeners.add(listener);
    return () => this.presenceListeners.delete(listener);
  };

  /** Tells the room which piece this device is carrying (null: none). */
  setDragging(valueId: string | null): void {
    const { role, organisationId } = this.localPresence;
    this.localPresence = valueId ? { role, organisationId, dragging: { valueId } } : { role, organisationId };
    this.presenceAwareness()?.setLocalState(this.localPresence);
  }

  destroy(): void {
    if (this.isDestroyed) return;
    this.isDestroyed = true;
    for (const cleanup of this.cleanups) cleanup();
    for (const link of this.links.values()) link.provider.destroy();
    this.links.clear();
    this.listeners.clear();
    this.presenceListeners.clear();
  }

  /**
   * Whether this device receives the document `part` now. Another organisation's pieces and cards reach a
   * tablet, and anyone's the projector, only once the facilitator has shown them (the server refuses them
   * before that, see server/PROTOCOL.md); the tally is for the devices that wait.
   */
  private receives(part: DocPart, control: () => WorkshopControl = () => readControl(this.docs)): boolean {
    const { role, organisationId } = this.options;
    if (part === 'tally') return role !== 'facilitator';
    if (role === 'facilitator') return true;
    if (role === 'participant' && organisationOfPart(part) === organisationId) return true;
    return isShown(docKindOf(part), control());
  }

  /**
   * After the reveal (or the cards opened up), connects what this device may now receive; after they are
   * hidden again, lets go of it.
   */
  private followReveal(): void {
    if (this.isDestroyed) return;
    // The control document, read once for all the documents.
    let control: WorkshopControl | null = null;
    const controlNow = () => (control ??= readControl(this.docs));
    for (const doc of this.docs.allDocs) {
      const part = this.docs.partOf(doc);
      if (!part) continue;
      const link = this.links.get(doc);
      if (!this.receives(part, controlNow)) {
        if (link) this.disconnect(doc, link);
      } else if (!link) this.connect(doc);
    }
  }

  private disconnect(doc: Y.Doc, link: Link): void {
    link.stop();
    link.provider.destroy();
    this.links.delete(doc);
    this.update();
  }

  private connect(doc: Y.Doc): void {
    if (this.isDestroyed || this.links.has(doc)) return;
    const part = this.docs.partOf(doc);
    if (!part || !this.receives(part)) return;
    const provider = new WebsocketProvider(this.options.serverUrl, roomName(this.options.roomId, part), doc, {
      params: { key: this.options.key },
      // Tabs of one browser must not sync with each other behind the server's back (roles).
      disableBc: true,
      ...(this.options.WebSocketPolyfill ? { WebSocketPolyfill: this.options.WebSocketPolyfill } : {}),
    });
    // A change from the server while in step moves "last synced" on.
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin === provider && this.isAllSynced()) this.update(true);
    };
    const link: Link = {
      provider,
      isOpen: false,
      isSynced: false,
      hasFailed: false,
      closeCode: null,
      closeReason: null,
      isMissing: false,
      isListedHere: false,
      stop: () => doc.off('update', onUpdate),
    };
    this.links.set(doc, link);
    // Presence travels with the control document only: one awareness per device is enough.
    if (part === 'control') this.watchPresence(provider.awareness);
    else provider.awareness.setLocalState(null);

    provider.on('status', ({ status }) => {
      link.isOpen = status === 'connected';
      if (link.isOpen) {
        link.hasFailed = false;
        link.closeCode = null;
        link.closeReason = null;
        link.isMissing = false;
      }
      if (status === 'disconnected') link.hasFailed = true;
      this.update();
    });
    provider.on('connection-close', () => {
      link.isOpen = false;
      link.isSynced = false;
      link.hasFailed = true;
      this.update();
    });
    provider.on('connection-error', () => {
      link.hasFailed = true;
      this.update();
    });
    provider.on('closed', ({ code, reason }) => {
      // Another organisation's pieces or cards, hidden (again) by the facilitator: let go until they are shown.
      if (code === PIECES_HIDDEN) {
        this.disconnect(doc, link);
        return;
      }
      const organisationId = organisationOfPart(part);
      if (organisationId !== null && code === ORGANISATION_UNKNOWN) {
        link.isMissing = true;
        link.isListedHere = this.isListedHere(organisationId);
        this.update();
        return;
      }
      link.closeCode = code;
      link.closeReason = reason;
      this.update();
    });
    provider.on('sync', (isSynced) => {
      link.isSynced = isSynced;
      this.update();
      // The setup is in step with the server: an organisation it lists is one the server lists.
      if (isSynced && part === 'setup') this.retryMissing(true);
    });
    doc.on('update', onUpdate);
    this.cleanups.push(link.stop);
    this.update();
  }

  private isListedHere(organisationId: string): boolean {
    return readOrganisations(this.docs).some((organisation) => organisation.id === organisationId);
  }

  /**
   * Asks again for the organisation documents the server refused (4404), no timer involved: when this
   * device's setup starts listing the organisation (the facilitator added it again, or the change reached
   * this device), or, with `isSetupSynced`, whenever the setup is in step with the server and lists it.
   */
  private retryMissing(isSetupSynced: boolean): void {
    for (const [doc, link] of this.links) {
      if (!link.isMissing || this.isDestroyed) continue;
      const organisationId = organisationOfPart(this.docs.partOf(doc) ?? 'setup');
      if (organisationId === null) continue;
      const wasListed = link.isListedHere;
      link.isListedHere = this.isListedHere(organisationId);
      if (link.isListedHere && (isSetupSynced || !wasListed) && !this.isNetworkDown) link.provider.connect();
    }
  }

  /**
   * A tablet that leaves the Wi-Fi says so at once (`offline`), while its sockets may take many
   * seconds to notice. Dropping them then shows "Offline" straight away and keeps edits local until
   * the device is back (`online`), when every document reconnects and merges.
   */
  private watchNetwork(target: EventTarget | null): void {
    if (!target) return;
    const onOffline = () => {
      this.isNetworkDown = true;
      for (const link of this.links.values()) link.provider.disconnect();
      this.update();
    };
    const onOnline = () => {
      this.isNetworkDown = false;
      for (const link of this.links.values()) if (link.closeCode === null) link.provider.connect();
      this.update();
    };
    target.addEventListener('offline', onOffline);
    target.addEventListener('online', onOnline);
    this.cleanups.push(() => {
      target.removeEventListener('offline', onOffline);
      target.removeEventListener('online', onOnline);
    });
  }

  private watchPresence(awareness: Awareness): void {
    awareness.setLocalState(this.localPresence);
    awareness.on('change', () => {
      this.peers = [...awareness.getStates()]
        .filter(([clientId]) => clientId !== awareness.clientID)
        .map(([clientId, state]) => parsePresence(clientId, state))
        .filter((peer): peer is PeerPresence => peer !== null);
      for (const listener of this.presenceListeners) listener();
    });
  }

  private presenceAwareness(): Awareness | undefined {
    return this.links.get(this.docs.control)?.provider.awareness;
  }

  /**
   * Every document is in step. An organisation's document the server refused (4404) does not count: there
   * is nothing to be in step with.
   */
  private isAllSynced(): boolean {
    const links = [...this.links.values()].filter((link) => !link.isMissing);
    return links.length > 0 && links.every((link) => link.isOpen && link.isSynced);
  }

  private update(hasNews = false): void {
    const links = [...this.links.values()];
    const refused = links.find((link) => link.closeCode !== null);
    const isSynced = this.isAllSynced();
    const status: LinkStatus = refused
      ? 'refused'
      : this.isNetworkDown
        ? 'offline'
        : isSynced
        ? 'connected'
        : links.some((link) => link.hasFailed && !link.isOpen && !link.isMissing)
          ? 'offline'
          : 'connecting';
    const lastSyncedAt = isSynced && (hasNews || this.state.status !== 'connected') ? this.now() : this.state.lastSyncedAt;
    const closeCode = refused?.closeCode ?? null;
    const closeReason = refused?.closeReason ?? null;
    const isSame = status === this.state.status && lastSyncedAt === this.state.lastSyncedAt && closeCode === this.state.closeCode;
    if (isSame && closeReason === this.state.closeReason) return;
    this.state = { status, lastSyncedAt, closeCode, closeReason };
    for (const listener of this.listeners) listener();
  }
}
