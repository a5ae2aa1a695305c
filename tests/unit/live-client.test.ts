import { ORGANISATION_RECORD } from '../../src/domain/organisation.ts';
import { PLACED_PIECE_RECORD } from '../../src/domain/value-piece.ts';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { volatileStore } from '../../src/state/doc-store.ts';
import { LiveSync, type LiveSyncOptions } from '../../src/state/live-sync.ts';
import { WorkshopDocs } from '../../src/state/workshop-docs.ts';
import { controlMap, factsMap, newRecord, organisationsMap, placedMap, writeNewWorkshop } from '../../src/state/workshop-layout.ts';
import { readTally } from '../../src/domain/workshop-doc.ts';
import { LiveApi, type HostedRoom } from '../../src/features/live/live-api.ts';
import { LiveServer } from '../e2e/live-server.ts';

/*
 * The app's live-session client (LiveSync and the API client) against the real session server,
 * started as the README starts it (server/main.ts): roles as the server enforces them, and the
 * client's answers to its close codes.
 */

let server: LiveServer;
const opened: { sync: LiveSync; docs: WorkshopDocs }[] = [];

beforeAll(async () => {
  server = await LiveServer.start();
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

afterEach(async () => {
  for (const { sync, docs } of opened.splice(0)) {
    sync.destroy();
    await docs.close();
  }
});

function device(room: HostedRoom, options: Pick<LiveSyncOptions, 'key' | 'role' | 'organisationId'>): { sync: LiveSync; docs: WorkshopDocs } {
  const docs = new WorkshopDocs(`copy-${opened.length}`, volatileStore());
  const sync = new LiveSync(docs, {
    serverUrl: `ws://127.0.0.1:${server.port}/sync`,
    roomId: room.roomId,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    networkEvents: null,
    ...options,
  });
  const result = { sync, docs };
  opened.push(result);
  return result;
}

async function until(check: () => boolean, timeout = 10_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function value<T>(result: { ok: true; value: T } | { ok: false; failure: unknown }): T {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.failure)}`);
  return result.value;
}

function addOrganisation(docs: WorkshopDocs, id: string, name: string): void {
  docs.setup.transact(() => organisationsMap(docs).set(id, newRecord(ORGANISATION_RECORD, { name, actorType: 'erhvervsdrivende', contact: '', position: 1 })));
  docs.openOrganisation(id);
}

function place(docs: WorkshopDocs, orgId: string, valueId: string): void {
  docs.piecesDoc(orgId).transact(() => placedMap(docs, orgId).set(valueId, newRecord(PLACED_PIECE_RECORD, { example: '', order: 0 })));
}

/** Waits until the server lists the organisation (it reads the list from the setup document the facilitator sends). */
async function joinable(api: LiveApi, room: HostedRoom, organisationId: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = await api.join(room.joinCode);
    if (found.ok && found.value.organisations.some((organisation) => organisation.id === organisationId)) return;
    if (Date.now() > deadline) throw new Error(`the server does not list ${organisationId}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('LiveSync with the session server', () => {
  it('a tablet joins by code, writes its own section, and reads the facilitator’s', async () => {
    const api = new LiveApi(server.url);
    const room = value(await api.createRoom());
    const facilitator = device(room, { key: room.facilitatorKey, role: 'facilitator', organisationId: null });
    writeNewWorkshop(facilitator.docs, 'Netværksmøde', 1);
    addOrganisation(facilitator.docs, 'o1', 'MENY');

    await joinable(api, room, 'o1');
    const found = value(await api.join(room.joinCode.toLowerCase()));
    expect(found).toEqual({ roomId: room.roomId, organisations: [{ id: 'o1', name: 'MENY', heldBy: null }] });
    const { participantKey: key, deviceId } = value(await api.participate(room.roomId, 'o1'));
    expect(value(await api.join(room.joinCode)).organisations[0]?.heldBy).toBe(deviceId);
    const tablet = device(room, { key, role: 'participant', organisationId: 'o1' });
    tablet.docs.openOrganisation('o1');
    await until(() => tablet.sync.getState().status === 'connected' && factsMap(tablet.docs).get('title') === 'Netværksmøde');

    place(tablet.docs, 'o1', 'bredere-maalgruppe');
    await until(() => placedMap(facilitator.docs, 'o1').has('bredere-maalgruppe'));
  });

  it("a tablet receives another organisation's pieces only after the reveal, lets go of them when they are hidden again, and stays connected throughout", async () => {
    const api = new LiveApi(server.url);
    const room = value(await api.createRoom());
    const facilitator = device(room, { key: room.facilitatorKey, role: 'facilitator', organisationId: null });
    writeNewWorkshop(facilitator.docs, 'Netværksmøde', 1);
    addOrganisation(facilitator.docs, 'o1', 'MENY');
    addOrganisation(facilitator.docs, 'o2', 'Biblioteket');
    place(facilitator.docs, 'o2', 'tryghed');
    await joinable(api, room, 'o1');
    const tablet = device(room, { key: value(await api.participate(room.roomId, 'o1')).participantKey, role: 'participant', organisationId: 'o1' });
    tablet.docs.openOrganisation('o1');
    tablet.docs.openOrganisation('o2');
    await until(() => tablet.sync.getState().status === 'connected' && readTally(tablet.docs.tally).pieces.o2 === 1);
    expect(placedMap(tablet.docs, 'o2').size).toBe(0);

    facilitator.docs.control.transact(() => controlMap(facilitator.docs).set('isRevealed', true));
    await until(() => placedMap(tablet.docs, 'o2').has('tryghed'));
    expect(tablet.sync.getState().status).toBe('connected');

    facilitator.docs.control.transact(() => controlMap(facilitator.docs).set('isRevealed', false));
    place(facilitator.docs, 'o2', 'oeget-faglighed');
    await until(() => readTally(tablet.docs.tally).pieces.o2 === 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(placedMap(tablet.docs, 'o2').has('oeget-faglighed')).toBe(false);
    expect(tablet.sync.getState().status).toBe('connected');
  });

  it('a tablet that writes the facilitator’s document is refused (4403) and says so', async () => {
    const api = new LiveApi(server.url);
    const room = value(await api.createRoom());
    const facilitator = device(room, { key: room.facilitatorKey, role: 'facilitator', organisationId: null });
    writeNewWorkshop(facilitator.docs, 'Netværksmøde', 1);
    addOrganisation(facilitator.docs, 'o1', 'MENY');
    await joinable(api, room, 'o1');
    const tablet = device(room, { key: value(await api.participate(room.roomId, 'o1')).participantKey, role: 'participant', organisationId: 'o1' });
    await until(() => tablet.sync.getState().status === 'connected' && factsMap(tablet.docs).has('title'));

    tablet.docs.setup.transact(() => factsMap(tablet.docs).set('title', 'Forfalsket'));
    await until(() => tablet.sync.getState().status === 'refused');
    expect(tablet.sync.getState().closeCode).toBe(4403);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(factsMap(facilitator.docs).get('title')).toBe('Netværksmøde');
  });

  it('a wrong key is refused (4401)', async () => {
    const room = value(await new LiveApi(server.url).createRoom());
    const stranger = device(room, { key: 'x'.repeat(43), role: 'participant', organisationId: null });
    await until(() => stranger.sync.getState().status === 'refused');
    expect(stranger.sync.getState().closeCode).toBe(4401);
  });

  it('organisations follow the setup document: one added syncs, one removed revokes its tablet, and added back it syncs again', async () => {
    const api = new LiveApi(server.url);
    const room = value(await api.createRoom());
    const facilitator = device(room, { key: room.facilitatorKey, role: 'facilitator', organisationId: null });
    writeNewWorkshop(facilitator.docs, 'Netværksmøde', 1);
    addOrganisation(facilitator.docs, 'o1', 'MENY');
    await until(() => facilitator.sync.getState().status === 'connected');

    // Nothing but the setup document tells the server about a new organisation.
    addOrganisation(facilitator.docs, 'o2', 'Biblioteket');
    place(facilitator.docs, 'o2', 'tryghed');
    const projector = device(room, { key: room.projectorKey, role: 'projector', organisationId: null });
    await until(() => organisationsMap(projector.docs).has('o2'));
    projector.docs.openOrganisation('o2');
    // Before the reveal the projector has the server's count of the pieces, not the pieces.
    await until(() => readTally(projector.docs.tally).pieces.o2 === 1);
    expect(placedMap(projector.docs, 'o2').size).toBe(0);
    await joinable(api, room, 'o2');
    const tablet = device(room, { key: value(await api.participate(room.roomId, 'o2')).participantKey, role: 'participant', organisationId: 'o2' });
    tablet.docs.openOrganisation('o2');
    await until(() => tablet.sync.getState().status === 'connected');

    // Taken out: its tablet's key is revoked; the facilitator and the projector are not in trouble.
    facilitator.docs.setup.transact(() => organisationsMap(facilitator.docs).delete('o2'));
    await until(() => tablet.sync.getState().status === 'refused');
    expect(tablet.sync.getState().closeCode).toBe(4401);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(facilitator.sync.getState().status).toBe('connected');
    expect(projector.sync.getState().status).toBe('connected');

    // Added back (an undo): the documents that were refused are asked for again, without a timer.
    addOrganisation(facilitator.docs, 'o2', 'Biblioteket');
    place(facilitator.docs, 'o2', 'oeget-faglighed');
    await until(() => readTally(projector.docs.tally).pieces.o2 === 2);
    expect(facilitator.sync.getState().status).toBe('connected');
  }, 30_000);
});
