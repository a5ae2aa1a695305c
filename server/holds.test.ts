import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { claim, createRoom, postJson, RawClient, setOrganisations, startTestServer, updateMessage, type CreatedRoom, type TestServer } from '../tests/support/test-server.ts';

/**
 * One device holds one organisation (issue 14, item 4), and the room's organisations are the ones its
 * setup document lists (item 3): against the real server, with raw clients.
 */

let server: TestServer;
let room: CreatedRoom;
const folders: string[] = [];

afterEach(async () => {
  await server.stop();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function start(dataDir?: string): Promise<void> {
  server = await startTestServer(dataDir ? { dataDir } : {});
}

const IPAD = { 'User-Agent': 'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1' };

interface Claimed {
  participantKey: string;
  deviceId: string;
}

async function claimed(organisationId: string, key?: string): Promise<Claimed> {
  const response = await claim(server.http, room.roomId, organisationId, key, IPAD);
  expect(response.status).toBe(200);
  return (await response.json()) as Claimed;
}

function url(part: string, key: string): string {
  return `${server.ws}/sync/${room.roomId}/${part}?key=${encodeURIComponent(key)}`;
}

function asFacilitator(): Record<string, string> {
  return { Authorization: `Bearer ${room.facilitatorKey}` };
}

interface RoomView {
  sharedTablets: boolean;
  holds: { organisationId: string; deviceId: string; device: string; claimedAt: string; connected: boolean }[];
}

async function roomView(): Promise<RoomView> {
  return (await (await fetch(`${server.http}/api/rooms/${room.roomId}`, { headers: asFacilitator() })).json()) as RoomView;
}

async function release(organisationId: string): Promise<Response> {
  return postJson(`${server.http}/api/rooms/${room.roomId}/release`, { organisationId }, asFacilitator());
}

async function heldBy(): Promise<Record<string, string | null>> {
  const joined = (await (await postJson(`${server.http}/api/join`, { code: room.joinCode })).json()) as { organisations: { id: string; heldBy: string | null }[] };
  return Object.fromEntries(joined.organisations.map(({ id, heldBy: holder }) => [id, holder]));
}

describe('holding an organisation', () => {
  it('the first device to choose an organisation holds it; another device is told it is taken (409)', async () => {
    await start();
    room = await createRoom(server.http, ['skolen', 'klubben']);
    const first = await claimed('skolen');

    const second = await claim(server.http, room.roomId, 'skolen');
    expect(second.status).toBe(409);
    expect(await second.json()).toEqual({
      error: 'En anden enhed har allerede valgt organisationen. Spørg facilitatoren, hvis det er forkert.',
      code: 'organisation-held',
    });
    // Sending a key that is not the holder's changes nothing.
    expect((await claim(server.http, room.roomId, 'skolen', 'x'.repeat(43))).status).toBe(409);
    expect(await heldBy()).toEqual({ skolen: first.deviceId, klubben: null });
    // The other organisation is still free for another device.
    const other = await claimed('klubben');
    expect(other.deviceId).not.toBe(first.deviceId);
  });

  it('a device that reloads keeps its hold: its key works after a server restart, and asking again gives the same key', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vaerdi-holds-'));
    folders.push(dataDir);
    await start(dataDir);
    room = await createRoom(server.http, ['skolen']);
    const tablet = await claimed('skolen');
    await server.stop();

    await start(dataDir);
    const reconnected = await RawClient.synced(url('org/skolen', tablet.participantKey));
    expect(reconnected.socket.readyState).toBe(reconnected.socket.OPEN);
    expect(await claimed('skolen', tablet.participantKey)).toEqual(tablet);
    expect((await claim(server.http, room.roomId, 'skolen')).status).toBe(409);
    // Closing joining keeps a device out, but not from its own hold.
    await postJson(`${server.http}/api/rooms/${room.roomId}/joining`, { open: false }, asFacilitator());
    expect(await claimed('skolen', tablet.participantKey)).toEqual(tablet);
    reconnected.close();
  });

  it('shows the facilitator which device holds which organisation, since when, and whether it is connected', async () => {
    await start();
    room = await createRoom(server.http, ['skolen', 'klubben']);
    const tablet = await claimed('skolen');
    expect((await roomView()).holds).toEqual([
      { organisationId: 'skolen', deviceId: tablet.deviceId, device: 'iPad · Safari', claimedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), connected: false },
    ]);

    const connection = await RawClient.synced(url('control', tablet.participantKey));
    expect((await roomView()).holds[0]?.connected).toBe(true);
    connection.close();
    await expect.poll(async () => (await roomView()).holds[0]?.connected).toBe(false);
  });

  it('releasing closes the device’s connections (4401), its key stops working, and the next device holds it', async () => {
    await start();
    room = await createRoom(server.http, ['skolen', 'klubben']);
    const tablet = await claimed('skolen');
    const other = await claimed('klubben');
    const connections = await Promise.all(['control', 'org/skolen'].map((part) => RawClient.synced(url(part, tablet.participantKey))));
    const bystander = await RawClient.synced(url('org/klubben', other.participantKey));

    const released = await release('skolen');
    expect(released.status).toBe(200);
    expect(await released.json()).toEqual({ released: true });
    for (const connection of connections) expect(await connection.closed).toEqual({ code: 4401, reason: 'hold released' });
    expect((await RawClient.connect(url('control', tablet.participantKey)).then((late) => late.closed)).code).toBe(4401);
    expect(await heldBy()).toEqual({ skolen: null, klubben: other.deviceId });
    expect(bystander.socket.readyState).toBe(bystander.socket.OPEN);

    // Reassigning is releasing: the next device to choose it holds it.
    const next = await claimed('skolen');
    expect(next.participantKey).not.toBe(tablet.participantKey);
    expect(await (await release('nobody')).json()).toEqual({ released: false });
  });

  it('a device that chooses another organisation moves its hold there, unless tablets may be shared', async () => {
    await start();
    room = await createRoom(server.http, ['skolen', 'klubben', 'hallen']);
    const tablet = await claimed('skolen');
    const connection = await RawClient.synced(url('org/skolen', tablet.participantKey));

    const moved = await claimed('klubben', tablet.participantKey);
    expect(moved.deviceId).toBe(tablet.deviceId);
    expect((await connection.closed).code).toBe(4401);
    expect(await heldBy()).toEqual({ skolen: null, klubben: tablet.deviceId, hallen: null });

    const shared = await postJson(`${server.http}/api/rooms/${room.roomId}/sharing`, { sharedTablets: true }, asFacilitator());
    expect(await shared.json()).toEqual({ sharedTablets: true });
    const both = await claimed('hallen', moved.participantKey);
    expect(both.deviceId).toBe(tablet.deviceId);
    expect(await heldBy()).toEqual({ skolen: null, klubben: tablet.deviceId, hallen: tablet.deviceId });
    // Both keys work; each organisation is still held by one device only.
    for (const [part, key] of [
      ['org/klubben', moved.participantKey],
      ['org/hallen', both.participantKey],
    ] as const) {
      const open = await RawClient.synced(url(part, key));
      open.close();
    }
    expect((await claim(server.http, room.roomId, 'hallen')).status).toBe(409);
    // Back to a held one from the other: the same key.
    expect(await claimed('klubben', both.participantKey)).toEqual(moved);
    expect((await roomView()).sharedTablets).toBe(true);
  });
});

