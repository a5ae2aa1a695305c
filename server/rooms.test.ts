import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, newJoinCode, normaliseJoinCode, participantKeyFor, roleForKey, RoomRegistry } from './rooms.ts';

const folders: string[] = [];

function roomsFile(): string {
  const folder = mkdtempSync(join(tmpdir(), 'vaerdi-rooms-'));
  folders.push(folder);
  return join(folder, 'data', 'rooms.json');
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Random bytes from a fixed list, repeated: makes codes and ids repeatable. */
function bytesFrom(values: number[]) {
  let next = 0;
  return (length: number) => Uint8Array.from({ length }, () => values[next++ % values.length]!);
}

describe('join codes', () => {
  it.each([
    [[0, 1, 2, 3, 4, 5], '234567'],
    [[30, 29, 28, 27, 26, 25], 'ZYXWVU'],
    // 248–255 would favour the first letters (256 is not a multiple of 31): they are drawn again.
    [[255, 248, 0, 1, 2, 3, 4, 5], '234567'],
  ])('draws %j as %s', (bytes, code) => {
    expect(newJoinCode(bytesFrom(bytes))).toBe(code);
  });

  it.each([
    ['abc234', 'ABC234'],
    [' ab-c2 34 ', 'ABC234'],
  ])('reads "%s" as %s', (typed, code) => {
    expect(normaliseJoinCode(typed)).toBe(code);
  });

  it('never uses letters that look alike', () => {
    for (const letter of '0O1IL') expect(JOIN_CODE_ALPHABET).not.toContain(letter);
  });
});

describe('keys', () => {
  it('gives each key its role, and a wrong key none', () => {
    const registry = new RoomRegistry(roomsFile());
    const room = registry.create([
      { id: 'skolen', name: 'Skolen' },
      { id: 'klubben', name: 'Klubben' },
    ]);
    expect(roleForKey(room, room.facilitatorKey)).toEqual({ kind: 'facilitator' });
    expect(roleForKey(room, room.projectorKey)).toEqual({ kind: 'projector' });
    expect(roleForKey(room, participantKeyFor(room, 'klubben'))).toEqual({ kind: 'participant', organisationId: 'klubben' });
    expect(roleForKey(room, '')).toBeNull();
    expect(roleForKey(room, room.facilitatorKey.slice(0, -1))).toBeNull();
  });

  it("stops a removed organisation's key from working", () => {
    const registry = new RoomRegistry(roomsFile());
    const room = registry.create([{ id: 'skolen', name: 'Skolen' }]);
    const key = participantKeyFor(room, 'skolen');
    registry.setOrganisations(room, []);
    expect(roleForKey(room, key)).toBeNull();
  });

  it('makes keys that differ between rooms', () => {
    const registry = new RoomRegistry(roomsFile());
    const first = registry.create([{ id: 'skolen', name: 'Skolen' }]);
    const second = registry.create([{ id: 'skolen', name: 'Skolen' }]);
    expect(participantKeyFor(first, 'skolen')).not.toBe(participantKeyFor(second, 'skolen'));
    expect(roleForKey(second, participantKeyFor(first, 'skolen'))).toBeNull();
  });
});

describe('the rooms file', () => {
  it('brings back every room, code, key and setting after a restart', async () => {
    const file = roomsFile();
    const registry = new RoomRegistry(file);
    const room = registry.create([{ id: 'skolen', name: 'Skolen' }]);
    registry.setJoiningOpen(room, false);
    await registry.flush();

    const restarted = new RoomRegistry(file);
    expect(restarted.get(room.roomId)).toEqual(room);
    expect(restarted.findOpenByCode(room.joinCode)).toBeUndefined();
    restarted.setJoiningOpen(restarted.get(room.roomId)!, true);
    expect(restarted.findOpenByCode(room.joinCode.toLowerCase())?.roomId).toBe(room.roomId);
  });

  it('refuses to start on a damaged file rather than forget its rooms', async () => {
    const file = roomsFile();
    const registry = new RoomRegistry(file);
    registry.create([]);
    await registry.flush();
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 20));
    expect(() => new RoomRegistry(file)).toThrow();
  });
});

describe('ending a room', () => {
  it('frees its code and keys at once, and remembers why it ended after a restart', async () => {
    const file = roomsFile();
    let now = new Date('2026-11-22T10:00:00Z');
    const registry = new RoomRegistry(file, undefined, () => now);
    const room = registry.create([{ id: 'skolen', name: 'Skolen' }]);
    const other = registry.create([]);

    registry.end(room, 'ended');
    expect(registry.get(room.roomId)).toBeUndefined();
    expect(registry.findOpenByCode(room.joinCode)).toBeUndefined();
    expect(registry.endedReason(room.roomId)).toBe('ended');
    expect(registry.endedReason(other.roomId)).toBeUndefined();
    await registry.flush();

    const restarted = new RoomRegistry(file, undefined, () => now);
    expect(restarted.get(room.roomId)).toBeUndefined();
    expect(restarted.endedReason(room.roomId)).toBe('ended');
    expect(restarted.all().map((open) => open.roomId)).toEqual([other.roomId]);
    // The stored file keeps no key or code of the ended room.
    expect(readFileSync(file, 'utf8')).not.toContain(room.facilitatorKey);

    restarted.end(restarted.get(other.roomId)!, 'expired');
    expect(restarted.endedReason(other.roomId)).toBe('expired');
    await restarted.flush();

    // After 30 days an ended room is forgotten altogether.
    now = new Date('2026-12-23T10:00:00Z');
    const muchLater = new RoomRegistry(file, undefined, () => now);
    expect(muchLater.endedReason(room.roomId)).toBeUndefined();
  });

  it('reads a rooms file written before rooms could end', async () => {
    const file = roomsFile();
    const registry = new RoomRegistry(file);
    const room = registry.create([]);
    await registry.flush();
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    delete stored.ended;
    writeFileSync(file, JSON.stringify(stored));
    expect(new RoomRegistry(file).get(room.roomId)?.joinCode).toBe(room.joinCode);
  });
});
