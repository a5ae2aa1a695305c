import { ORGANISATION_RECORD } from '../domain/organisation.ts';
import { PLACED_PIECE_RECORD } from '../domain/value-piece.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { volatileStore } from './doc-store.ts';
import { sessionOverReason, type LinkStatus } from './live-link.ts';
import { LiveSync, parsePresence, roomName, syncUrlFor, type LiveSyncOptions } from './live-sync.ts';
import { WorkshopDocs } from './workshop-docs.ts';
import { organisationsMap, placedMap, writeNewWorkshop, newRecord } from './workshop-layout.ts';
import { freePort } from '../../tests/support/free-port.ts';

/*
 * Against the reference y-websocket server (y-websocket 1.5.4's bin/server.js), so these tests show
 * that the client speaks the standard protocol. The reference server keeps rooms in memory only: a
 * restart empties it, and the clients fill it again from what they hold.
 */

interface RunningServer {
  port: number;
  process: ChildProcess;
}

const running: RunningServer[] = [];
const opened: { sync: LiveSync; docs: WorkshopDocs }[] = [];

afterEach(async () => {
  for (const { sync, docs } of opened.splice(0)) {
    sync.destroy();
    await docs.close();
  }
  for (const server of running.splice(0)) await stopServer(server);
});


async function startServer(port?: number): Promise<RunningServer> {
  const chosen = port ?? (await freePort());
  const child = spawn(process.execPath, ['node_modules/y-websocket-reference/bin/server.js'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(chosen) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('running')) resolve();
    });
    child.once('exit', () => reject(new Error('reference server exited')));
  });
  const server = { port: chosen, process: child };
  running.push(server);
  return server;
}

async function stopServer(server: RunningServer): Promise<void> {
  const index = running.indexOf(server);
  if (index !== -1) running.splice(index, 1);
  if (server.process.exitCode !== null || server.process.signalCode !== null) return;
  const exited = once(server.process, 'exit');
  server.process.kill('SIGKILL');
  await exited;
}

function device(server: Pick<RunningServer, 'port'>, options: Partial<LiveSyncOptions> = {}): { sync: LiveSync; docs: WorkshopDocs } {
  const docs = new WorkshopDocs(`copy-${opened.length}`, volatileStore());
  const sync = new LiveSync(docs, {
    serverUrl: `ws://127.0.0.1:${server.port}/sync`,
    roomId: 'room1',
    key: 'k',
    role: 'participant',
    organisationId: null,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    networkEvents: null,
    ...options,
  });
  const opened1 = { sync, docs };
  opened.push(opened1);
  return opened1;
}

