import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decideClaim, JOIN_CODE_ALPHABET, newJoinCode, normaliseJoinCode, roleForKey, RoomRegistry, type Hold } from './rooms.ts';

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
    const room = registry.create();
    const hold = registry.addHold(room, 'klubben', null, 'iPad · Safari');
    expect(roleForKey(room, room.facilitatorKey)).toEqual({ kind: 'facilitator' });
    expect(roleForKey(room, room.projectorKey)).toEqual({ kind: 'projector' });
    expect(roleForKey(room, hold.key)).toEqual({ kind: 'participant', organisationId: 'klubben', deviceId: hold.deviceId });
    expect(roleForKey(room, '')).toBeNull();
    expect(roleForKey(room, room.facilitatorKey.slice(0, -1))).toBeNull();
  });

  it('stops a released hold’s key from working', () => {
    const registry = new RoomRegistry(roomsFile());
    const room = registry.create();
    const hold = registry.addHold(room, 'skolen', null, '');
    const other = registry.addHold(room, 'klubben', null, '');
    expect(registry.releaseHolds(room, (each) => each.organisationId === 'skolen')).toEqual([hold]);
    expect(roleForKey(room, hold.key)).toBeNull();
    expect(roleForKey(room, other.key)?.kind).toBe('participant');
  });

  it('gives every hold a key of its own, and one device one id for all its holds', () => {
    const registry = new RoomRegistry(roomsFile());
    const first = registry.create();
    const second = registry.create();
    const skolen = registry.addHold(first, 'skolen', null, '');
    const klubben = registry.addHold(first, 'klubben', skolen.deviceId, '');
    const elsewhere = registry.addHold(second, 'skolen', null, '');
    expect(new Set([skolen.key, klubben.key, elsewhere.key]).size).toBe(3);
    expect(klubben.deviceId).toBe(skolen.deviceId);
    expect(roleForKey(second, skolen.key)).toBeNull();
  });
});

describe('claiming an organisation', () => {
  const hold = (organisationId: string, deviceId: string): Hold => ({ organisationId, deviceId, key: `${organisationId}-${deviceId}`, device: '', claimedAt: '' });
  const tabletA = hold('skolen', 'A');
  const tabletB = hold('klubben', 'B');
  const open = { joiningOpen: true, sharedTablets: false, holds: [tabletA, tabletB] };

  it.each([
    ['a new device takes a free organisation', open, 'hallen', undefined, { kind: 'new', deviceId: null, releases: [] }],
    ['a new device asks for a held one', open, 'skolen', undefined, { kind: 'refused', code: 'organisation-held' }],
    ['another device asks for a held one', open, 'skolen', tabletB, { kind: 'refused', code: 'organisation-held' }],
    ['the holder asks again (a reload, or chose it again)', open, 'skolen', tabletA, { kind: 'yours', hold: tabletA }],
    ['the holder asks again with joining closed', { ...open, joiningOpen: false }, 'skolen', tabletA, { kind: 'yours', hold: tabletA }],
    ['a new device with joining closed', { ...open, joiningOpen: false }, 'hallen', undefined, { kind: 'refused', code: 'joining-closed' }],
    ['a holder chooses another: it moves', open, 'hallen', tabletA, { kind: 'new', deviceId: 'A', releases: [tabletA] }],
    ['a holder chooses another on shared tablets: it keeps both', { ...open, sharedTablets: true }, 'hallen', tabletA, { kind: 'new', deviceId: 'A', releases: [] }],
    ['shared tablets still hold one organisation each', { ...open, sharedTablets: true }, 'skolen', tabletB, { kind: 'refused', code: 'organisation-held' }],
  ] as const)('%s', (_name, room, organisationId, requester, decision) => {
    expect(decideClaim({ ...room, holds: [...room.holds] }, organisationId, requester)).toEqual(decision);
  });
});

describe('the rooms file', () => {
  it('brings back every room, code, key and setting after a restart', async () => {
    const file = roomsFile();
    const registry = new RoomRegistry(file);
    const room = registry.create();
    registry.setJoiningOpen(room, false);
    registry.setSharedTablets(room, true);
    registry.addHold(room, 'skolen', null, 'iPad · Safari');
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
    registry.create();
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
    const room = registry.create();
    const other = registry.create();

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

  it('reads a rooms file written before devices held organisations: no holds, old keys stop working', async () => {
    const file = roomsFile();
    const old = {
      version: 1,
      rooms: [
        {
          roomId: 'r1',
          joinCode: 'ABC234',
          facilitatorKey: 'f'.repeat(43),
          projectorKey: 'p'.repeat(43),
          participantSecret: 's'.repeat(43),
          organisations: [{ id: 'skolen', name: 'Skolen' }],
          joiningOpen: true,
          createdAt: '2026-11-22T10:00:00.000Z',
        },
      ],
      ended: [],
    };
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(old));
    const room = new RoomRegistry(file).get('r1');
    expect(room).toMatchObject({ joinCode: 'ABC234', sharedTablets: false, holds: [] });
    expect(room && roleForKey(room, 'f'.repeat(43))).toEqual({ kind: 'facilitator' });
  });

  it('reads a rooms file written before rooms could end', async () => {
    const file = roomsFile();
    const registry = new RoomRegistry(file);
    const room = registry.create();
    await registry.flush();
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    delete stored.ended;
    writeFileSync(file, JSON.stringify(stored));
    expect(new RoomRegistry(file).get(room.roomId)?.joinCode).toBe(room.joinCode);
  });
});
