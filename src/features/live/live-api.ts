import type { ClockSample } from '../../state/server-clock.ts';

/*
 * The session server's HTTP API (server/PROTOCOL.md). The app is served by that server, so requests go
 * to `api/…` next to the page. Everything that comes back is checked here, once: a page served by
 * something else (`vite preview`, a file server) answers with HTML or not at all, which counts as "no
 * server".
 */

export interface LiveOrganisation {
  id: string;
  name: string;
}

/** An organisation as a tablet picks it: the device that holds it (null: none yet). */
export interface JoinableOrganisation extends LiveOrganisation {
  heldBy: string | null;
}

/** A device's hold on an organisation, as the facilitator is shown it. */
export interface Hold {
  organisationId: string;
  deviceId: string;
  /** What the device is ("iPad · Safari"); empty when the server could not tell. */
  device: string;
  /** When it chose the organisation (epoch ms). */
  claimedAt: number;
  isConnected: boolean;
}

/** The room as the facilitator's device sees it. */
export interface RoomStatus {
  joiningOpen: boolean;
  sharedTablets: boolean;
  organisations: LiveOrganisation[];
  holds: Hold[];
}

/** The key a device got for an organisation, and the device's id (the same for all it holds). */
export interface Claim {
  participantKey: string;
  deviceId: string;
}

export interface HostedRoom {
  roomId: string;
  joinCode: string;
  facilitatorKey: string;
  projectorKey: string;
}

export interface FoundRoom {
  roomId: string;
  organisations: JoinableOrganisation[];
}

/** Why a request failed: no server answered, or it refused with one of its codes (PROTOCOL.md). */
export type ApiFailure = { kind: 'unreachable' } | { kind: 'refused'; code: string };

export type ApiResult<T> = { ok: true; value: T } | { ok: false; failure: ApiFailure };

type Fetch = typeof fetch;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function isOrganisation(value: unknown): value is LiveOrganisation {
  return isRecord(value) && isString(value.id) && typeof value.name === 'string';
}

function organisationsOf(value: unknown): LiveOrganisation[] | null {
  return Array.isArray(value) && value.every(isOrganisation) ? value.map(({ id, name }) => ({ id, name })) : null;
}

export function parseHostedRoom(value: unknown): HostedRoom | null {
  if (!isRecord(value)) return null;
  const { roomId, joinCode, facilitatorKey, projectorKey } = value;
  if (!isString(roomId) || !isString(joinCode) || !isString(facilitatorKey) || !isString(projectorKey)) return null;
  return { roomId, joinCode, facilitatorKey, projectorKey };
}

export function parseFoundRoom(value: unknown): FoundRoom | null {
  if (!isRecord(value) || !isString(value.roomId) || !Array.isArray(value.organisations)) return null;
  const organisations: JoinableOrganisation[] = [];
  for (const organisation of value.organisations) {
    if (!isOrganisation(organisation)) return null;
    const heldBy = 'heldBy' in organisation && isString(organisation.heldBy) ? organisation.heldBy : null;
    organisations.push({ id: organisation.id, name: organisation.name, heldBy });
  }
  return { roomId: value.roomId, organisations };
}

function parseClaim(value: unknown): Claim | null {
  return isRecord(value) && isString(value.participantKey) && isString(value.deviceId)
    ? { participantKey: value.participantKey, deviceId: value.deviceId }
    : null;
}

function parseHold(value: unknown): Hold | null {
  if (!isRecord(value)) return null;
  const { organisationId, deviceId, device, claimedAt, connected } = value;
  const claimedAtMs = typeof claimedAt === 'string' ? Date.parse(claimedAt) : Number.NaN;
  if (!isString(organisationId) || !isString(deviceId) || typeof device !== 'string' || Number.isNaN(claimedAtMs)) return null;
  return { organisationId, deviceId, device, claimedAt: claimedAtMs, isConnected: connected === true };
}

export function parseRoomStatus(value: unknown): RoomStatus | null {
  if (!isRecord(value) || typeof value.joiningOpen !== 'boolean' || !Array.isArray(value.holds)) return null;
  const organisations = organisationsOf(value.organisations);
  const holds = value.holds.map(parseHold);
  if (!organisations || holds.some((hold) => hold === null)) return null;
  return { joiningOpen: value.joiningOpen, sharedTablets: value.sharedTablets === true, organisations, holds: holds.filter((hold) => hold !== null) };
}

function parseSharedTablets(value: unknown): boolean | null {
  return isRecord(value) && typeof value.sharedTablets === 'boolean' ? value.sharedTablets : null;
}

function parseReleased(value: unknown): boolean | null {
  return isRecord(value) && typeof value.released === 'boolean' ? value.released : null;
}

function parseJoiningOpen(value: unknown): boolean | null {
  return isRecord(value) && typeof value.joiningOpen === 'boolean' ? value.joiningOpen : null;
}

function parseUrls(value: unknown): string[] | null {
  return isRecord(value) && Array.isArray(value.urls) && value.urls.every(isString) ? value.urls : null;
}

