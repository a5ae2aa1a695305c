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
  if (typeof value.deviceId === 'string') record.deviceId = value.deviceId;
  return record;
}

export function saveJoined(record: JoinedRecord): void {
  write(JOINED_PREFIX + record.roomId, record);
}

/** The local id under which a device keeps its copy of a room's workshop. */
export function liveWorkshopId(roomId: string): string {
  return `live-${roomId}`;
}
