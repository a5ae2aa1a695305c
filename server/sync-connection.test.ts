import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebSocket } from 'ws';
import type { DocStorage } from './doc-storage.ts';
import { LiveDoc } from './live-docs.ts';
import { KEEP_ALIVE_MS, LIVENESS_MS, SyncConnection } from './sync-connection.ts';

/**
 * The keep-alive and liveness sweep of one connection (SyncConnection.tick), on a stand-in socket and a
 * clock the test moves: these periods are 10 and 30 seconds, too long to wait for on a real socket.
 */

/** What the connection does to its socket. */
class FakeSocket extends EventEmitter {
  readonly OPEN = 1;
  readonly CONNECTING = 0;
  readyState = 1;
  bufferedAmount = 0;
  readonly sent: Uint8Array[] = [];
  pings = 0;
  terminated = false;
  send(message: Uint8Array): void {
    this.sent.push(message);
  }
  ping(): void {
    this.pings++;
  }
  terminate(): void {
    this.terminated = true;
  }
  close(): void {
    this.readyState = 3;
  }
}

const KEEP_ALIVE = [1, 1, 0];
const start = new Date('2026-11-22T12:00:00Z').getTime();

function openConnection(): { socket: FakeSocket; connection: SyncConnection } {
  const socket = new FakeSocket();
  const connection = new SyncConnection(socket as unknown as WebSocket, 'room', 'control', { kind: 'projector' }, { maxBytes: 1 << 20, check: () => ({ ok: true, value: true }) }, () => undefined);
  connection.attach(new LiveDoc('room/control', {} as DocStorage, new Uint8Array([0, 0])));
  socket.sent.length = 0;
  return { socket, connection };
}

/** Moves the clock to `ms` after the start and runs the sweep there. */
function tickAt(connection: SyncConnection, ms: number): void {
  vi.setSystemTime(start + ms);
  connection.tick(start + ms);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(start);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('keep-alive', () => {
  it('says something to a peer only after KEEP_ALIVE_MS of silence', () => {
    const { socket, connection } = openConnection();
    tickAt(connection, KEEP_ALIVE_MS - 1);
    expect(socket.sent).toEqual([]);
    tickAt(connection, KEEP_ALIVE_MS);
    expect(socket.sent.map((message) => [...message])).toEqual([KEEP_ALIVE]);
  });

  it('sends none on a busy document: every message resets the wait', () => {
    const { socket, connection } = openConnection();
    for (let second = 1; second <= 30; second++) {
      vi.setSystemTime(start + second * 1000 - 500);
      connection.send(new Uint8Array([0, 2, 0]));
      tickAt(connection, second * 1000);
    }
    expect(socket.sent.filter((message) => message.length === 3 && message[0] === 1)).toEqual([]);
  });
});

describe('liveness', () => {
  it('pings a silent peer and drops it when the ping stays unanswered', () => {
    const { socket, connection } = openConnection();
    tickAt(connection, LIVENESS_MS);
    expect(socket.pings).toBe(1);
    tickAt(connection, LIVENESS_MS + 1000);
    expect(socket.pings).toBe(1);
    tickAt(connection, 2 * LIVENESS_MS - 1);
    expect(socket.terminated).toBe(false);
    tickAt(connection, 2 * LIVENESS_MS);
    expect(socket.terminated).toBe(true);
  });

  it('keeps a peer that answers the ping, and never pings one that keeps talking', () => {
    const { socket, connection } = openConnection();
    tickAt(connection, LIVENESS_MS);
    socket.emit('pong');
    tickAt(connection, 2 * LIVENESS_MS - 1);
    expect(socket.terminated).toBe(false);
    expect(socket.pings).toBe(1);

    for (let second = 61; second <= 150; second++) {
      vi.setSystemTime(start + second * 1000 - 500);
      socket.emit('message', Buffer.from([1, 1, 0]), true);
      tickAt(connection, second * 1000);
    }
    expect(socket.pings).toBe(1);
    expect(socket.terminated).toBe(false);
  });
});
