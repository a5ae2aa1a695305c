import { describe, expect, it } from 'vitest';
import { RoomExpiry } from './room-expiry.ts';

const HOUR = 3_600_000;

/** A sweep over rooms with a clock the test moves and connections it switches on and off. */
function setup(rooms: { roomId: string; createdAt: string }[], start = Date.parse('2026-11-22T08:00:00Z')) {
  let now = start;
  const connected = new Set<string>();
  const expired: string[] = [];
  const open = rooms;
  const expiry = new RoomExpiry({
    ttlMs: 12 * HOUR,
    rooms: () => open,
    hasConnections: (roomId) => connected.has(roomId),
    expire: (roomId) => {
      expired.push(roomId);
      open.splice(open.findIndex((room) => room.roomId === roomId), 1);
    },
    now: () => now,
  });
  return {
    expiry,
    expired,
    connected,
    advance(ms: number) {
      now += ms;
    },
  };
}

describe('room expiry', () => {
  it('ends a room nobody has been connected to for the time to live, not a minute before', () => {
    const room = { roomId: 'a', createdAt: '2026-11-22T08:00:00Z' };
    const { expiry, expired, advance } = setup([room]);
    advance(12 * HOUR - 60_000);
    expect(expiry.sweep()).toEqual([]);
    advance(60_000);
    expect(expiry.sweep()).toEqual(['a']);
    expect(expired).toEqual(['a']);
    advance(HOUR);
    expect(expiry.sweep()).toEqual([]);
  });

  it('never ends a room with a device connected, and counts the idle time from when the last one left', () => {
    const { expiry, expired, connected, advance } = setup([{ roomId: 'a', createdAt: '2026-11-22T08:00:00Z' }]);
    connected.add('a');
    for (let hour = 0; hour < 48; hour++) {
      advance(HOUR);
      expiry.sweep();
    }
    expect(expired).toEqual([]);
    connected.delete('a');
    advance(11 * HOUR);
    expect(expiry.sweep()).toEqual([]);
    advance(HOUR);
    expect(expiry.sweep()).toEqual(['a']);
  });

  it('counts a new room from when it was made, not from when the server started', () => {
    const start = Date.parse('2026-11-22T08:00:00Z');
    const rooms: { roomId: string; createdAt: string }[] = [];
    const { expiry, advance } = setup(rooms, start);
    advance(20 * HOUR);
    rooms.push({ roomId: 'late', createdAt: new Date(start + 20 * HOUR).toISOString() });
    expect(expiry.sweep()).toEqual([]);
    advance(12 * HOUR);
    expect(expiry.sweep()).toEqual(['late']);
  });

  it('gives rooms from before a restart a fresh time to live', () => {
    const { expiry, advance } = setup([{ roomId: 'old', createdAt: '2026-11-01T08:00:00Z' }]);
    expect(expiry.sweep()).toEqual([]);
    advance(12 * HOUR);
    expect(expiry.sweep()).toEqual(['old']);
  });
});
