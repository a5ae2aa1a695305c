import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { startServer, type RunningServer, type ServerOptions } from '../../server/server.ts';

/** Shared by the server's tests: a server on a random port with a temporary data folder, and raw clients. */

export interface TestServer {
  running: RunningServer;
  http: string;
  ws: string;
  dataDir: string;
  stop(): Promise<void>;
}

export async function startTestServer(options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'vaerdi-server-'));
  const running = await startServer({
    port: 0,
    host: '127.0.0.1',
    distDir: join(dataDir, 'no-dist'),
    // A document of an organisation the setup does not list is refused after this wait (10 s in use).
    organisationWaitMs: 300,
    ...options,
    dataDir,
  });
  return {
    running,
    http: `http://127.0.0.1:${running.port}`,
    ws: `ws://127.0.0.1:${running.port}`,
    dataDir,
    async stop() {
      await running.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface CreatedRoom {
  roomId: string;
  joinCode: string;
  facilitatorKey: string;
  projectorKey: string;
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** Opens a room and lists the organisations in its setup document (named `Organisation <id>`), as the facilitator's device does. */
export async function createRoom(http: string, organisationIds: string[] = ['skolen', 'klubben']): Promise<CreatedRoom> {
  const response = await postJson(`${http}/api/rooms`, {});
  if (response.status !== 201) throw new Error(`room not created: ${response.status}`);
  const room = (await response.json()) as CreatedRoom;
  if (organisationIds.length > 0) await setOrganisations(http, room, organisationIds);
  return room;
}

/**
 * Makes the room's setup document list exactly these organisations (adding and removing), written by a
 * facilitator connection as the app writes them, and resolves once the server has them.
 */
export async function setOrganisations(http: string, room: CreatedRoom, organisationIds: string[]): Promise<void> {
  const ws = http.replace(/^http/, 'ws');
  const client = await RawClient.synced(`${ws}/sync/${room.roomId}/setup?key=${room.facilitatorKey}`);
  const organisations = client.doc.getMap('organisations');
  const before = Y.encodeStateVector(client.doc);
  client.doc.transact(() => {
    for (const id of [...organisations.keys()]) if (!organisationIds.includes(id)) organisations.delete(id);
    organisationIds.forEach((id, position) => {
      if (organisations.has(id)) return;
      const record = new Y.Map<unknown>();
      for (const [field, value] of Object.entries({ name: `Organisation ${id}`, actorType: 'erhvervsdrivende', contact: '', position })) record.set(field, value);
      organisations.set(id, record);
    });
  });
  client.send(updateMessage(Y.encodeStateAsUpdate(client.doc, before)));
  const isDone = (doc: Y.Doc) => [...doc.getMap('organisations').keys()].sort().join() === [...organisationIds].sort().join();
  const deadline = Date.now() + 5000;
  while (!isDone(await serverContent(ws, room.roomId, 'setup', room.facilitatorKey))) {
    if (Date.now() > deadline) throw new Error('the server did not take the organisations');
    await delay(20);
  }
  client.close();
}

/** A device claims an organisation (`key`: the one it already has in the room, if any). */
export function claim(http: string, roomId: string, organisationId: string, key?: string, headers: Record<string, string> = {}): Promise<Response> {
  return postJson(`${http}/api/rooms/${roomId}/participants`, key === undefined ? { organisationId } : { organisationId, key }, headers);
}

/** A new device claims an organisation; its key. */
export async function participantKey(http: string, roomId: string, organisationId: string): Promise<string> {
  const response = await claim(http, roomId, organisationId);
  if (response.status !== 200) throw new Error(`no participant key: ${response.status}`);
  return ((await response.json()) as { participantKey: string }).participantKey;
}

export function syncMessage(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function updateMessage(update: Uint8Array): Uint8Array {
  return syncMessage((encoder) => syncProtocol.writeUpdate(encoder, update));
}

export function step2Message(update: Uint8Array): Uint8Array {
  return syncMessage((encoder) => {
    encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
    encoding.writeVarUint8Array(encoder, update);
  });
}

export function awarenessMessage(entries: { clientId: number; clock: number; state: unknown }[]): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(inner, entry.clientId);
    encoding.writeVarUint(inner, entry.clock);
    encoding.writeVarString(inner, JSON.stringify(entry.state));
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}

/**
 * A y-websocket client written by hand on a raw `ws` socket: it applies what the server sends to its own
 * Y.Doc, records awareness states, and sends exactly the bytes a test gives it — honest or forged.
 */
export class RawClient {
  readonly doc = new Y.Doc();
  readonly awareness = new Map<number, unknown>();
  readonly closed: Promise<{ code: number; reason: string }>;
  private synced = false;
  private readonly waiters: (() => void)[] = [];

  private constructor(readonly socket: WebSocket) {
    this.closed = new Promise((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    socket.on('message', (data: Buffer) => this.receive(new Uint8Array(data)));
    socket.on('error', () => undefined);
  }

  static async connect(url: string, headers: Record<string, string> = {}): Promise<RawClient> {
    const socket = new WebSocket(url, { headers });
    const client = new RawClient(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
      socket.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    });
    return client;
  }

  /** Opens a connection and waits until the server's state has arrived (its answer to our step 1). */
  static async synced(url: string): Promise<RawClient> {
    const client = await RawClient.connect(url);
    client.send(syncMessage((encoder) => syncProtocol.writeSyncStep1(encoder, client.doc)));
    await client.until(() => client.synced);
    return client;
  }

  send(message: Uint8Array | string): void {
    this.socket.send(message);
  }

  /** Resolves when `condition` holds after some message arrived (or at once); rejects after `ms`. */
  async until(condition: () => boolean, ms = 3000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error('timed out waiting');
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  close(): void {
    this.socket.close();
  }

  private receive(message: Uint8Array): void {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === 0) {
      const kind = decoding.readVarUint(decoder);
      if (kind === syncProtocol.messageYjsSyncStep1) decoding.readVarUint8Array(decoder);
      else {
        Y.applyUpdate(this.doc, decoding.readVarUint8Array(decoder), 'server');
        if (kind === syncProtocol.messageYjsSyncStep2) this.synced = true;
      }
    } else if (type === 1) {
      const inner = decoding.createDecoder(decoding.readVarUint8Array(decoder));
      const count = decoding.readVarUint(inner);
      for (let index = 0; index < count; index++) {
        const clientId = decoding.readVarUint(inner);
        decoding.readVarUint(inner);
        const state: unknown = JSON.parse(decoding.readVarString(inner));
        if (state === null) this.awareness.delete(clientId);
        else this.awareness.set(clientId, state);
      }
    }
    for (const wake of this.waiters.splice(0)) wake();
  }
}

/** The server's current content of a document, read by a fresh facilitator client. */
export async function serverContent(ws: string, roomId: string, part: string, facilitatorKey: string): Promise<Y.Doc> {
  const client = await RawClient.synced(`${ws}/sync/${roomId}/${part}?key=${facilitatorKey}`);
  client.close();
  return client.doc;
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