describe('organisations from the setup document', () => {
  it('removing an organisation revokes its hold at once (4401); adding one makes it joinable', async () => {
    await start();
    room = await createRoom(server.http, ['skolen', 'klubben']);
    const skolen = await claimed('skolen');
    const klubben = await claimed('klubben');
    const tablet = await RawClient.synced(url('control', skolen.participantKey));
    const reader = await RawClient.synced(url('org/skolen', klubben.participantKey));
    expect((await claim(server.http, room.roomId, 'hallen')).status).toBe(404);

    await setOrganisations(server.http, room, ['klubben', 'hallen']);
    expect(await tablet.closed).toEqual({ code: 4401, reason: 'organisation removed' });
    // Another tablet reading the removed organisation's document is told it is gone, and keeps its own hold.
    expect(await reader.closed).toEqual({ code: 4404, reason: 'organisation removed' });
    expect((await RawClient.connect(url('control', skolen.participantKey)).then((late) => late.closed)).code).toBe(4401);
    expect((await roomView()).holds.map((hold) => hold.organisationId)).toEqual(['klubben']);
    expect(await heldBy()).toEqual({ klubben: klubben.deviceId, hallen: null });
    await claimed('hallen');
  });

  it('a document asked for a moment before the setup lists its organisation is served once it does', async () => {
    server = await startTestServer({ organisationWaitMs: 5000 });
    room = await createRoom(server.http, ['skolen']);
    const early = await RawClient.connect(url('org/hallen', room.facilitatorKey));
    await setOrganisations(server.http, room, ['skolen', 'hallen']);

    const writer = await RawClient.synced(url('org/hallen', room.facilitatorKey));
    const marker = new Y.Doc();
    const driver = new Y.Map<unknown>();
    driver.set('text', 'Markør');
    driver.set('order', 0);
    marker.getMap('drivers').set('marker', driver);
    writer.send(updateMessage(Y.encodeStateAsUpdate(marker)));
    await early.until(() => early.doc.getMap('drivers').has('marker'));
    expect(early.socket.readyState).toBe(early.socket.OPEN);
    early.close();
    writer.close();
  });
});
