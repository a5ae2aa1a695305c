import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { ApiError } from './api-error.ts';
import { SlidingWindowLimiter } from './rate-limit.ts';
import { organisationListSchema, participantKeyFor, roleForKey, type EndReason, type Room, type RoomRegistry } from './rooms.ts';

/**
 * The HTTP API of a live session (see server/PROTOCOL.md): the facilitator opens a room and manages it
 * with its key; a tablet turns a typed code into the room and gets a key for one organisation.
 * Every body is checked here, at the edge, with one schema per route.
 */

const MAX_BODY_BYTES = 64 * 1024;

const organisationsBody = z.object({ organisations: organisationListSchema });
const joiningBody = z.object({ open: z.boolean() });
const joinBody = z.object({ code: z.string().max(40) });
const participantBody = z.object({ organisationId: z.string().max(64) });
const endBody = z.object({});

export interface ApiContext {
  rooms: RoomRegistry;
  /** The addresses tablets can use, for the QR code the app shows. */
  urls: () => string[];
  /** Called when a room's organisations change, so connections of removed organisations are closed. */
  onOrganisationsChanged: (room: Room) => void;
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

function roomView(room: Room) {
  return {
    roomId: room.roomId,
    joinCode: room.joinCode,
    joiningOpen: room.joiningOpen,
    organisations: room.organisations,
  };
}

function hasUniqueIds(organisations: { id: string }[]): boolean {
  return new Set(organisations.map((organisation) => organisation.id)).size === organisations.length;
}

async function createRoom(context: ApiContext, request: IncomingMessage) {
  const client = clientAddress(request);
  const wait = context.roomCreations.retryAfterMs(client);
  if (wait > 0) throw new ApiError('rooms-rate-limited', { 'Retry-After': String(Math.ceil(wait / 1000)) });
  const { organisations } = await readBody(request, organisationsBody);
  if (!hasUniqueIds(organisations)) throw new ApiError('bad-request');
  context.roomCreations.record(client);
  const room = context.rooms.create(organisations);
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
  return { status: 200, body: { roomId: room.roomId, organisations: room.organisations } };
}

async function issueParticipantKey(context: ApiContext, request: IncomingMessage, roomId: string) {
  const room = roomOrThrow(context, roomId);
  const { organisationId } = await readBody(request, participantBody);
  if (!room.joiningOpen) throw new ApiError('joining-closed');
  if (!room.organisations.some((organisation) => organisation.id === organisationId)) {
    throw new ApiError('organisation-unknown');
  }
  return { status: 200, body: { participantKey: participantKeyFor(room, organisationId) } };
}

async function setOrganisations(context: ApiContext, request: IncomingMessage, roomId: string) {
  const room = facilitatorRoom(context, request, roomId);
  const { organisations } = await readBody(request, organisationsBody);
  if (!hasUniqueIds(organisations)) throw new ApiError('bad-request');
  context.rooms.setOrganisations(room, organisations);
  context.onOrganisationsChanged(room);
  return { status: 200, body: { organisations: room.organisations } };
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
  const roomPath = /^\/api\/rooms\/([A-Za-z0-9_-]{1,64})(\/organisations|\/joining|\/participants|\/end)?$/.exec(path);
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
      return { status: 200, body: roomView(facilitatorRoom(context, request, roomId)) };
    }
    if (action === '/organisations' && method === 'POST') return setOrganisations(context, request, roomId);
    if (action === '/joining' && method === 'POST') return setJoining(context, request, roomId);
    if (action === '/participants' && method === 'POST') return issueParticipantKey(context, request, roomId);
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
