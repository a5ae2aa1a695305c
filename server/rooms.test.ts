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
  it('brings back every room, code, key and setting after a restart', () => {
    const file = roomsFile();
    const registry = new RoomRegistry(file);
    const room = registry.create([{ id: 'skolen', name: 'Skolen' }]);
    registry.setJoiningOpen(room, false);

    const restarted = new RoomRegistry(file);
    expect(restarted.get(room.roomId)).toEqual(room);
    expect(restarted.findOpenByCode(room.joinCode)).toBeUndefined();
    restarted.setJoiningOpen(restarted.get(room.roomId)!, true);
    expect(restarted.findOpenByCode(room.joinCode.toLowerCase())?.roomId).toBe(room.roomId);
  });

  it('refuses to start on a damaged file rather than forget its rooms', () => {
    const file = roomsFile();
    new RoomRegistry(file).create([]);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 20));
    expect(() => new RoomRegistry(file)).toThrow();
  });
});
