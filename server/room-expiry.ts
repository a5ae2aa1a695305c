/**
 * Rooms nobody uses any more end by themselves: a room with no device connected for `ttlMs` is closed
 * like a room the facilitator ended, and its stored documents are deleted (the facilitator's device
 * has the whole workshop). A room with a device connected never expires, however long the meeting.
 *
 * The idle time is counted from the last sweep that saw a connection, else from when the room was
 * made or the server started, whichever is later (a restart does not know how long a room was idle
 * before it, so it gives every room a fresh start).
 * The sweep runs every `sweepEveryMs`, so a room ends at most that much after its time is up.
 */

export const DEFAULT_ROOM_TTL_MS = 12 * 60 * 60 * 1000;
const DEFAULT_SWEEP_MS = 60_000;

export interface RoomExpiryOptions {
  ttlMs: number;
  /** The open rooms. */
  rooms: () => { roomId: string; createdAt: string }[];
  hasConnections: (roomId: string) => boolean;
  /** Closes the room; called once per room that has been idle for `ttlMs`. */
  expire: (roomId: string) => void;
  now?: () => number;
  sweepEveryMs?: number;
}

export class RoomExpiry {
  private readonly idleSince = new Map<string, number>();
  private readonly now: () => number;
  private readonly startedAt: number;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly options: RoomExpiryOptions) {
    this.now = options.now ?? Date.now;
    this.startedAt = this.now();
  }

  /** Starts the periodic sweep (not in unit tests, which call `sweep` with their own clock). */
  start(): void {
    this.timer ??= setInterval(() => this.sweep(), this.options.sweepEveryMs ?? Math.min(DEFAULT_SWEEP_MS, this.options.ttlMs));
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Ends every room idle for the time to live; returns their ids. */
  sweep(): string[] {
    const now = this.now();
    const rooms = this.options.rooms();
    const open = new Set(rooms.map((room) => room.roomId));
    for (const roomId of this.idleSince.keys()) if (!open.has(roomId)) this.idleSince.delete(roomId);
    const expired: string[] = [];
    for (const { roomId, createdAt } of rooms) {
      if (this.options.hasConnections(roomId)) {
        this.idleSince.set(roomId, now);
        continue;
      }
      const since = this.idleSince.get(roomId) ?? Math.max(this.startedAt, Date.parse(createdAt) || 0);
      this.idleSince.set(roomId, since);
      if (now - since >= this.options.ttlMs) expired.push(roomId);
    }
    for (const roomId of expired) {
      this.idleSince.delete(roomId);
      this.options.expire(roomId);
    }
    return expired;
  }
}
