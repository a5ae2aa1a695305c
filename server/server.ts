import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { AllowedHosts, HOST_REFUSED_TEXT } from './allowed-hosts.ts';
import { ConnectionCaps, type ConnectionCapsOptions } from './connection-caps.ts';
import { ApiError } from './api-error.ts';
import { defaultLimiters, handleApi, type ApiContext } from './api.ts';
import { lanUrls } from './lan-addresses.ts';
import { LiveDocs } from './live-docs.ts';
import { isOriginAllowed } from './origin.ts';
import { makeDataFolderPrivate } from './private-data.ts';
import { DEFAULT_ROOM_TTL_MS, RoomExpiry } from './room-expiry.ts';
import { RoomRegistry, type EndReason, type Room } from './rooms.ts';
import { securityHeaders } from './security-headers.ts';
import { staticFiles } from './static-files.ts';
import { SyncServer } from './sync-server.ts';
import type { MessageRate } from './sync-connection.ts';

export interface ServerOptions {
  port: number;
  host: string;
  /** Rooms (`rooms.json`) and documents (LevelDB in `docs/`). */
  dataDir: string;
  /** The built app. */
  distDir: string;
  /** Origins allowed besides the server's own (see server/origin.ts). */
  allowedOrigins?: string[];
  /** Host names answered besides loopback and the LAN addresses (see server/allowed-hosts.ts). */
  allowedHosts?: string[];
  /** Caps on open WebSocket connections (defaults in server/connection-caps.ts). */
  connectionCaps?: Partial<ConnectionCapsOptions>;
  /** How many messages one connection may send (a burst, then so many a second); tests raise it. */
  messageRate?: MessageRate;
  /** How long a document with no connections stays in memory. */
  unloadAfterMs?: number;
  /** How long a connection to an organisation the room's setup does not list waits for it (see sync-server.ts). */
  organisationWaitMs?: number;
  /** A room with no connections for this long ends by itself (default 12 hours). */
  roomTtlMs?: number;
  /** The server's clock (tests move it); also what `/api/time` tells the devices. */
  now?: () => number;
  /** Tests replace the rate limits' clocks. */
  limiters?: Pick<ApiContext, 'wrongCodes' | 'roomCreations'>;
}

export interface RunningServer {
  server: Server;
  port: number;
  /** The addresses tablets can use (empty when listening on loopback only). */
  urls: string[];
  sync: SyncServer;
  docs: LiveDocs;
  rooms: RoomRegistry;
  expiry: RoomExpiry;
  close(): Promise<void>;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '';
}

/** A request for a name the server does not answer to (DNS rebinding): 421, with a Danish line. */
function refuseHost(response: ServerResponse): void {
  response.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(HOST_REFUSED_TEXT);
}

/** The same for a WebSocket upgrade, written on the socket before any WebSocket exists. */
function refuseUpgradeHost(socket: Duplex): void {
  const body = Buffer.from(HOST_REFUSED_TEXT);
  socket.on('error', () => socket.destroy());
  socket.end(
    `HTTP/1.1 421 Misdirected Request\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n${HOST_REFUSED_TEXT}`,
  );
}

/** Where others can reach the server: every LAN address when listening on all interfaces. */
function reachableUrls(host: string, port: number): string[] {
  if (isWildcard(host)) return lanUrls(port);
  if (isLoopback(host)) return [];
  return [`http://${host}:${port}/`];
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const allowedOrigins = new Set(options.allowedOrigins ?? []);
  const now = options.now ?? Date.now;
  makeDataFolderPrivate(options.dataDir);
  const rooms = new RoomRegistry(join(options.dataDir, 'rooms.json'), undefined, () => new Date(now()));
  const docs = new LiveDocs(join(options.dataDir, 'docs'), options.unloadAfterMs ?? 30_000);
  const sync = new SyncServer(
    rooms,
    docs,
    (request) => isOriginAllowed(request, allowedOrigins),
    new ConnectionCaps(options.connectionCaps),
    options.organisationWaitMs,
    options.messageRate,
  );
  /** Ends a room for everyone: no joining or connecting, every connection closed, its documents deleted. */
  const endRoom = async (room: Room, reason: EndReason): Promise<void> => {
    rooms.end(room, reason);
    sync.closeRoom(room.roomId, reason);
    await docs.deleteRoom(room.roomId);
  };
  const expiry = new RoomExpiry({
    ttlMs: options.roomTtlMs ?? DEFAULT_ROOM_TTL_MS,
    rooms: () => rooms.all(),
    hasConnections: (roomId) => sync.hasConnections(roomId),
    expire: (roomId) => {
      const room = rooms.get(roomId);
      if (room) endRoom(room, 'expired').catch((error: unknown) => console.error('Room expiry failed', error));
    },
    now,
  });
  expiry.start();
  let urls: string[] = [];
  const api: ApiContext = {
    rooms,
    sessions: sync,
    urls: () => urls,
    endRoom,
    now,
    ...(options.limiters ?? defaultLimiters()),
  };

  const serveStatic = staticFiles(options.distDir);
  // Made once the server listens (its port may be chosen by the system); no request comes before.
  let allowedHosts = new AllowedHosts(options.port, [], []);
  const isHostAllowed = (request: IncomingMessage): boolean => allowedHosts.has(request.headers.host);
  const server = createServer((request, response) => {
    const isAllowed = isHostAllowed(request);
    for (const [name, value] of Object.entries(securityHeaders(isAllowed ? request.headers.host! : null))) {
      response.setHeader(name, value);
    }
    if (!isAllowed) {
      refuseHost(response);
      return;
    }
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path.startsWith('/api/')) {
      if (request.method !== 'GET' && request.method !== 'HEAD' && !isOriginAllowed(request, allowedOrigins)) {
        const refusal = new ApiError('origin-refused');
        response.writeHead(refusal.status, { 'Content-Type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify(refusal.body));
        return;
      }
      void handleApi(api, request, response);
      return;
    }
    serveStatic(request, response);
  });
  server.on('upgrade', (request, socket, head) => {
    if (isHostAllowed(request)) sync.handleUpgrade(request, socket, head);
    else refuseUpgradeHost(socket);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  urls = reachableUrls(options.host, port);
  allowedHosts = new AllowedHosts(port, urls, options.allowedHosts ?? []);

  return {
    server,
    port,
    urls,
    sync,
    docs,
    rooms,
    expiry,
    async close() {
      expiry.stop();
      sync.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      try {
        await rooms.flush();
      } finally {
        await docs.close();
      }
    },
  };
}
