import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { ConnectionCaps, TOO_MANY_CONNECTIONS } from './connection-caps.ts';
import type { Organisation } from '../src/domain/organisation.ts';
import type { LiveDoc, LiveDocs } from './live-docs.ts';
import { roleForKey, type EndReason, type Hold, type Role, type RoomRegistry } from './rooms.ts';
import { organisationsIn, RoomHold } from './room-hold.ts';
import { organisationOfPart, type DocPart } from '../src/domain/workshop-doc.ts';
import { CLOSE_CODES, MESSAGE_RATE, SyncConnection, type MessageRate } from './sync-connection.ts';

/** Larger messages are refused by `ws` (close 1009) before they reach Yjs. */
export const MAX_MESSAGE_BYTES = 1024 * 1024;
/** How often the sweep looks at every connection for keep-alives and pings (see SyncConnection.tick). */
const SWEEP_MS = 1000;
/**
 * How long a connection to an organisation the room's setup does not list waits for it to appear before
 * it is refused: the facilitator's device sends a new organisation on one connection and opens its
 * document on another, and after a reconnect either may come first (y-websocket retries within 2.5 s).
 */
export const ORGANISATION_WAIT_MS = 10_000;

export interface SyncTarget {
  roomId: string;
  /** `setup`, `control`, `tally`, or an organisation's `org/<orgId>`, `pieces/<orgId>`, `cards/<orgId>`. */
  part: string;
}

/**
 * `/sync/<roomId>/<part>`: the y-websocket provider appends the room name to its server URL as it is, so
 * the organisation's slash arrives raw (`org/abc`) or, if the app encoded it, as `org%2Fabc`.
 */
export function parseSyncPath(pathname: string): SyncTarget | null {
  if (!pathname.startsWith('/sync/')) return null;
  let rest: string;
  try {
    rest = decodeURIComponent(pathname.slice('/sync/'.length));
  } catch {
    return null;
  }
  const match = /^([A-Za-z0-9_-]{1,64})\/(setup|control|tally|(?:org|pieces|cards)\/[A-Za-z0-9_-]{1,64})$/.exec(rest);
  return match ? { roomId: match[1]!, part: match[2]! } : null;
}

/** The organisation an organisation's document belongs to, or null for `setup`, `control` and `tally`. */
function organisationOf(part: string): string | null {
  return organisationOfPart(part as DocPart);
}

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * The WebSocket side of the server: checks origin, room, key and document for each connection, then
 * hands it to a SyncConnection on the room document.
 */
export class SyncServer {
  private readonly sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  private readonly connections = new Set<SyncConnection>();
  /** The documents of each room with a connection (see RoomHold). */
  private readonly holds = new Map<string, RoomHold>();
  private readonly sweep: ReturnType<typeof setInterval>;

