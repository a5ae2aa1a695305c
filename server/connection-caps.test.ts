import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ConnectionCaps, isLoopbackAddress, TOO_MANY_CONNECTIONS } from './connection-caps.ts';
import type { Role } from './rooms.ts';
import { createRoom, participantKey, startTestServer, type TestServer } from '../tests/support/test-server.ts';

const PARTICIPANT: Role = { kind: 'participant', organisationId: 'skolen', deviceId: 'd1' };
const FACILITATOR: Role = { kind: 'facilitator' };
const capped = { isUncapped: () => false };

describe('ConnectionCaps', () => {
  it('refuses the connection past the cap per address, and takes one again when a place is given back', () => {
    const caps = new ConnectionCaps({ perAddress: 2, perRoom: 100, ...capped });
    const first = caps.admit('10.0.0.5', 'room-a', PARTICIPANT);
    const second = caps.admit('10.0.0.5', 'room-b', PARTICIPANT);
    expect(caps.admit('10.0.0.5', 'room-c', FACILITATOR)).toBe('address');
    expect(caps.admit('10.0.0.6', 'room-a', PARTICIPANT)).not.toBeTypeOf('string');
    if (typeof first === 'string' || typeof second === 'string') throw new Error('refused');
    first.release();
    first.release();
    expect(caps.count({ address: '10.0.0.5' })).toBe(1);
    expect(caps.admit('10.0.0.5', 'room-c', PARTICIPANT)).not.toBeTypeOf('string');
  });

  it('refuses past the cap per room, except the facilitator', () => {
    const caps = new ConnectionCaps({ perAddress: 100, perRoom: 2, ...capped });
    caps.admit('10.0.0.1', 'room', PARTICIPANT);
    caps.admit('10.0.0.2', 'room', { kind: 'projector' });
    expect(caps.admit('10.0.0.3', 'room', PARTICIPANT)).toBe('room');
    expect(caps.admit('10.0.0.3', 'other-room', PARTICIPANT)).not.toBeTypeOf('string');
    expect(caps.admit('10.0.0.4', 'room', FACILITATOR)).not.toBeTypeOf('string');
    expect(caps.count({ roomId: 'room' })).toBe(3);
  });

  it('counts an IPv4 address the same however the socket wrote it', () => {
    const caps = new ConnectionCaps({ perAddress: 1, perRoom: 100, ...capped });
    caps.admit('::ffff:10.0.0.5', 'room', PARTICIPANT);
    expect(caps.admit('10.0.0.5', 'room', PARTICIPANT)).toBe('address');
  });

  it('does not cap loopback per address by default (the server’s own machine, or a proxy on it)', () => {
    const caps = new ConnectionCaps({ perAddress: 1, perRoom: 100 });
    for (let index = 0; index < 5; index++) expect(caps.admit('127.0.0.1', 'room', PARTICIPANT)).not.toBeTypeOf('string');
    expect(caps.admit('192.168.1.30', 'room', PARTICIPANT)).not.toBeTypeOf('string');
    expect(caps.admit('192.168.1.30', 'room', PARTICIPANT)).toBe('address');
  });

  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['192.168.1.20', false],
    ['::ffff:192.168.1.20', false],
    ['1270.0.0.1', false],
  ])('%s is loopback: %s', (address, expected) => {
    expect(isLoopbackAddress(address)).toBe(expected);
  });
});

/*
 * The real server with small caps. Other client addresses are made by binding the client's socket to
 * other loopback addresses (127.0.0.2, 127.0.0.3), which the tests count like LAN addresses.
 */
describe('caps on the real server', () => {
  let server: TestServer;
  const sockets: WebSocket[] = [];

  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.terminate();
    await server.stop();
  });

  /** Resolves with 'open' once the server kept the connection past its checks, or with the close code. */
  async function connect(url: string, from: string): Promise<{ socket: WebSocket; outcome: 'open' | number }> {
    const socket = new WebSocket(url, { localAddress: from });
    sockets.push(socket);
    const outcome = await new Promise<'open' | number>((resolve, reject) => {
      socket.once('error', reject);
      socket.once('close', (code) => resolve(code));
      // Refusals close at once after the upgrade; a connection the server keeps gets its sync step 1.
      socket.once('message', () => resolve('open'));
    });
    return { socket, outcome };
  }

  async function closed(socket: WebSocket): Promise<void> {
    if (socket.readyState === WebSocket.CLOSED) return;
    await new Promise((resolve) => socket.once('close', resolve));
  }

  it('refuses a connection past the cap per address with 4429, and takes one again after one closed', async () => {
    server = await startTestServer({ connectionCaps: { perAddress: 3, perRoom: 100, ...capped } });
    const room = await createRoom(server.http);
    const key = await participantKey(server.http, room.roomId, 'skolen');
    const url = (part: string) => `${server.ws}/sync/${room.roomId}/${part}?key=${key}`;
    const open = [];
    for (const part of ['setup', 'control', 'org/skolen']) {
      const connection = await connect(url(part), '127.0.0.2');
      expect(connection.outcome).toBe('open');
      open.push(connection.socket);
    }
    expect((await connect(url('org/klubben'), '127.0.0.2')).outcome).toBe(TOO_MANY_CONNECTIONS);
    // Another address is not held back by this one.
    expect((await connect(url('org/klubben'), '127.0.0.3')).outcome).toBe('open');
    // Refused and wrong-key connections take no place.
    expect((await connect(`${server.ws}/sync/${room.roomId}/setup?key=wrong`, '127.0.0.2')).outcome).toBe(4401);
    open[0]!.close();
    await closed(open[0]!);
    await expect.poll(async () => (await connect(url('org/klubben'), '127.0.0.2')).outcome).toBe('open');
  });

  it('refuses a participant past the cap per room, but never the facilitator', async () => {
    server = await startTestServer({ connectionCaps: { perAddress: 100, perRoom: 2, ...capped } });
    const room = await createRoom(server.http);
    const other = await createRoom(server.http);
    const key = await participantKey(server.http, room.roomId, 'skolen');
    const url = (part: string) => `${server.ws}/sync/${room.roomId}/${part}?key=${key}`;
    expect((await connect(url('setup'), '127.0.0.2')).outcome).toBe('open');
    expect((await connect(url('control'), '127.0.0.3')).outcome).toBe('open');
    expect((await connect(url('org/skolen'), '127.0.0.4')).outcome).toBe(TOO_MANY_CONNECTIONS);
    expect((await connect(`${server.ws}/sync/${room.roomId}/setup?key=${room.facilitatorKey}`, '127.0.0.4')).outcome).toBe('open');
    // The cap is per room.
    expect((await connect(`${server.ws}/sync/${other.roomId}/setup?key=${other.projectorKey}`, '127.0.0.4')).outcome).toBe('open');
  });

  it('lets this machine open more than the cap per address by default', async () => {
    server = await startTestServer({ connectionCaps: { perAddress: 2, perRoom: 100 } });
    const room = await createRoom(server.http);
    for (const part of ['setup', 'control', 'org/skolen', 'org/klubben']) {
      expect((await connect(`${server.ws}/sync/${room.roomId}/${part}?key=${room.facilitatorKey}`, '127.0.0.1')).outcome).toBe('open');
    }
  });
});
