import { request } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocStorage } from './doc-storage.ts';
import { SlidingWindowLimiter } from './rate-limit.ts';
import { JOIN_CODE_ALPHABET } from './rooms.ts';
import {
  claim,
  createRoom,
  delay,
  participantKey,
  postJson,
  RawClient,
  serverContent,
  setOrganisations,
  startTestServer,
  updateMessage,
  type TestServer,
} from '../tests/support/test-server.ts';

let server: TestServer;
let now = 0;

async function start(): Promise<TestServer> {
  now = 1_000_000;
  server = await startTestServer({
    limiters: {
      wrongCodes: new SlidingWindowLimiter(10, 60_000, () => now),
      roomCreations: new SlidingWindowLimiter(60, 600_000, () => now),
    },
  });
  return server;
}

afterEach(async () => {
  await server.stop();
});

function facilitator(key: string): Record<string, string> {
  return { Authorization: `Bearer ${key}` };
}

/** A POST from another loopback address, as if from a second tablet. */
function postFrom(localAddress: string, url: string, body: unknown): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: 'POST', localAddress, headers: { 'Content-Type': 'application/json' } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    outgoing.on('error', reject);
    outgoing.end(JSON.stringify(body));
  });
}

describe('opening a room', () => {
  it('gives an unguessable room id, a short unambiguous code and secret keys', async () => {
    await start();
    const first = await createRoom(server.http);
    const second = await createRoom(server.http);

    expect(first.roomId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Buffer.from(first.roomId, 'base64url')).toHaveLength(16);
    expect(first.roomId).not.toBe(second.roomId);
    expect(first.joinCode).toHaveLength(6);
    for (const letter of first.joinCode) expect(JOIN_CODE_ALPHABET).toContain(letter);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[0O1IL]/);
    expect(first.facilitatorKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.projectorKey).not.toBe(first.facilitatorKey);
  });

  it('keeps rooms in rooms.json', async () => {
    await start();
    const room = await createRoom(server.http, ['skolen']);
    const file = JSON.parse(readFileSync(join(server.dataDir, 'rooms.json'), 'utf8')) as { rooms: { roomId: string }[] };
    expect(file.rooms.map((stored) => stored.roomId)).toEqual([room.roomId]);
  });

  it.each([
    ['a list', []],
    ['a string', 'rum'],
    ['null', null],
  ])('refuses %s with a Danish message', async (_name, body) => {
    await start();
    const response = await postJson(`${server.http}/api/rooms`, body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'Forespørgslen kunne ikke læses. Prøv igen.', code: 'bad-request' });
  });

  it('ignores the organisation list an older app sends: organisations come from the setup document', async () => {
    await start();
    const response = await postJson(`${server.http}/api/rooms`, { organisations: [{ id: 'a', name: 'A' }] });
    expect(response.status).toBe(201);
    const { joinCode } = (await response.json()) as { joinCode: string };
    expect(await (await postJson(`${server.http}/api/join`, { code: joinCode })).json()).toMatchObject({ organisations: [] });
  });

  it('refuses a body that is not JSON, too large, or from another site', async () => {
    await start();
    const text = await fetch(`${server.http}/api/rooms`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    expect(text.status).toBe(415);
    const broken = await fetch(`${server.http}/api/rooms`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{' });
    expect(broken.status).toBe(400);
    const large = await postJson(`${server.http}/api/rooms`, { organisations: [], padding: 'x'.repeat(70_000) });
    expect(large.status).toBe(413);
    const foreign = await postJson(`${server.http}/api/rooms`, { organisations: [] }, { Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as { code: string }).code).toBe('origin-refused');
  });
});

describe('managing a room', () => {
  it('needs the facilitator key to read it, close joining, share tablets or release an organisation', async () => {
    await start();
    const room = await createRoom(server.http, ['skolen']);
    const url = `${server.http}/api/rooms/${room.roomId}`;
    const tablet = await participantKey(server.http, room.roomId, 'skolen');

    expect((await fetch(url, { headers: facilitator(room.projectorKey) })).status).toBe(401);
    for (const [path, body] of [
      ['joining', { open: false }],
      ['sharing', { sharedTablets: true }],
      ['release', { organisationId: 'skolen' }],
    ] as const) {
      for (const key of [null, room.projectorKey, tablet]) {
        expect((await postJson(`${url}/${path}`, body, key ? facilitator(key) : {})).status).toBe(401);
      }
    }

    await setOrganisations(server.http, room, ['skolen', 'ny']);
    const shown = (await (await fetch(url, { headers: facilitator(room.facilitatorKey) })).json()) as { organisations: unknown[]; joinCode: string };
    expect(shown.organisations).toEqual([
      { id: 'skolen', name: 'Organisation skolen' },
      { id: 'ny', name: 'Organisation ny' },
    ]);
    expect(shown.joinCode).toBe(room.joinCode);
    // The old way of sending the list is gone.
    expect((await postJson(`${url}/organisations`, { organisations: [] }, facilitator(room.facilitatorKey))).status).toBe(404);
  });

  it('answers an unknown room with 404', async () => {
    await start();
    const response = await fetch(`${server.http}/api/rooms/AAAAAAAAAAAAAAAAAAAAAA`, { headers: facilitator('x') });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { code: string }).code).toBe('room-unknown');
  });
});

