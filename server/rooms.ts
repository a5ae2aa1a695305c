import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, open, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from './private-data.ts';

/**
 * Rooms: one live session of one workshop. A room has an unguessable id (what the documents are stored
 * under), a short join code for typing on a tablet, and secret keys that decide what a connection may do:
 * the facilitator's, the projector's, and one per device and organisation it holds. Its organisations
 * are not kept here: they are read from the room's setup document (server/room-hold.ts).
 * The registry keeps them in one JSON file, rewritten atomically after every change (without blocking
 * the event loop; changes that come during a write go in the next one), so a killed server comes back
 * with every room, code and key it had answered for (the API answers after `flush()`).
 */

/** Letters and digits that cannot be mistaken for each other when read aloud or off a projector. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;

/**
 * A device's hold on an organisation (issue 14, item 4): the first device that chooses an organisation
 * gets a key of its own for it, and no other device can take it until the facilitator releases it.
 */
const holdSchema = z.object({
  organisationId: z.string(),
  /** The device: every hold of one device has the same (several only when tablets may be shared). Not a secret. */
  deviceId: z.string(),
  /** The key the device connects with; it stops working when the hold is released or revoked. */
  key: z.string(),
  /** What the device is, from its User-Agent ("iPad · Safari"), for the facilitator; may be empty. */
  device: z.string(),
  claimedAt: z.string(),
});

export type Hold = z.infer<typeof holdSchema>;

const roomSchema = z.object({
  roomId: z.string(),
  joinCode: z.string(),
  facilitatorKey: z.string(),
  projectorKey: z.string(),
  joiningOpen: z.boolean(),
  createdAt: z.string(),
  // Files written before devices held organisations have neither (and an organisation list and a
  // participant secret, which are dropped: the organisations are read from the room's setup document).
  /** Whether one device may hold several organisations (a tablet shared by a table). */
  sharedTablets: z.boolean().default(false),
  holds: z.array(holdSchema).default([]),
});

export type Room = z.infer<typeof roomSchema>;

/** Why a room is over: the facilitator ended it, or nobody was connected for the room's time to live. */
export type EndReason = 'ended' | 'expired';

const endedRoomSchema = z.object({
  roomId: z.string(),
  reason: z.enum(['ended', 'expired']),
  endedAt: z.string(),
});

export type EndedRoom = z.infer<typeof endedRoomSchema>;

/**
 * How long an ended room's id is remembered: a tablet that was away when the room ended is told so
 * (rather than "unknown room") when it comes back. Only the id and the reason are kept.
 */
export const ENDED_ROOM_MEMORY_MS = 30 * 24 * 60 * 60 * 1000;

const roomsFileSchema = z.object({
  version: z.literal(1),
  rooms: z.array(roomSchema),
  // Files written before rooms could end have no list.
  ended: z.array(endedRoomSchema).default([]),
});

/** What a key lets its holder do in a room. */
export type Role =
  | { kind: 'facilitator' }
  | { kind: 'participant'; organisationId: string; deviceId: string }
  | { kind: 'projector' };

export type RandomSource = (length: number) => Uint8Array;

const defaultRandom: RandomSource = (length) => randomBytes(length);

function base64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

/** A join code drawn without modulo bias: bytes at or above the largest multiple of the alphabet are redrawn. */
export function newJoinCode(random: RandomSource = defaultRandom): string {
  const limit = 256 - (256 % JOIN_CODE_ALPHABET.length);
  let code = '';
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of random(JOIN_CODE_LENGTH)) {
      if (byte < limit && code.length < JOIN_CODE_LENGTH) code += JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length];
    }
  }
  return code;
}

/** What a person typed, made comparable to a stored code: case, spaces and dashes do not matter. */
export function normaliseJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The role a key gives in a room, or null for a wrong key (or a hold that was released). */
export function roleForKey(room: Room, key: string): Role | null {
  if (sameSecret(key, room.facilitatorKey)) return { kind: 'facilitator' };
  if (sameSecret(key, room.projectorKey)) return { kind: 'projector' };
  const hold = holdForKey(room, key);
  return hold ? { kind: 'participant', organisationId: hold.organisationId, deviceId: hold.deviceId } : null;
}

