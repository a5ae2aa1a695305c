import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Organisation } from '../src/domain/organisation.ts';
import { ApiError } from './api-error.ts';
import { deviceLabel } from './device-label.ts';
import { SlidingWindowLimiter } from './rate-limit.ts';
import { decideClaim, holdForKey, roleForKey, type EndReason, type Hold, type Room, type RoomRegistry } from './rooms.ts';

/**
 * The HTTP API of a live session (see server/PROTOCOL.md): the facilitator opens a room and manages it
 * with its key; a tablet turns a typed code into the room and claims an organisation, which it then
 * holds with a key of its own. Every body is checked here, at the edge, with one schema per route.
 */

const MAX_BODY_BYTES = 64 * 1024;

/** Unknown fields are dropped: older facilitator apps send their organisations here (now read from the setup document). */
const createBody = z.object({});
const joiningBody = z.object({ open: z.boolean() });
const sharingBody = z.object({ sharedTablets: z.boolean() });
const joinBody = z.object({ code: z.string().max(40) });
const organisationIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const participantBody = z.object({ organisationId: z.string().max(64), key: z.string().max(64).optional() });
const releaseBody = z.object({ organisationId: organisationIdSchema });
const endBody = z.object({});

/** What the API needs from the live documents (server/sync-server.ts). */
export interface RoomSessions {
  /** The room's organisations, read from its setup document. */
  organisations(roomId: string): Promise<Organisation[]>;
  /** Which holds have a connection open, as `<organisationId>/<deviceId>`. */
  connectedHolds(roomId: string): Set<string>;
  /** Closes the connections of released holds (4401). */
  closeHolds(roomId: string, holds: Hold[]): void;
}

export interface ApiContext {
  rooms: RoomRegistry;
  sessions: RoomSessions;
  /** The addresses tablets can use, for the QR code the app shows. */
  urls: () => string[];
  /** Ends a room for every device: closes its connections and deletes its documents. */
  endRoom: (room: Room, reason: EndReason) => Promise<void>;
  /** The server's clock (epoch ms), which every device's phase timer follows in a live session. */
  now: () => number;
  wrongCodes: SlidingWindowLimiter;
  roomCreations: SlidingWindowLimiter;
}

/** Limits for production; tests pass their own clocks. */
export function defaultLimiters(): Pick<ApiContext, 'wrongCodes' | 'roomCreations'> {
  return {
    wrongCodes: new SlidingWindowLimiter(10, 60_000),
    roomCreations: new SlidingWindowLimiter(60, 10 * 60_000),
  };
}

function clientAddress(request: IncomingMessage): string {
  return request.socket.remoteAddress ?? 'unknown';
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new ApiError('content-type');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.byteLength;
    if (size > MAX_BODY_BYTES) throw new ApiError('too-large');
    chunks.push(buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new ApiError('bad-request');
  }
}

async function readBody<T>(request: IncomingMessage, schema: z.ZodType<T>): Promise<T> {
  const parsed = schema.safeParse(await readJson(request));
  if (!parsed.success) throw new ApiError('bad-request');
  return parsed.data;
}

function bearerKey(request: IncomingMessage): string {
  const match = /^Bearer (.+)$/.exec(request.headers.authorization ?? '');
  return match?.[1] ?? '';
}

function roomOrThrow(context: ApiContext, roomId: string): Room {
  const room = context.rooms.get(roomId);
  if (!room) throw new ApiError(context.rooms.endedReason(roomId) ? 'room-ended' : 'room-unknown');
  return room;
}

function facilitatorRoom(context: ApiContext, request: IncomingMessage, roomId: string): Room {
  const room = roomOrThrow(context, roomId);
  if (roleForKey(room, bearerKey(request))?.kind !== 'facilitator') throw new ApiError('key-wrong');
  return room;
}

/** What the facilitator's device is shown: the room, its organisations and which device holds which. */
async function roomView(context: ApiContext, room: Room) {
  const organisations = await context.sessions.organisations(room.roomId);
  const connected = context.sessions.connectedHolds(room.roomId);
  return {
    roomId: room.roomId,
    joinCode: room.joinCode,
    joiningOpen: room.joiningOpen,
    sharedTablets: room.sharedTablets,
    organisations: organisations.map(({ id, name }) => ({ id, name })),
    holds: room.holds.map((hold) => ({
      organisationId: hold.organisationId,
      deviceId: hold.deviceId,
      device: hold.device,
      claimedAt: hold.claimedAt,
      connected: connected.has(`${hold.organisationId}/${hold.deviceId}`),
    })),
  };
}

async function createRoom(context: ApiContext, request: IncomingMessage) {
  const client = clientAddress(request);
  const wait = context.roomCreations.retryAfterMs(client);
  if (wait > 0) throw new ApiError('rooms-rate-limited', { 'Retry-After': String(Math.ceil(wait / 1000)) });
  await readBody(request, createBody);
  context.roomCreations.record(client);
  const room = context.rooms.create();
  return {
    status: 201,
    body: {
      roomId: room.roomId,
      joinCode: room.joinCode,
      facilitatorKey: room.facilitatorKey,
      projectorKey: room.projectorKey,
    },
  };
}