function parseServerNow(value: unknown): number | null {
  return isRecord(value) && typeof value.now === 'number' && Number.isFinite(value.now) ? value.now : null;
}

function parseEnded(value: unknown): true | null {
  return isRecord(value) && value.ended === true ? true : null;
}

/** The API, relative to the page (`base`: the page's URL), with an injectable fetch for tests. */
export class LiveApi {
  constructor(
    private readonly base: string,
    private readonly fetcher: Fetch = (...args) => fetch(...args),
  ) {}

  /** Opens a room. Its organisations are the ones the workshop's setup document lists, which the server reads itself. */
  createRoom(): Promise<ApiResult<HostedRoom>> {
    return this.request('api/rooms', { body: {} }, parseHostedRoom);
  }

  setJoining(room: HostedRoom, isOpen: boolean): Promise<ApiResult<boolean>> {
    return this.request(`api/rooms/${room.roomId}/joining`, { body: { open: isOpen }, key: room.facilitatorKey }, parseJoiningOpen);
  }

  /** Whether joining is open now (the facilitator's screen after a reload). */
  joiningOpen(room: HostedRoom): Promise<ApiResult<boolean>> {
    return this.request(`api/rooms/${room.roomId}`, { key: room.facilitatorKey }, parseJoiningOpen);
  }

  /** The room now: joining, shared tablets, its organisations and which device holds which. */
  status(room: HostedRoom): Promise<ApiResult<RoomStatus>> {
    return this.request(`api/rooms/${room.roomId}`, { key: room.facilitatorKey }, parseRoomStatus);
  }

  /** Frees an organisation: the device that held it is disconnected, and the next device to choose it holds it. */
  release(room: HostedRoom, organisationId: string): Promise<ApiResult<boolean>> {
    return this.request(`api/rooms/${room.roomId}/release`, { body: { organisationId }, key: room.facilitatorKey }, parseReleased);
  }

  /** Whether one tablet may hold several organisations (a table sharing one tablet). */
  setSharedTablets(room: HostedRoom, isAllowed: boolean): Promise<ApiResult<boolean>> {
    return this.request(`api/rooms/${room.roomId}/sharing`, { body: { sharedTablets: isAllowed }, key: room.facilitatorKey }, parseSharedTablets);
  }

  join(code: string): Promise<ApiResult<FoundRoom>> {
    return this.request('api/join', { body: { code } }, parseFoundRoom);
  }

  /**
   * Claims an organisation for this device. `key`: the key this device already has in the room, if any,
   * so that it gets its own hold back (or moves it) rather than being told the organisation is taken.
   */
  participate(roomId: string, organisationId: string, key: string | null = null): Promise<ApiResult<Claim>> {
    return this.request(`api/rooms/${roomId}/participants`, { body: key ? { organisationId, key } : { organisationId } }, parseClaim);
  }

  /**
   * Ends the live session for every device (facilitator only): the server closes the room and deletes
   * its copy of the documents. The workshop stays on the facilitator's device.
   */
  endRoom(room: HostedRoom): Promise<ApiResult<true>> {
    return this.request(`api/rooms/${room.roomId}/end`, { body: {}, key: room.facilitatorKey }, parseEnded);
  }

  /** One reading of the server's clock, with when the question left and the answer came on this device. */
  async clockSample(deviceNow: () => number = Date.now): Promise<ApiResult<ClockSample>> {
    const sentAt = deviceNow();
    const result = await this.request('api/time', {}, parseServerNow);
    const receivedAt = deviceNow();
    return result.ok ? { ok: true, value: { sentAt, serverNow: result.value, receivedAt } } : result;
  }

  /** The server's addresses on the local network (for the QR code the tablets scan). */
  addresses(): Promise<ApiResult<string[]>> {
    return this.request('api/info', {}, parseUrls);
  }

  private async request<T>(
    path: string,
    { body, key }: { body?: unknown; key?: string },
    parse: (value: unknown) => T | null,
  ): Promise<ApiResult<T>> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (key) headers.Authorization = `Bearer ${key}`;
    let response: Response;
    let payload: unknown;
    try {
      response = await this.fetcher(new URL(path, this.base), {
        method: body === undefined ? 'GET' : 'POST',
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      payload = await response.json();
    } catch {
      return { ok: false, failure: { kind: 'unreachable' } };
    }
    if (!response.ok) {
      const code = isRecord(payload) && isString(payload.code) ? payload.code : null;
      return { ok: false, failure: code ? { kind: 'refused', code } : { kind: 'unreachable' } };
    }
    const value = parse(payload);
    return value === null ? { ok: false, failure: { kind: 'unreachable' } } : { ok: true, value };
  }
}

/** The API next to the page: the session server serves the app. */
export function pageApi(): LiveApi {
  return new LiveApi(location.href);
}

/** A join code as people type it: case, spaces and dashes do not matter (the server ignores them too). */
export function normaliseJoinCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]/gu, '');
}

/** Whether a typed code can be a join code at all (6 of the server's characters), before asking. */
export function isJoinCodeShaped(code: string): boolean {
  return /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/u.test(code);
}
