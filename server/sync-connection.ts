import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import { admitAwarenessEntries, decodeAwarenessUpdate, encodeAwarenessEntries, type AwarenessEntry } from './awareness-guard.ts';
import { MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS, MESSAGE_SYNC, type LiveDoc, type Peer } from './live-docs.ts';
import type { Result } from '../src/domain/result.ts';
import { TOO_MANY_CONNECTIONS } from './connection-caps.ts';
import type { WriteChanges } from '../src/domain/write-check.ts';
import { organisationOfPart, type DocPart } from '../src/domain/workshop-doc.ts';
import type { Role } from './rooms.ts';

/** How the server judges a write to one room document (see SyncServer's RoomHold). */
export interface WriteGuard {
  readonly maxBytes: number;
  check(doc: Y.Doc, changes: WriteChanges): Result<true>;
}

/** WebSocket close codes. y-websocket 3 does not reconnect after 4400–4499. See server/PROTOCOL.md. */
export const CLOSE_CODES = {
  malformed: 4400,
  keyWrong: 4401,
  readOnly: 4403,
  unknown: 4404,
  /** A write that does not read back whole through the records' schemas, or breaks a rule of the game. */
  refused: 4422,
  /** Another organisation's pieces or cards before they are shown (or after the facilitator hid them again). */
  hidden: 4423,
  /** Too many connections (server/connection-caps.ts), or too many messages on one. */
  tooMany: TOO_MANY_CONNECTIONS,
  /** The facilitator ended the room. */
  ended: 4410,
  /** The room expired: nobody was connected for its time to live. */
  expired: 4411,
  goingAway: 1001,
} as const;

/** An awareness update with no clients: a valid message that changes nothing, for idle documents. */
const EMPTY_AWARENESS_MESSAGE = new Uint8Array([MESSAGE_AWARENESS, 1, 0]);

/** Messages a client may send before its document has loaded; more is a flood, not a sync. */
const MAX_QUEUED_MESSAGES = 256;

/**
 * How many messages a connection may send: a burst, then so many a second. A tablet
 * dragging a piece sends its presence about 30 times a second and a change now and then; a flood beyond
 * this is closed (4429) rather than let slow the room down for everyone.
 */
export interface MessageRate {
  burst: number;
  perSecond: number;
}
export const MESSAGE_RATE: MessageRate = { burst: 400, perSecond: 100 };

/** A connection that has sent this much without reading it is dead or hostile. */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;

/** y-websocket drops a connection that received nothing for 30 s; an idle document must still say something. */
export const KEEP_ALIVE_MS = 10_000;
/** A peer heard from within this long is alive; after that it is pinged, and dropped if it stays silent as long again. */
export const LIVENESS_MS = 30_000;

/** Which documents a role may change: the permission boundaries of docs/architecture.md. */
export function mayWrite(role: Role, part: string): boolean {
  switch (role.kind) {
    case 'facilitator':
      // The tally is the server's own count.
      return part !== 'tally';
    case 'participant':
      return part !== 'tally' && organisationOfPart(part as DocPart) === role.organisationId;
    case 'projector':
      return false;
  }
}

class ReadOnlyViolation extends Error {}

/** A write the guard refused; the close reason is the problem's code, for the device to explain. */
class RefusedWrite extends Error {}

/** Whether y-protocols would apply the entry: a newer clock, or a removal of a present state at the same clock. */
function changesAwareness(awareness: awarenessProtocol.Awareness, entry: AwarenessEntry): boolean {
  const known = awareness.meta.get(entry.clientId);
  if (!known) return true;
  return known.clock < entry.clock || (known.clock === entry.clock && entry.state === null && awareness.states.has(entry.clientId));
}

/**
 * One WebSocket speaking y-websocket for one room document. Messages that arrive while the document is
 * still loading from disk are queued and handled in order once it is there.
 */