  constructor(
    private readonly rooms: RoomRegistry,
    private readonly docs: LiveDocs,
    private readonly isOriginAllowed: (request: IncomingMessage) => boolean,
    private readonly caps = new ConnectionCaps(),
    private readonly organisationWaitMs = ORGANISATION_WAIT_MS,
    private readonly messageRate: MessageRate = MESSAGE_RATE,
  ) {
    this.sweep = setInterval(() => {
      const now = Date.now();
      for (const connection of this.connections) connection.tick(now);
    }, SWEEP_MS);
    this.sweep.unref();
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => socket.destroy());
    const url = new URL(request.url ?? '/', 'http://x');
    if (!url.pathname.startsWith('/sync/')) {
      refuseUpgrade(socket, 404, 'Not Found');
      return;
    }
    if (!this.isOriginAllowed(request)) {
      refuseUpgrade(socket, 403, 'Forbidden');
      return;
    }
    this.sockets.handleUpgrade(request, socket, head, (webSocket) => {
      this.accept(webSocket, parseSyncPath(url.pathname), url.searchParams.get('key') ?? '', request.socket.remoteAddress ?? '');
    });
  }

  /** Refusals happen after the upgrade, as close codes: a browser cannot read an upgrade's HTTP status. */
  private accept(webSocket: WebSocket, target: SyncTarget | null, key: string, address: string): void {
    // `ws` closes the socket itself on a broken frame (with the right code); the listener keeps the
    // error from being thrown.
    webSocket.on('error', () => undefined);
    if (!target) {
      webSocket.close(CLOSE_CODES.malformed, 'bad path');
      return;
    }
    const room = this.rooms.get(target.roomId);
    if (!room) {
      const ended = this.rooms.endedReason(target.roomId);
      if (ended) webSocket.close(ended === 'ended' ? CLOSE_CODES.ended : CLOSE_CODES.expired, `room ${ended}`);
      else webSocket.close(CLOSE_CODES.unknown, 'unknown room');
      return;
    }
    const role = roleForKey(room, key);
    if (!role) {
      webSocket.close(CLOSE_CODES.keyWrong, 'wrong key');
      return;
    }
    if (!this.takePlace(webSocket, address, room.roomId, role)) return;
    const hold = this.holdOf(room.roomId);
    const connection = new SyncConnection(webSocket, room.roomId, target.part, role, hold.guardFor(target.part, role), (closed, live) =>
      this.forget(closed, live),
      this.messageRate,
    );
    this.connections.add(connection);
    hold.connections.add(connection);
    this.open(connection, hold).catch(() => connection.close(1011, 'storage error'));
  }

  /**
   * Once the room's documents are loaded: a tablet whose organisation the setup does not list is refused
   * (4401), and so is a document of an organisation it does not list (4404), each after waiting a moment
   * for the setup to catch up (ORGANISATION_WAIT_MS).
   */
  private async open(connection: SyncConnection, hold: RoomHold): Promise<void> {
    await hold.load();
    const { role, part } = connection;
    if (role.kind === 'participant' && !(await hold.whenListed(role.organisationId, this.organisationWaitMs))) {
      connection.close(CLOSE_CODES.keyWrong, 'organisation not in the room');
      return;
    }
    const organisationId = organisationOf(part);
    if (organisationId !== null && !(await hold.whenListed(organisationId, this.organisationWaitMs))) {
      connection.close(CLOSE_CODES.unknown, 'unknown organisation');
      return;
    }
    if (!hold.mayReceive(part, role)) {
      connection.close(CLOSE_CODES.hidden, 'hidden until the reveal');
      return;
    }
    connection.attach(await this.docs.acquire(`${connection.roomId}/${part}`));
  }

  /** The caps on open connections per address and per room; the place is given back when the socket closes. */
  private takePlace(webSocket: WebSocket, address: string, roomId: string, role: Role): boolean {
    const place = this.caps.admit(address, roomId, role);
    if (place === 'address' || place === 'room') {
      webSocket.close(TOO_MANY_CONNECTIONS, place === 'address' ? 'too many connections from this address' : 'room full');
      return false;
    }
    webSocket.once('close', () => place.release());
    return true;
  }

  private holdOf(roomId: string): RoomHold {
    let hold = this.holds.get(roomId);
    if (!hold) {
      hold = new RoomHold(
        roomId,
        this.docs,
        (removed) => this.organisationsRemoved(roomId, removed),
        () => this.piecesHidden(roomId),
      );
      this.holds.set(roomId, hold);
    }
    return hold;
  }

  /** Called again for a connection that closed before its document was attached: then it only lets go of the document. */
  private forget(connection: SyncConnection, live: LiveDoc | null): void {
    if (live) this.docs.release(live, connection);
    if (!this.connections.delete(connection)) return;
    const hold = this.holds.get(connection.roomId);
    if (!hold) return;
    hold.connections.delete(connection);
    if (hold.connections.size === 0) {
      this.holds.delete(connection.roomId);
      hold.release();
    }
  }

  /**
   * Organisations were taken out of the room's setup: their devices lose their holds (the keys stop
   * working, their connections close with 4401), and connections to their documents close (4404).
   */
  private organisationsRemoved(roomId: string, removed: string[]): void {
    const room = this.rooms.get(roomId);
    if (room) this.rooms.releaseHolds(room, (hold) => removed.includes(hold.organisationId));
    for (const connection of [...this.connections]) {
      if (connection.roomId !== roomId) continue;
      if (connection.role.kind === 'participant' && removed.includes(connection.role.organisationId)) {
        connection.close(CLOSE_CODES.keyWrong, 'organisation removed');
      } else if (connection.isAttached && removed.includes(organisationOf(connection.part) ?? '')) {
        connection.close(CLOSE_CODES.unknown, 'organisation removed');
      }
    }
  }

  /**
   * The facilitator hid the pieces or the cards again: the devices that received another organisation's
   * since they were shown stop receiving them (their connections close with 4423; the app lets go itself).
   */
  private piecesHidden(roomId: string): void {
    const hold = this.holds.get(roomId);
    for (const connection of [...this.connections]) {
      if (connection.roomId === roomId && hold && !hold.mayReceive(connection.part, connection.role)) {
        connection.close(CLOSE_CODES.hidden, 'hidden again');
      }
    }
  }

  /** Closes the connections of holds that were released (4401): the device's key no longer works. */
  closeHolds(roomId: string, holds: Hold[]): void {
    for (const connection of [...this.connections]) {
      const { role } = connection;
      if (connection.roomId !== roomId || role.kind !== 'participant') continue;
      if (holds.some((hold) => hold.organisationId === role.organisationId && hold.deviceId === role.deviceId)) {
        connection.close(CLOSE_CODES.keyWrong, 'hold released');
      }
    }
  }

  /** Which holds have a connection open now, as `<organisationId>/<deviceId>`. */
  connectedHolds(roomId: string): Set<string> {
    const connected = new Set<string>();
    for (const { roomId: id, role } of this.connections) {
      if (id === roomId && role.kind === 'participant') connected.add(`${role.organisationId}/${role.deviceId}`);
    }
    return connected;
  }

  /**
   * The room's organisations from its setup document: from the hold while devices are connected, else
   * loaded for the moment (it leaves memory again after the unload delay).
   */
  async organisations(roomId: string): Promise<Organisation[]> {
    const hold = this.holds.get(roomId);
    if (hold) {
      await hold.load();
      return hold.organisations();
    }
    const reader = { send: () => undefined };
    const live = await this.docs.acquire(`${roomId}/setup`);
    try {
      return organisationsIn(live.doc);
    } finally {
      this.docs.release(live, reader);
    }
  }

  /** Whether any device is connected to the room (such a room never expires). */
  hasConnections(roomId: string): boolean {
    for (const connection of this.connections) if (connection.roomId === roomId) return true;
    return false;
  }

  /** Closes every connection to a room that has ended (4410) or expired (4411). */
  closeRoom(roomId: string, reason: EndReason): void {
    const code = reason === 'ended' ? CLOSE_CODES.ended : CLOSE_CODES.expired;
    for (const connection of [...this.connections]) {
      if (connection.roomId === roomId) connection.close(code, `room ${reason}`);
    }
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  close(): void {
    clearInterval(this.sweep);
    for (const connection of this.connections) connection.close(CLOSE_CODES.goingAway, 'server stopping');
    this.sockets.close();
  }
}