/** The hold whose key this is, if any. */
export function holdForKey(room: Pick<Room, 'holds'>, key: string): Hold | undefined {
  // Every hold is compared, so the time taken does not tell which one matched.
  let found: Hold | undefined;
  for (const hold of room.holds) if (sameSecret(key, hold.key) && !found) found = hold;
  return found;
}

/** What a device asking for an organisation gets (see `decideClaim`). */
export type ClaimDecision =
  /** The device holds it already (a reload, or it chose it again): the same key. */
  | { kind: 'yours'; hold: Hold }
  /** A new hold, for the device that already holds others (`deviceId`) or a new one (null); `releases`: the holds it moves from. */
  | { kind: 'new'; deviceId: string | null; releases: Hold[] }
  | { kind: 'refused'; code: 'organisation-held' | 'joining-closed' };

/**
 * The rule of who may hold an organisation. `requester` is the hold of the key the device sent with its
 * claim (the device's current one), if any. An organisation is held by one device at a time. A device
 * holds one organisation: choosing another moves its hold (the old key stops working), unless the room
 * allows shared tablets, when it keeps both. A device gets its own hold back even when joining is closed.
 */
export function decideClaim(
  room: Pick<Room, 'holds' | 'joiningOpen' | 'sharedTablets'>,
  organisationId: string,
  requester: Hold | undefined,
): ClaimDecision {
  const current = room.holds.find((hold) => hold.organisationId === organisationId);
  if (current && requester && current.deviceId === requester.deviceId) return { kind: 'yours', hold: current };
  if (!room.joiningOpen) return { kind: 'refused', code: 'joining-closed' };
  if (current) return { kind: 'refused', code: 'organisation-held' };
  if (!requester) return { kind: 'new', deviceId: null, releases: [] };
  const releases = room.sharedTablets ? [] : room.holds.filter((hold) => hold.deviceId === requester.deviceId);
  return { kind: 'new', deviceId: requester.deviceId, releases };
}