export class SyncConnection implements Peer {
  private live: LiveDoc | null = null;
  private readonly queued: Uint8Array[] = [];
  private readonly ownedAwareness = new Set<number>();
  private closed = false;
  /** The messages it may still send now (refilled at `rate.perSecond` up to `rate.burst`). */
  private allowance: number;
  private allowanceAt = Date.now();
  readonly isWritable: boolean;
  /**
   * When the server last sent to this peer and last heard from it (ms, Date.now()). Both start back-dated
   * by a random share of their period, so thousands of connections opened together do not all get their
   * keep-alive or ping in the same tick (the old fixed 10 s loop sent 3,600 messages at once under the bench).
   */
  private lastSentAt: number;
  private lastHeardAt: number;
  private pingSentAt: number | null = null;

  constructor(
    private readonly socket: WebSocket,
    readonly roomId: string,
    readonly part: string,
    readonly role: Role,
    private readonly guard: WriteGuard,
    private readonly onClosed: (connection: SyncConnection, live: LiveDoc | null) => void,
    private readonly rate: MessageRate = MESSAGE_RATE,
  ) {
    this.allowance = rate.burst;
    this.isWritable = mayWrite(role, part);
    const now = Date.now();
    this.lastSentAt = now - Math.random() * KEEP_ALIVE_MS;
    this.lastHeardAt = now - Math.random() * LIVENESS_MS;
    socket.on('message', (data, isBinary) => this.receive(data, isBinary));
    socket.on('pong', () => this.heard());
    socket.on('close', () => this.finish());
    // Oversized or broken frames: `ws` closes the socket itself (1009, 1002, 1007) and reports it here.
    socket.on('error', () => this.finish());
  }

  /** Whether the connection has its document (it is opening until then). */
  get isAttached(): boolean {
    return this.live !== null;
  }

  /** Called once the document is loaded: the y-websocket greeting, then whatever arrived meanwhile. */
  attach(live: LiveDoc): void {
    if (this.closed) {
      this.onClosed(this, live);
      return;
    }
    this.live = live;
    live.peers.add(this);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(encoder, live.doc);
    this.send(encoding.toUint8Array(encoder));
    const present = [...live.awareness.getStates().keys()];
    if (present.length > 0) this.send(live.awarenessMessage(present));
    for (const message of this.queued.splice(0)) this.handle(message);
  }