async function until(check: () => boolean, timeout = 8_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function statusOf(sync: LiveSync): LinkStatus {
  return sync.getState().status;
}

function addOrganisation(docs: WorkshopDocs, id: string, name: string): void {
  docs.setup.transact(() => organisationsMap(docs).set(id, newRecord(ORGANISATION_RECORD, { name, actorType: 'beboerdrevne-foreninger', contact: '', position: 1 })));
}

function placedIds(docs: WorkshopDocs, orgId: string): string[] {
  return [...placedMap(docs, orgId).keys()].sort();
}

describe('room names and URLs', () => {
  it('names a document `<roomId>/<part>`', () => {
    expect(roomName('abc', 'setup')).toBe('abc/setup');
    expect(roomName('abc', 'org/o1')).toBe('abc/org/o1');
  });

  it('takes the sync URL from the page, secure when the page is', () => {
    expect(syncUrlFor({ protocol: 'http:', host: '192.168.1.10:8080' })).toBe('ws://192.168.1.10:8080/sync');
    expect(syncUrlFor({ protocol: 'https:', host: 'spil.example' })).toBe('wss://spil.example/sync');
  });
});

describe('parsePresence', () => {
  it.each([
    [{ role: 'participant', organisationId: 'o1' }, { clientId: 7, role: 'participant', organisationId: 'o1' }],
    [{ role: 'projector' }, { clientId: 7, role: 'projector', organisationId: null }],
    [
      { role: 'participant', organisationId: 'o1', dragging: { valueId: 'v' } },
      { clientId: 7, role: 'participant', organisationId: 'o1', dragging: { valueId: 'v' } },
    ],
    [{ role: 'participant', organisationId: 'o1', dragging: { valueId: 3 } }, { clientId: 7, role: 'participant', organisationId: 'o1' }],
    [{ role: 'admin' }, null],
    [null, null],
    ['participant', null],
  ])('reads %j', (state, expected) => {
    expect(parsePresence(7, state)).toEqual(expected);
  });
});

describe('LiveSync against the reference y-websocket server', () => {
  it('syncs every document, org documents opened later included', async () => {
    const server = await startServer();
    const facilitator = device(server, { role: 'facilitator' });
    writeNewWorkshop(facilitator.docs, 'Netværksmøde', 1);
    const tablet = device(server, { organisationId: 'o1' });
    await until(() => statusOf(facilitator.sync) === 'connected' && statusOf(tablet.sync) === 'connected');

    addOrganisation(facilitator.docs, 'o1', 'MENY');
    // A workshop session opens an organisation's document when the organisation appears.
    facilitator.docs.orgDoc('o1');
    await until(() => organisationsMap(tablet.docs).has('o1'));
    tablet.docs.orgDoc('o1');
    tablet.docs.orgDoc('o1').transact(() => placedMap(tablet.docs, 'o1').set('v1', newRecord(PLACED_PIECE_RECORD, { example: '', order: 0 })));

    await until(() => placedIds(facilitator.docs, 'o1').includes('v1'));
    expect(facilitator.docs.setup.getMap('facts').get('title')).toBe('Netværksmøde');
    expect(facilitator.sync.getState().lastSyncedAt).not.toBeNull();
  });

  it('shows other devices and the piece they carry, and forgets them when they leave', async () => {
    const server = await startServer();
    const projector = device(server, { role: 'projector' });
    const tablet = device(server, { organisationId: 'o1' });
    await until(() => projector.sync.getPeers().some((peer) => peer.organisationId === 'o1'));

    tablet.sync.setDragging('faelles-maal');
    await until(() => projector.sync.getPeers().some((peer) => peer.dragging?.valueId === 'faelles-maal'));
    tablet.sync.setDragging(null);
    await until(() => projector.sync.getPeers().every((peer) => peer.dragging === undefined));

    tablet.sync.destroy();
    await until(() => projector.sync.getPeers().length === 0);
  });

  it('goes offline when the server dies, keeps edits, and merges them when the server is back', async () => {
    const server = await startServer();
    const facilitator = device(server, { role: 'facilitator' });
    writeNewWorkshop(facilitator.docs, 'Netværksmøde', 1);
    addOrganisation(facilitator.docs, 'o1', 'MENY');
    facilitator.docs.orgDoc('o1');
    const tablet = device(server, { organisationId: 'o1' });
    tablet.docs.orgDoc('o1');
    await until(() => statusOf(facilitator.sync) === 'connected' && statusOf(tablet.sync) === 'connected');
    const syncedBefore = tablet.sync.getState().lastSyncedAt;

    await stopServer(server);
    await until(() => statusOf(tablet.sync) === 'offline' && statusOf(facilitator.sync) === 'offline');
    expect(tablet.sync.getState().lastSyncedAt).toBe(syncedBefore);
    for (const valueId of ['v1', 'v2', 'v3']) {
      tablet.docs.orgDoc('o1').transact(() => placedMap(tablet.docs, 'o1').set(valueId, newRecord(PLACED_PIECE_RECORD, { example: '', order: 0 })));
    }

    await startServer(server.port);
    await until(() => placedIds(facilitator.docs, 'o1').length === 3, 15_000);
    expect(placedIds(facilitator.docs, 'o1')).toEqual(['v1', 'v2', 'v3']);
    await until(() => statusOf(tablet.sync) === 'connected');
  }, 30_000);

  it('drops the connection when the device says it is offline, and merges when it is back online', async () => {
    const server = await startServer();
    const network = new EventTarget();
    const facilitator = device(server, { role: 'facilitator' });
    addOrganisation(facilitator.docs, 'o1', 'MENY');
    facilitator.docs.orgDoc('o1');
    const tablet = device(server, { organisationId: 'o1', networkEvents: network });
    tablet.docs.orgDoc('o1');
    await until(() => statusOf(tablet.sync) === 'connected' && organisationsMap(tablet.docs).has('o1'));

    network.dispatchEvent(new Event('offline'));
    expect(statusOf(tablet.sync)).toBe('offline');
    tablet.docs.orgDoc('o1').transact(() => placedMap(tablet.docs, 'o1').set('v1', newRecord(PLACED_PIECE_RECORD, { example: '', order: 0 })));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(placedIds(facilitator.docs, 'o1'), 'nothing leaves the device while it is offline').toEqual([]);

    network.dispatchEvent(new Event('online'));
    await until(() => placedIds(facilitator.docs, 'o1').includes('v1'));
    await until(() => statusOf(tablet.sync) === 'connected');
  });
});

describe('the end of a live session, against our server', () => {
  it('sees the room ended (4410) by the facilitator as over, on every device, and does not reconnect', async () => {
    const { createRoom, participantKey, postJson, startTestServer } = await import('../../tests/support/test-server.ts');
    const server = await startTestServer();
    try {
      const room = await createRoom(server.http, ['o1']);
      const ours = { port: server.running.port };
      const facilitator = device(ours, { roomId: room.roomId, key: room.facilitatorKey, role: 'facilitator' });
      const tablet = device(ours, {
        roomId: room.roomId,
        key: await participantKey(server.http, room.roomId, 'o1'),
        role: 'participant',
        organisationId: 'o1',
      });
      await until(() => statusOf(facilitator.sync) === 'connected' && statusOf(tablet.sync) === 'connected');
      expect(sessionOverReason(tablet.sync.getState())).toBeNull();

      const ended = await postJson(`${server.http}/api/rooms/${room.roomId}/end`, {}, { Authorization: `Bearer ${room.facilitatorKey}` });
      expect(ended.status).toBe(200);
      await until(() => sessionOverReason(tablet.sync.getState()) === 'ended');
      expect(tablet.sync.getState()).toMatchObject({ status: 'refused', closeCode: 4410 });
      await until(() => sessionOverReason(facilitator.sync.getState()) === 'ended');
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(statusOf(tablet.sync)).toBe('refused');
    } finally {
      await server.stop();
    }
  });

  it.each([
    [{ status: 'refused', closeCode: 4410 }, 'ended'],
    [{ status: 'refused', closeCode: 4411 }, 'expired'],
    [{ status: 'refused', closeCode: 4401 }, null],
    [{ status: 'offline', closeCode: null }, null],
  ] as const)('reads %j as %s', (state, reason) => {
    expect(sessionOverReason({ ...state, lastSyncedAt: null, closeReason: null })).toBe(reason);
  });
});