export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly byJoinCode = new Map<string, Room>();
  private readonly ended = new Map<string, EndedRoom>();
  /** The writes running now, if any: one after another until nothing is left unsaved. */
  private writing: Promise<void> | null = null;
  private hasUnsavedChanges = false;

  constructor(
    private readonly file: string,
    private readonly random: RandomSource = defaultRandom,
    private readonly now: () => Date = () => new Date(),
  ) {
    const stored = readRoomsFile(file);
    for (const room of stored.rooms) this.remember(room);
    for (const room of stored.ended) this.ended.set(room.roomId, room);
    this.forgetOldEndedRooms();
  }

  /** Every open room (for the expiry sweep). */
  all(): Room[] {
    return [...this.rooms.values()];
  }

  create(): Room {
    const room: Room = {
      roomId: base64url(this.random(16)),
      joinCode: this.unusedJoinCode(),
      facilitatorKey: base64url(this.random(32)),
      projectorKey: base64url(this.random(32)),
      joiningOpen: true,
      createdAt: this.now().toISOString(),
      sharedTablets: false,
      holds: [],
    };
    this.remember(room);
    this.save();
    return room;
  }

  get(roomId: string): Room | undefined {
    return this.rooms.get(roomId);
  }

  /** The room a typed code opens, if joining it is open. */
  findOpenByCode(typed: string): Room | undefined {
    const room = this.byJoinCode.get(normaliseJoinCode(typed));
    return room?.joiningOpen ? room : undefined;
  }

  /** Gives a device a hold on an organisation, with a new key (a new device id too if `deviceId` is null). */
  addHold(room: Room, organisationId: string, deviceId: string | null, device: string): Hold {
    const hold: Hold = {
      organisationId,
      deviceId: deviceId ?? base64url(this.random(12)),
      key: base64url(this.random(32)),
      device,
      claimedAt: this.now().toISOString(),
    };
    room.holds = [...room.holds, hold];
    this.save();
    return hold;
  }

  /** Ends holds: their keys stop working. Returns the holds that were there. */
  releaseHolds(room: Room, isReleased: (hold: Hold) => boolean): Hold[] {
    const released = room.holds.filter(isReleased);
    if (released.length === 0) return [];
    room.holds = room.holds.filter((hold) => !isReleased(hold));
    this.save();
    return released;
  }

  setSharedTablets(room: Room, isAllowed: boolean): void {
    room.sharedTablets = isAllowed;
    this.save();
  }

  setJoiningOpen(room: Room, open: boolean): void {
    room.joiningOpen = open;
    this.save();
  }

  /**
   * Ends a room: its code, keys and id stop working at once (joining is refused, connections with its
   * keys are not accepted), and its id is remembered for a while with the reason, so a device that
   * comes back later can be told what happened.
   */
  end(room: Room, reason: EndReason): EndedRoom {
    this.rooms.delete(room.roomId);
    if (this.byJoinCode.get(room.joinCode) === room) this.byJoinCode.delete(room.joinCode);
    const ended: EndedRoom = { roomId: room.roomId, reason, endedAt: this.now().toISOString() };
    this.ended.set(room.roomId, ended);
    this.forgetOldEndedRooms();
    this.save();
    return ended;
  }

  /** Why the room with this id is over, or undefined if it is open or was never there. */
  endedReason(roomId: string): EndReason | undefined {
    return this.ended.get(roomId)?.reason;
  }

  private forgetOldEndedRooms(): void {
    const oldest = this.now().getTime() - ENDED_ROOM_MEMORY_MS;
    for (const [roomId, room] of this.ended) if (Date.parse(room.endedAt) < oldest) this.ended.delete(roomId);
  }

  private remember(room: Room): void {
    this.rooms.set(room.roomId, room);
    this.byJoinCode.set(room.joinCode, room);
  }

  private unusedJoinCode(): string {
    for (;;) {
      const code = newJoinCode(this.random);
      if (!this.byJoinCode.has(code)) return code;
    }
  }

  /** Resolves once every change made so far is in the file; rejects if writing it failed. */
  async flush(): Promise<void> {
    if (this.hasUnsavedChanges && !this.writing) this.startWriting();
    while (this.writing) await this.writing;
  }

  private save(): void {
    this.hasUnsavedChanges = true;
    if (!this.writing) this.startWriting();
  }

  private startWriting(): void {
    const writing = this.writeUntilSaved();
    this.writing = writing;
    // A failure is told to whoever flushes (the API answers 500); it must not end the process.
    writing.catch(() => undefined);
  }

  private async writeUntilSaved(): Promise<void> {
    try {
      // Every change of this turn of the event loop in one write.
      await new Promise((resolve) => setImmediate(resolve));
      while (this.hasUnsavedChanges) {
        this.hasUnsavedChanges = false;
        await writeAtomically(this.file, this.contents());
      }
    } catch (error) {
      this.hasUnsavedChanges = true;
      console.error(`${this.file} could not be written`, error);
      throw error;
    } finally {
      this.writing = null;
    }
  }

  private contents(): string {
    return JSON.stringify({
      version: 1,
      rooms: [...this.rooms.values()],
      ended: [...this.ended.values()],
    } satisfies z.infer<typeof roomsFileSchema>);
  }
}

/** Temp file, fsync, rename: a crash leaves either the old file or the new one, never half of one. */
async function writeAtomically(file: string, contents: string): Promise<void> {
  // Keys are in it: private to the server's user, whatever the umask.
  await mkdir(dirname(file), { recursive: true, mode: PRIVATE_DIR_MODE });
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w', PRIVATE_FILE_MODE);
  try {
    await handle.writeFile(contents);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
}

function readRoomsFile(file: string): { rooms: Room[]; ended: EndedRoom[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { rooms: [], ended: [] };
    throw error;
  }
  const { rooms, ended } = roomsFileSchema.parse(JSON.parse(text));
  return { rooms, ended };
}
