import type { HostedRoom } from './live-api.ts';

/*
 * What this device remembers about live sessions, in localStorage (never in a workshop document: the
 * keys must not travel to the other devices). The facilitator's device keeps the room it opened for a
 * workshop; a tablet or a projector keeps the room it joined, so a reload or a dropped Wi-Fi brings it
 * straight back.
 */

export interface HostedRecord extends HostedRoom {
  workshopId: string;
}

export type JoinedRole = 'participant' | 'projector';

export interface JoinedRecord {
  roomId: string;
  key: string;
  role: JoinedRole;
  organisationId: string | null;
  /** When this device joined the room (epoch ms): for the start page's list of its sessions. */
  joinedAt?: number;
  /** The workshop's title and the tablet's organisation's name, as last seen in the room: for the same list. */
  title?: string;
  organisationName?: string;
  /**
   * The room's organisations as last seen in it: the documents of the device's copy, to delete where
   * the browser cannot list its databases.
   */
  organisationIds?: string[];
  /** The server's id for this device in the room (a tablet's), to tell its own holds from others'. */
  deviceId?: string;
}

const HOSTED_PREFIX = 'vaerdispil.live.hosted.';
const JOINED_PREFIX = 'vaerdispil.live.joined.';

function read(key: string): unknown {
  try {
    const text = localStorage.getItem(key);
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage refused (private mode, full): the session still runs until the page is closed.
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function loadHosted(workshopId: string): HostedRecord | null {
  const value = read(HOSTED_PREFIX + workshopId);
  if (!isRecord(value)) return null;
  const { roomId, joinCode, facilitatorKey, projectorKey } = value;
  if (typeof roomId !== 'string' || typeof joinCode !== 'string' || typeof facilitatorKey !== 'string' || typeof projectorKey !== 'string') {
    return null;
  }
  return { workshopId, roomId, joinCode, facilitatorKey, projectorKey };
}

export function saveHosted(record: HostedRecord): void {
  write(HOSTED_PREFIX + record.workshopId, record);
}

/** Forgets the room of a workshop (the facilitator ended the live session on this device). */
export function forgetHosted(workshopId: string): void {
  try {
    localStorage.removeItem(HOSTED_PREFIX + workshopId);
  } catch {
    // Nothing stored, nothing to forget.
  }
}

export function loadJoined(roomId: string): JoinedRecord | null {
  const value = read(JOINED_PREFIX + roomId);
  if (!isRecord(value) || typeof value.key !== 'string') return null;
  const role = value.role === 'projector' ? 'projector' : value.role === 'participant' ? 'participant' : null;
  if (!role) return null;
  const organisationId = typeof value.organisationId === 'string' ? value.organisationId : null;
  const record: JoinedRecord = { roomId, key: value.key, role, organisationId };
  if (typeof value.joinedAt === 'number' && Number.isFinite(value.joinedAt)) record.joinedAt = value.joinedAt;
  if (typeof value.title === 'string') record.title = value.title;
  if (typeof value.organisationName === 'string') record.organisationName = value.organisationName;
  if (Array.isArray(value.organisationIds)) {
    record.organisationIds = value.organisationIds.filter((id): id is string => typeof id === 'string');
  }
  if (typeof value.deviceId === 'string') record.deviceId = value.deviceId;
  return record;
}

/**
 * Keeps the device's membership of a room. What it knew of the room before (when it joined, the title,
 * the organisations) stays unless the record says otherwise: joining again, or opening the projector
 * link again, is the same room (the organisation's name only for the same organisation).
 */
export function saveJoined(record: JoinedRecord, now = Date.now()): void {
  const before = loadJoined(record.roomId);
  write(JOINED_PREFIX + record.roomId, {
    joinedAt: before?.joinedAt ?? now,
    title: before?.title,
    organisationName: before?.organisationId === record.organisationId ? before.organisationName : undefined,
    organisationIds: before?.organisationIds,
    ...record,
  } satisfies JoinedRecord);
}

/** Notes what the device saw of a joined room (title, organisations), if it has not forgotten the room. */
export function noteJoinedRoom(roomId: string, seen: Required<Pick<JoinedRecord, 'title' | 'organisationIds'>> & Pick<JoinedRecord, 'organisationName'>): void {
  const record = loadJoined(roomId);
  if (!record) return;
  const isSame =
    record.title === seen.title &&
    record.organisationName === seen.organisationName &&
    record.organisationIds?.join('\n') === seen.organisationIds.join('\n');
  if (!isSame) write(JOINED_PREFIX + roomId, { ...record, ...seen } satisfies JoinedRecord);
}

/** Every room this device has joined and not forgotten, the latest first. */
export function listJoined(): JoinedRecord[] {
  const roomIds: string[] = [];
  try {
    for (let index = 0; index < localStorage.length; index++) {
      const key = localStorage.key(index);
      if (key?.startsWith(JOINED_PREFIX)) roomIds.push(key.slice(JOINED_PREFIX.length));
    }
  } catch {
    return [];
  }
  return roomIds
    .map((roomId) => loadJoined(roomId))
    .filter((record): record is JoinedRecord => record !== null)
    .sort((a, b) => (b.joinedAt ?? 0) - (a.joinedAt ?? 0));
}

/** Forgets the device's membership of a room: its key goes (its copy of the workshop: `forgetJoinedRoom`). */
export function forgetJoined(roomId: string): void {
  try {
    localStorage.removeItem(JOINED_PREFIX + roomId);
  } catch {
    // Nothing stored, nothing to forget.
  }
}

/** The local id under which a device keeps its copy of a room's workshop. */
export function liveWorkshopId(roomId: string): string {
  return `live-${roomId}`;
}