describe('joining', () => {
  it('turns a typed code into the room and its organisations, then a key for one of them', async () => {
    await start();
    const room = await createRoom(server.http, ['skolen', 'klubben']);
    const typed = `${room.joinCode.slice(0, 3).toLowerCase()}-${room.joinCode.slice(3)} `;

    const joined = await postJson(`${server.http}/api/join`, { code: typed });
    expect(joined.status).toBe(200);
    expect(await joined.json()).toEqual({
      roomId: room.roomId,
      organisations: [
        { id: 'skolen', name: 'Organisation skolen', heldBy: null },
        { id: 'klubben', name: 'Organisation klubben', heldBy: null },
      ],
    });
    const key = await claim(server.http, room.roomId, 'skolen');
    expect(key.status).toBe(200);
    const { participantKey, deviceId } = (await key.json()) as { participantKey: string; deviceId: string };
    expect(participantKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await (await postJson(`${server.http}/api/join`, { code: typed })).json()).toMatchObject({
      organisations: [{ id: 'skolen', heldBy: deviceId }, { id: 'klubben', heldBy: null }],
    });
    const unknown = await claim(server.http, room.roomId, 'nobody');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { code: string }).code).toBe('organisation-unknown');
  });

  it('refuses the code and new keys once the facilitator closes joining, and opens again', async () => {
    await start();
    const room = await createRoom(server.http, ['skolen']);
    const joining = `${server.http}/api/rooms/${room.roomId}/joining`;

    expect((await postJson(joining, { open: false }, facilitator(room.facilitatorKey))).status).toBe(200);
    const closed = await postJson(`${server.http}/api/join`, { code: room.joinCode });
    expect(closed.status).toBe(404);
    expect(((await closed.json()) as { error: string }).error).toBe('Koden passer ikke til en åben session. Tjek koden på skærmen.');
    const key = await claim(server.http, room.roomId, 'skolen');
    expect(key.status).toBe(403);

    await postJson(joining, { open: true }, facilitator(room.facilitatorKey));
    expect((await postJson(`${server.http}/api/join`, { code: room.joinCode })).status).toBe(200);
  });

  it('rate-limits 1,000 wrong codes from one address to 10 a minute, then lets it try again', async () => {
    await start();
    const room = await createRoom(server.http);
    const statuses = new Map<number, number>();
    for (let attempt = 0; attempt < 1000; attempt++) {
      const response = await postJson(`${server.http}/api/join`, { code: `WR${String(attempt).padStart(4, '2')}` });
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status === 429) expect(response.headers.get('retry-after')).toBe('60');
      await response.arrayBuffer();
    }
    expect(statuses).toEqual(new Map([[404, 10], [429, 990]]));

    // Even the right code is refused while limited, so guessing cannot go on.
    const limited = await postJson(`${server.http}/api/join`, { code: room.joinCode });
    expect(limited.status).toBe(429);
    expect(((await limited.json()) as { error: string }).error).toBe('For mange forkerte koder. Vent et minut, og prøv igen.');
    // Another tablet is not affected.
    expect(await postFrom('127.0.0.2', `${server.http}/api/join`, { code: room.joinCode })).toBe(200);

    now += 60_001;
    expect((await postJson(`${server.http}/api/join`, { code: room.joinCode })).status).toBe(200);
  }, 60_000);

  it('does not count right codes', async () => {
    await start();
    const room = await createRoom(server.http);
    for (let attempt = 0; attempt < 30; attempt++) {
      expect((await postJson(`${server.http}/api/join`, { code: room.joinCode })).status).toBe(200);
    }
  });
});

describe('info', () => {
  it('lists no LAN address when listening on loopback only', async () => {
    await start();
    expect(await (await fetch(`${server.http}/api/info`)).json()).toEqual({ urls: [] });
    expect((await fetch(`${server.http}/api/nothing`)).status).toBe(404);
  });
});

describe('time', () => {
  it("tells the server's clock, for the devices' phase timers", async () => {
    server = await startTestServer({ now: () => 1_800_000_000_123 });
    const response = await fetch(`${server.http}/api/time`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ now: 1_800_000_000_123 });
  });
});

/** A change to a room document, written by a facilitator connection (so there is something stored). */
async function writeSomething(ws: string, roomId: string, part: string, key: string): Promise<RawClient> {
  const client = await RawClient.synced(`${ws}/sync/${roomId}/${part}?key=${key}`);
  const doc = new Y.Doc();
  doc.getMap('facts').set('title', 'Netværksmøde');
  client.send(updateMessage(Y.encodeStateAsUpdate(doc)));
  // The server answers a new connection only with what is stored: seeing the change means it is on disk.
  while ((await serverContent(ws, roomId, part, key)).getMap('facts').get('title') !== 'Netværksmøde') await delay(20);
  return client;
}

