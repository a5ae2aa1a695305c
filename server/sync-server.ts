import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { ConnectionCaps, TOO_MANY_CONNECTIONS } from './connection-caps.ts';
import type { Role } from './rooms.ts';
import type { LiveDoc, LiveDocs } from './live-docs.ts';
import { roleForKey, type EndReason, type Room, type RoomRegistry } from './rooms.ts';
import { RoomHold } from './room-hold.ts';
import { CLOSE_CODES, MESSAGE_RATE, SyncConnection, type MessageRate } from './sync-connection.ts';

/** Larger messages are refused by `ws` (close 1009) before they reach Yjs. */
export const MAX_MESSAGE_BYTES = 1024 * 1024;
/** How often the sweep looks at every connection for keep-alives and pings (see SyncConnection.tick). */
const SWEEP_MS = 1000;

export interface SyncTarget {
  roomId: string;
  /** `setup`, `control` or `org/<orgId>`. */
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
  const match = /^([A-Za-z0-9_-]{1,64})\/(setup|control|org\/[A-Za-z0-9_-]{1,64})$/.exec(rest);
  return match ? { roomId: match[1]!, part: match[2]! } : null;
}

/** The organisation an `org/<id>` part belongs to, or null for `setup` and `control`. */
function organisationOf(part: string): string | null {
  return part.startsWith('org/') ? part.slice('org/'.length) : null;
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
    if (!this.isPartOfRoom(room, target.part)) {
      webSocket.close(CLOSE_CODES.unknown, 'unknown organisation');
      return;
    }
    const hold = this.holdOf(room.roomId);
    hold.connectionCount += 1;
    const connection = new SyncConnection(webSocket, room.roomId, target.part, role, hold.guardFor(target.part, role), (closed, live) =>
      this.forget(closed, live),
      this.messageRate,
    );
    this.connections.add(connection);
    hold
      .load(room)
      .then(() => this.docs.acquire(`${room.roomId}/${target.part}`))
      .then(
        (live) => connection.attach(live),
        () => connection.close(1011, 'storage error'),
      );
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

  private isPartOfRoom(room: Room, part: string): boolean {
    const organisationId = organisationOf(part);
    return organisationId === null || room.organisations.some((organisation) => organisation.id === organisationId);
  }

  private holdOf(roomId: string): RoomHold {
    let hold = this.holds.get(roomId);
    if (!hold) {
      hold = new RoomHold(roomId, this.docs);
      this.holds.set(roomId, hold);
    }
    return hold;
  }

  private forget(connection: SyncConnection, live: LiveDoc | null): void {
    this.connections.delete(connection);
    if (live) this.docs.release(live, connection);
    const hold = this.holds.get(connection.roomId);
    if (hold && --hold.connectionCount <= 0) {
      this.holds.delete(connection.roomId);
      hold.release();
    }
  }

  /** After the organisation list changed: connections of organisations no longer in the room end. */
  enforceRoom(room: Room): void {
    const hold = this.holds.get(room.roomId);
    if (hold) {
      hold.forgetRemoved(room);
      void hold.load(room).catch(() => undefined);
    }
    for (const connection of this.connections) {
      if (connection.roomId !== room.roomId) continue;
      if (connection.role.kind === 'participant' && !this.isPartOfRoom(room, `org/${connection.role.organisationId}`)) {
        connection.close(CLOSE_CODES.keyWrong, 'organisation removed');
      } else if (!this.isPartOfRoom(room, connection.part)) {
        connection.close(CLOSE_CODES.unknown, 'organisation removed');
      }
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