/** A tablet's typed code: the room, and its organisations with the device that holds each (null: free). */
async function join(context: ApiContext, request: IncomingMessage) {
  const client = clientAddress(request);
  const wait = context.wrongCodes.retryAfterMs(client);
  if (wait > 0) throw new ApiError('join-rate-limited', { 'Retry-After': String(Math.ceil(wait / 1000)) });
  const { code } = await readBody(request, joinBody);
  const room = context.rooms.findOpenByCode(code);
  if (!room) {
    context.wrongCodes.record(client);
    throw new ApiError('join-code-unknown');
  }
  const organisations = await context.sessions.organisations(room.roomId);
  return {
    status: 200,
    body: {
      roomId: room.roomId,
      organisations: organisations.map(({ id, name }) => ({
        id,
        name,
        heldBy: room.holds.find((hold) => hold.organisationId === id)?.deviceId ?? null,
      })),
    },
  };
}

/**
 * A device claims an organisation (see `decideClaim`). It sends the key it has in the room, if any, so
 * that it gets its own hold back, or moves it.
 */
async function claimOrganisation(context: ApiContext, request: IncomingMessage, roomId: string) {
  const room = roomOrThrow(context, roomId);
  const { organisationId, key } = await readBody(request, participantBody);
  const requester = key ? holdForKey(room, key) : undefined;
  const decision = decideClaim(room, organisationId, requester);
  if (decision.kind === 'refused') throw new ApiError(decision.code);
  if (decision.kind === 'yours') return { status: 200, body: { participantKey: decision.hold.key, deviceId: decision.hold.deviceId } };
  const organisations = await context.sessions.organisations(room.roomId);
  if (!organisations.some((organisation) => organisation.id === organisationId)) throw new ApiError('organisation-unknown');
  // The room may have changed while its setup was read.
  if (room.holds.some((hold) => hold.organisationId === organisationId)) throw new ApiError('organisation-held');
  const released = context.rooms.releaseHolds(room, (hold) => decision.releases.includes(hold));
  context.sessions.closeHolds(room.roomId, released);
  const hold = context.rooms.addHold(room, organisationId, decision.deviceId, deviceLabel(request.headers['user-agent']));
  return { status: 200, body: { participantKey: hold.key, deviceId: hold.deviceId } };
}

/** The facilitator releases an organisation: its device's key stops working, and the next device to choose it holds it. */
async function release(context: ApiContext, request: IncomingMessage, roomId: string) {
  const room = facilitatorRoom(context, request, roomId);
  const { organisationId } = await readBody(request, releaseBody);
  const released = context.rooms.releaseHolds(room, (hold) => hold.organisationId === organisationId);
  context.sessions.closeHolds(room.roomId, released);
  return { status: 200, body: { released: released.length > 0 } };
}

async function setSharing(context: ApiContext, request: IncomingMessage, roomId: string) {
  const room = facilitatorRoom(context, request, roomId);
  const { sharedTablets } = await readBody(request, sharingBody);
  context.rooms.setSharedTablets(room, sharedTablets);
  return { status: 200, body: { sharedTablets: room.sharedTablets } };
}

async function setJoining(context: ApiContext, request: IncomingMessage, roomId: string) {
  const room = facilitatorRoom(context, request, roomId);
  const { open } = await readBody(request, joiningBody);
  context.rooms.setJoiningOpen(room, open);
  return { status: 200, body: { joiningOpen: room.joiningOpen } };
}

/** The facilitator ends the live session: the room closes for everyone, its documents are deleted. */
async function endRoom(context: ApiContext, request: IncomingMessage, roomId: string) {
  const room = facilitatorRoom(context, request, roomId);
  await readBody(request, endBody);
  await context.endRoom(room, 'ended');
  return { status: 200, body: { ended: true } };
}

type Answer = { status: number; body: unknown };

/** Finds the route for a method and path; a known path with another method is 405, an unknown one 404. */
async function route(context: ApiContext, request: IncomingMessage, path: string): Promise<Answer> {
  const method = request.method ?? 'GET';
  const roomPath = /^\/api\/rooms\/([A-Za-z0-9_-]{1,64})(\/joining|\/sharing|\/participants|\/release|\/end)?$/.exec(path);
  if (path === '/api/info') {
    if (method === 'GET') return { status: 200, body: { urls: context.urls() } };
  } else if (path === '/api/time') {
    if (method === 'GET') return { status: 200, body: { now: context.now() } };
  } else if (path === '/api/rooms') {
    if (method === 'POST') return createRoom(context, request);
  } else if (path === '/api/join') {
    if (method === 'POST') return join(context, request);
  } else if (roomPath) {
    const roomId = roomPath[1]!;
    const action = roomPath[2];
    if (action === undefined && method === 'GET') {
      return { status: 200, body: await roomView(context, facilitatorRoom(context, request, roomId)) };
    }
    if (action === '/joining' && method === 'POST') return setJoining(context, request, roomId);
    if (action === '/sharing' && method === 'POST') return setSharing(context, request, roomId);
    if (action === '/participants' && method === 'POST') return claimOrganisation(context, request, roomId);
    if (action === '/release' && method === 'POST') return release(context, request, roomId);
    if (action === '/end' && method === 'POST') return endRoom(context, request, roomId);
  } else {
    throw new ApiError('not-found');
  }
  throw new ApiError('method-not-allowed');
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  response.end(JSON.stringify(body));
}

export async function handleApi(context: ApiContext, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://x').pathname;
  try {
    const { status, body } = await route(context, request, path);
    // What a device is told (a room, its keys, a setting) is in rooms.json before it is told.
    if (request.method !== 'GET') await context.rooms.flush();
    sendJson(response, status, body);
  } catch (error) {
    if (error instanceof ApiError) {
      sendJson(response, error.status, error.body, error.headers);
      return;
    }
    console.error('API error', error);
    sendJson(response, 500, { error: 'Der skete en fejl på serveren.', code: 'server-error' });
  }
}