/** What LevelDB holds for a room document, read after the server has stopped. */
async function storedTitle(dataDir: string, name: string): Promise<unknown> {
  const storage = new DocStorage(join(dataDir, 'docs'));
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await storage.load(name));
  await storage.close();
  return doc.getMap('facts').get('title');
}

describe('ending a room', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  function dataFolder(): string {
    const folder = mkdtempSync(join(tmpdir(), 'vaerdi-end-'));
    folders.push(folder);
    return folder;
  }

  it('only the facilitator can end it', async () => {
    await start();
    const room = await createRoom(server.http, ['skolen']);
    const end = `${server.http}/api/rooms/${room.roomId}/end`;
    const tablet = await participantKey(server.http, room.roomId, 'skolen');
    for (const key of [room.projectorKey, tablet, 'wrong']) {
      expect((await postJson(end, {}, facilitator(key))).status).toBe(401);
    }
    expect((await postJson(end, {})).status).toBe(401);
    // Not without JSON either (a page elsewhere cannot send it).
    const text = await fetch(end, { method: 'POST', headers: { 'Content-Type': 'text/plain', ...facilitator(room.facilitatorKey) }, body: '{}' });
    expect(text.status).toBe(415);
    expect((await postJson(`${server.http}/api/join`, { code: room.joinCode })).status).toBe(200);
  });

  it('closes every connection with 4410, refuses joining and reconnecting, and deletes its documents', async () => {
    const dataDir = dataFolder();
    server = await startTestServer({ dataDir });
    const room = await createRoom(server.http, ['skolen']);
    const kept = await createRoom(server.http, ['skolen']);
    const tabletKey = await participantKey(server.http, room.roomId, 'skolen');
    const writer = await writeSomething(server.ws, room.roomId, 'setup', room.facilitatorKey);
    const keptWriter = await writeSomething(server.ws, kept.roomId, 'setup', kept.facilitatorKey);
    const tablet = await RawClient.synced(`${server.ws}/sync/${room.roomId}/org/skolen?key=${tabletKey}`);
    const projector = await RawClient.synced(`${server.ws}/sync/${room.roomId}/control?key=${room.projectorKey}`);

    const ended = await postJson(`${server.http}/api/rooms/${room.roomId}/end`, {}, facilitator(room.facilitatorKey));
    expect(ended.status).toBe(200);
    expect(await ended.json()).toEqual({ ended: true });
    for (const client of [writer, tablet, projector]) expect((await client.closed).code).toBe(4410);

    expect((await postJson(`${server.http}/api/join`, { code: room.joinCode })).status).toBe(404);
    const key = await postJson(`${server.http}/api/rooms/${room.roomId}/participants`, { organisationId: 'skolen' });
    expect(key.status).toBe(410);
    expect(await key.json()).toEqual({ error: 'Sessionen er afsluttet.', code: 'room-ended' });
    const again = await postJson(`${server.http}/api/rooms/${room.roomId}/end`, {}, facilitator(room.facilitatorKey));
    expect(again.status).toBe(410);
    const late = await RawClient.connect(`${server.ws}/sync/${room.roomId}/setup?key=${room.facilitatorKey}`);
    expect(await late.closed).toEqual({ code: 4410, reason: 'room ended' });
    // Another room goes on.
    expect(server.running.sync.hasConnections(kept.roomId)).toBe(true);

    keptWriter.close();
    await server.stop();
    expect(await storedTitle(dataDir, `${room.roomId}/setup`)).toBeUndefined();
    expect(await storedTitle(dataDir, `${kept.roomId}/setup`)).toBe('Netværksmøde');
  });
});

describe('room expiry', () => {
  it('ends a room with no connections for the time to live (4411 afterwards), never one with a device connected', async () => {
    const hour = 3_600_000;
    let clock = Date.parse('2026-11-22T08:00:00Z');
    const dataDir = mkdtempSync(join(tmpdir(), 'vaerdi-expiry-'));
    try {
      server = await startTestServer({ dataDir, now: () => clock, roomTtlMs: 12 * hour });
      const room = await createRoom(server.http, ['skolen']);
      const writer = await writeSomething(server.ws, room.roomId, 'setup', room.facilitatorKey);

      clock += 30 * hour;
      expect(server.running.expiry.sweep()).toEqual([]);
      writer.close();
      await writer.closed;
      while (server.running.sync.hasConnections(room.roomId)) await delay(10);
      clock += 12 * hour - 1;
      expect(server.running.expiry.sweep()).toEqual([]);
      clock += 1;
      expect(server.running.expiry.sweep()).toEqual([room.roomId]);

      const late = await RawClient.connect(`${server.ws}/sync/${room.roomId}/setup?key=${room.facilitatorKey}`);
      expect(await late.closed).toEqual({ code: 4411, reason: 'room expired' });
      expect((await postJson(`${server.http}/api/join`, { code: room.joinCode })).status).toBe(404);
      await server.stop();
      expect(await storedTitle(dataDir, `${room.roomId}/setup`)).toBeUndefined();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