  send(message: Uint8Array): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.socket.terminate();
      return;
    }
    this.socket.send(message);
    this.lastSentAt = Date.now();
  }

  close(code: number, reason: string): void {
    if (this.socket.readyState === this.socket.OPEN || this.socket.readyState === this.socket.CONNECTING) {
      this.socket.close(code, reason);
    }
    this.finish();
  }

  /**
   * The server's sweep (about once a second): a keep-alive only where nothing was sent for KEEP_ALIVE_MS
   * (a busy document needs none), a ping only to a peer silent for LIVENESS_MS, and the end for one that
   * did not answer that ping either.
   */
  tick(now: number): void {
    if (this.closed) return;
    if (this.live && now - this.lastSentAt >= KEEP_ALIVE_MS) this.send(EMPTY_AWARENESS_MESSAGE);
    if (now - this.lastHeardAt < LIVENESS_MS) return;
    if (this.pingSentAt === null) {
      this.pingSentAt = now;
      this.socket.ping();
    } else if (now - this.pingSentAt >= LIVENESS_MS) {
      this.socket.terminate();
    }
  }

  private heard(): void {
    this.lastHeardAt = Date.now();
    this.pingSentAt = null;
  }

  private receive(data: unknown, isBinary: boolean): void {
    if (this.closed) return;
    this.heard();
    if (!isBinary || !Buffer.isBuffer(data)) {
      this.close(CLOSE_CODES.malformed, 'binary frames only');
      return;
    }
    if (!this.spendAllowance()) {
      this.close(CLOSE_CODES.tooMany, 'too many messages');
      return;
    }
    const message = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (this.live) this.handle(message);
    else if (this.queued.length < MAX_QUEUED_MESSAGES) this.queued.push(message);
    else this.close(CLOSE_CODES.malformed, 'too many messages before sync');
  }

  private spendAllowance(): boolean {
    const now = Date.now();
    this.allowance = Math.min(this.rate.burst, this.allowance + ((now - this.allowanceAt) / 1000) * this.rate.perSecond);
    this.allowanceAt = now;
    if (this.allowance < 1) return false;
    this.allowance -= 1;
    return true;
  }

  private handle(message: Uint8Array): void {
    if (this.closed) return;
    try {
      this.handleMessage(message);
    } catch (error) {
      if (error instanceof ReadOnlyViolation) this.close(CLOSE_CODES.readOnly, 'read-only document');
      else if (error instanceof RefusedWrite) this.close(CLOSE_CODES.refused, error.message);
      else this.close(CLOSE_CODES.malformed, 'malformed message');
    }
  }

  private handleMessage(message: Uint8Array): void {
    const live = this.live!;
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE_SYNC:
        this.handleSync(live, decoder);
        return;
      case MESSAGE_AWARENESS:
        this.handleAwareness(live, decoding.readVarUint8Array(decoder));
        return;
      case MESSAGE_QUERY_AWARENESS:
        this.send(live.awarenessMessage([...live.awareness.getStates().keys()]));
        return;
      default:
        throw new Error(`unknown message type ${type}`);
    }
  }

  private handleSync(live: LiveDoc, decoder: decoding.Decoder): void {
    const kind = decoding.readVarUint(decoder);
    switch (kind) {
      case syncProtocol.messageYjsSyncStep1: {
        const stateVector = decoding.readVarUint8Array(decoder);
        const reply = encoding.createEncoder();
        encoding.writeVarUint(reply, MESSAGE_SYNC);
        syncProtocol.writeSyncStep2(reply, live.doc, stateVector);
        const message = encoding.toUint8Array(reply);
        const stored = live.whenStored();
        if (stored) void stored.then(() => this.send(message));
        else this.send(message);
        return;
      }
      case syncProtocol.messageYjsSyncStep2:
      case syncProtocol.messageYjsUpdate:
        this.applyUpdate(live, decoding.readVarUint8Array(decoder));
        return;
      default:
        throw new Error(`unknown sync message ${kind}`);
    }
  }

  /**
   * A writer's update is decoded in full first (a malformed one throws before anything is applied),
   * then tried on a copy of the document and checked (src/domain/write-check.ts); only a write that
   * reads back whole is applied, and the document broadcasts and stores it. A refused one is neither
   * stored nor sent on, and the connection closes with 4422 and the reason. On a read-only connection
   * an update that holds nothing the server lacks is the normal end of a sync and is ignored; anything
   * more is refused.
   */
  private applyUpdate(live: LiveDoc, update: Uint8Array): void {
    if (!this.isWritable) {
      if (!Y.snapshotContainsUpdate(Y.snapshot(live.doc), update)) throw new ReadOnlyViolation();
      return;
    }
    Y.decodeUpdate(update);
    const verdict = live.applyChecked(update, this, this.guard.maxBytes, (doc, changes) => this.guard.check(doc, changes));
    if (!verdict.ok) throw new RefusedWrite(verdict.problem.code);
  }

  /**
   * y-websocket clients send every awareness change they receive back to the server (30 echoes of each
   * change on control). An echo changes nothing here, so it is dropped before the guard: it must not make
   * this connection the owner of another device's presence, nor use up its client ids.
   */
  private handleAwareness(live: LiveDoc, update: Uint8Array): void {
    // A presence another open connection set is that device's own: nobody else may change or remove it.
    const entries = decodeAwarenessUpdate(update).entries.filter((entry) => {
      const owner = live.awarenessOwners.get(entry.clientId);
      return (owner === undefined || owner === this) && changesAwareness(live.awareness, entry);
    });
    if (entries.length === 0) return;
    const admitted = admitAwarenessEntries(entries, this.role, this.ownedAwareness);
    if (admitted.length === 0) return;
    for (const entry of admitted) live.awarenessOwners.set(entry.clientId, this);
    awarenessProtocol.applyAwarenessUpdate(live.awareness, encodeAwarenessEntries(admitted), this);
  }

  private finish(): void {
    if (this.closed) return;
    this.closed = true;
    const live = this.live;
    if (live) {
      const mine = [...this.ownedAwareness].filter((clientId) => live.awarenessOwners.get(clientId) === this);
      for (const clientId of mine) live.awarenessOwners.delete(clientId);
      if (mine.length > 0) awarenessProtocol.removeAwarenessStates(live.awareness, mine, null);
    }
    this.onClosed(this, live);
  }
}
