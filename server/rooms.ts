import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, open, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from './private-data.ts';

/**
 * Rooms: one live session of one workshop. A room has an unguessable id (what the documents are stored
 * under), a short join code for typing on a tablet, and secret keys that decide what a connection may do.
 * The registry keeps them in one JSON file, rewritten atomically after every change (without blocking
 * the event loop; changes that come during a write go in the next one), so a killed server comes back
 * with every room, code and key it had answered for (the API answers after `flush()`).
 */

/** Letters and digits that cannot be mistaken for each other when read aloud or off a projector. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;

export const organisationSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  name: z.string().trim().min(1).max(200),
});
export const organisationListSchema = z.array(organisationSchema).max(100);

export type RoomOrganisation = z.infer<typeof organisationSchema>;

const roomSchema = z.object({
  roomId: z.string(),
  joinCode: z.string(),
  facilitatorKey: z.string(),
  projectorKey: z.string(),
  /** Participant keys are derived from it per organisation, so the same tablet gets the same key again. */
  participantSecret: z.string(),
  organisations: organisationListSchema,
  joiningOpen: z.boolean(),
  createdAt: z.string(),
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
  | { kind: 'participant'; organisationId: string }
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

export function participantKeyFor(room: Room, organisationId: string): string {
  return createHmac('sha256', room.participantSecret).update(`participant:${organisationId}`).digest('base64url');
}

/** The role a key gives in a room, or null for a wrong key. */
export function roleForKey(room: Room, key: string): Role | null {
  if (sameSecret(key, room.facilitatorKey)) return { kind: 'facilitator' };
  if (sameSecret(key, room.projectorKey)) return { kind: 'projector' };
  for (const organisation of room.organisations) {
    if (sameSecret(key, participantKeyFor(room, organisation.id))) {
      return { kind: 'participant', organisationId: organisation.id };
    }
  }
  return null;
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

  create(organisations: RoomOrganisation[]): Room {
    const room: Room = {
      roomId: base64url(this.random(16)),
      joinCode: this.unusedJoinCode(),
      facilitatorKey: base64url(this.random(32)),
      projectorKey: base64url(this.random(32)),
      participantSecret: base64url(this.random(32)),
      organisations,
      joiningOpen: true,
      createdAt: this.now().toISOString(),
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

  setOrganisations(room: Room, organisations: RoomOrganisation[]): void {
    room.organisations = organisations;
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
