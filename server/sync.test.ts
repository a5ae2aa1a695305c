import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  awarenessMessage,
  createRoom,
  delay,
  participantKey,
  postJson,
  RawClient,
  serverContent,
  startTestServer,
  step2Message,
  updateMessage,
  type CreatedRoom,
  type TestServer,
} from '../tests/support/test-server.ts';

/**
 * The WebSocket side, spoken by hand: every message here is built byte by byte with y-protocols, the way
 * a hostile tablet could send it, and the server's documents are read back afterwards.
 */

let server: TestServer;
let room: CreatedRoom;
let skolenKey: string;

beforeEach(async () => {
  server = await startTestServer();
  room = await createRoom(server.http, ['skolen', 'klubben']);
  skolenKey = await participantKey(server.http, room.roomId, 'skolen');
});

afterEach(async () => {
  await server.stop();
});

function docUrl(part: string, key: string): string {
  return `${server.ws}/sync/${room.roomId}/${part}?key=${encodeURIComponent(key)}`;
}

/** An update that sets `key` to `value` in the map `name`, made on a scratch document. */
function mapUpdate(name: string, key: string, value: unknown, base?: Y.Doc): Uint8Array {
  const doc = new Y.Doc();
  if (base) Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(doc);
  doc.getMap(name).set(key, value);
  return Y.encodeStateAsUpdate(doc, before);
}

/** Changes the client's own copy and sends the change, as an honest y-websocket client does. */
function write(client: RawClient, change: (doc: Y.Doc) => void): void {
  const before = Y.encodeStateVector(client.doc);
  change(client.doc);
  client.send(updateMessage(Y.encodeStateAsUpdate(client.doc, before)));
}

describe('syncing', () => {
  it('sends a facilitator change on control to every other client and keeps it', async () => {
    const facilitator = await RawClient.synced(docUrl('control', room.facilitatorKey));
    const projector = await RawClient.synced(docUrl('control', room.projectorKey));
    const tablet = await RawClient.synced(docUrl('control', skolenKey));

    facilitator.send(updateMessage(mapUpdate('control', 'phase', 'value-game')));

    await projector.until(() => projector.doc.getMap('control').get('phase') === 'value-game');
    await tablet.until(() => tablet.doc.getMap('control').get('phase') === 'value-game');
    const stored = await serverContent(server.ws, room.roomId, 'control', room.facilitatorKey);
    expect(stored.getMap('control').get('phase')).toBe('value-game');
  });

  it('lets a tablet write its own organisation and everyone read it, with the slash encoded or not', async () => {
    const tablet = await RawClient.synced(docUrl('org%2Fskolen', skolenKey));
    const projector = await RawClient.synced(docUrl('org/skolen', room.projectorKey));

    tablet.send(updateMessage(mapUpdate('pieces', 'tillid', { slot: 'tillid' })));

    await projector.until(() => projector.doc.getMap('pieces').has('tillid'));
    expect(tablet.socket.readyState).toBe(tablet.socket.OPEN);
  });
});

describe('roles', () => {
  /**
   * The forger sends its bytes and is closed with 4403. Then the facilitator writes a marker: once the
   * observer has the marker, it has had every message the server broadcast before it, so the forged
   * change's absence is proven, not just not yet seen.
   */
  async function expectForgeryRefused(part: string, forgerKey: string, send: (forger: RawClient) => void) {
    const facilitator = await RawClient.synced(docUrl(part, room.facilitatorKey));
    const observer = await RawClient.synced(docUrl(part, room.projectorKey));
    const forger = await RawClient.synced(docUrl(part, forgerKey));

    send(forger);
    expect((await forger.closed).code).toBe(4403);

    facilitator.send(updateMessage(mapUpdate('marker', 'after', true)));
    await observer.until(() => observer.doc.getMap('marker').get('after') === true);
    expect(observer.doc.getMap('control').toJSON()).toEqual({});
    expect(observer.doc.getMap('pieces').toJSON()).toEqual({});
    const stored = await serverContent(server.ws, room.roomId, part, room.facilitatorKey);
    expect(stored.getMap('control').toJSON()).toEqual({});
    expect(stored.getMap('pieces').toJSON()).toEqual({});
    expect(stored.getMap('marker').get('after')).toBe(true);
  }

  it('refuses a participant forging a facilitator update on control', async () => {
    await expectForgeryRefused('control', skolenKey, (forger) =>
      forger.send(updateMessage(mapUpdate('control', 'revealed', true))),
    );
  });

  it('refuses the same forgery sent as a sync step 2', async () => {
    await expectForgeryRefused('control', skolenKey, (forger) =>
      forger.send(step2Message(mapUpdate('control', 'locked', true))),
    );
  });

  it("refuses a participant writing to another organisation's section", async () => {
    await expectForgeryRefused('org/klubben', skolenKey, (forger) =>
      forger.send(updateMessage(mapUpdate('pieces', 'tillid', { slot: 'tillid' }))),
    );
  });

  it('refuses any write from the projector, also a deletion of what is there', async () => {
    const facilitator = await RawClient.synced(docUrl('setup', room.facilitatorKey));
    facilitator.send(updateMessage(mapUpdate('facts', 'title', 'Netværksmøde')));
    const projector = await RawClient.synced(docUrl('setup', room.projectorKey));
    await projector.until(() => projector.doc.getMap('facts').get('title') === 'Netværksmøde');

    const before = Y.encodeStateVector(projector.doc);
    projector.doc.getMap('facts').delete('title');
    projector.send(updateMessage(Y.encodeStateAsUpdate(projector.doc, before)));

    expect((await projector.closed).code).toBe(4403);
    const stored = await serverContent(server.ws, room.roomId, 'setup', room.facilitatorKey);
    expect(stored.getMap('facts').get('title')).toBe('Netværksmøde');
  });

  it('accepts the empty sync step 2 an honest read-only client sends, deletions included', async () => {
    const facilitator = await RawClient.synced(docUrl('control', room.facilitatorKey));
    write(facilitator, (doc) => doc.getMap('control').set('phase', 'warm-up'));
    // Overwriting a map entry deletes the old one: the server's document now has a delete set.
    write(facilitator, (doc) => doc.getMap('control').set('phase', 'value-game'));
    const tablet = await RawClient.synced(docUrl('control', skolenKey));
    await tablet.until(() => tablet.doc.getMap('control').get('phase') === 'value-game');

    // What y-websocket sends after the server's step 1: everything the server lacks (nothing) + all deletions.
    tablet.send(step2Message(Y.encodeStateAsUpdate(tablet.doc, Y.encodeStateVector(tablet.doc))));
    tablet.send(step2Message(Y.encodeStateAsUpdate(tablet.doc)));
    write(facilitator, (doc) => doc.getMap('control').set('locked', true));

    await tablet.until(() => tablet.doc.getMap('control').get('locked') === true);
    expect(tablet.socket.readyState).toBe(tablet.socket.OPEN);
  });
});

describe('bad input', () => {
  it('closes a connection that sends more than 1 MB and keeps serving others', async () => {
    const facilitator = await RawClient.synced(docUrl('setup', room.facilitatorKey));
    facilitator.send(updateMessage(mapUpdate('facts', 'huge', 'x'.repeat(1024 * 1024 + 10))));

    expect((await facilitator.closed).code).toBe(1009);
    const stored = await serverContent(server.ws, room.roomId, 'setup', room.facilitatorKey);
    expect(stored.getMap('facts').has('huge')).toBe(false);
  });

  it.each([
    ['garbage bytes', new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])],
    ['an empty message', new Uint8Array([])],
    ['an unknown message type', new Uint8Array([7, 0])],
    ['an unknown sync message', new Uint8Array([0, 9, 0])],
    ['a truncated update', updateMessage(mapUpdate('facts', 'title', 'Halvt')).slice(0, 12)],
    ['an update that is not Yjs', updateMessage(new Uint8Array([5, 200, 3, 1, 2, 3, 4, 5, 6, 7]))],
    ['an awareness update that is not JSON', new Uint8Array([1, 5, 1, 1, 1, 2, 123, 123])],
  ])('closes the connection on %s with 4400 and changes nothing', async (_name, bytes) => {
    const facilitator = await RawClient.synced(docUrl('setup', room.facilitatorKey));
    facilitator.send(bytes);
    expect((await facilitator.closed).code).toBe(4400);
    const stored = await serverContent(server.ws, room.roomId, 'setup', room.facilitatorKey);
    expect(stored.getMap('facts').size).toBe(0);
  });

  it('closes a connection that sends text frames', async () => {
    const facilitator = await RawClient.synced(docUrl('setup', room.facilitatorKey));
    facilitator.send('hello');
    expect((await facilitator.closed).code).toBe(4400);
  });

  it('survives a broken WebSocket frame on the wire', async () => {
    const facilitator = await RawClient.synced(docUrl('setup', room.facilitatorKey));
    // A frame with reserved bits set and an unknown opcode: not WebSocket at all.
    const raw = (facilitator.socket as unknown as { _socket: { write(bytes: Buffer): void } })._socket;
    raw.write(Buffer.from([0x7f, 0x85, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    expect((await facilitator.closed).code).not.toBe(1000);
    const again = await RawClient.synced(docUrl('setup', room.facilitatorKey));
    expect(again.socket.readyState).toBe(again.socket.OPEN);
  });

  it.each([
    ['an unknown room', () => `${server.ws}/sync/AAAAAAAAAAAAAAAAAAAAAA/setup?key=${room.facilitatorKey}`, 4404],
    ['a wrong key', () => docUrl('setup', 'not-the-key'), 4401],
    ['no key', () => `${server.ws}/sync/${room.roomId}/setup`, 4401],
    ['an organisation not in the room', () => docUrl('org/nobody', room.facilitatorKey), 4404],
    ['an unknown document', () => docUrl('secrets', room.facilitatorKey), 4400],
    ['a path with dots', () => `${server.ws}/sync/${room.roomId}/org/..%2F..%2Fsetup?key=${room.facilitatorKey}`, 4400],
  ])('closes a connection to %s', async (_name, url, code) => {
    const client = await RawClient.connect(url());
    expect((await client.closed).code).toBe(code);
  });

  it('refuses an upgrade from another origin, and allows its own and an allow-listed one', async () => {
    const url = docUrl('setup', room.facilitatorKey);
    await expect(RawClient.connect(url, { Origin: 'http://evil.example' })).rejects.toThrow('HTTP 403');
    const own = await RawClient.connect(url, { Origin: server.http });
    own.close();

    const allowing = await startTestServer({ allowedOrigins: ['http://localhost:5173'] });
    const otherRoom = await createRoom(allowing.http);
    const dev = await RawClient.connect(`${allowing.ws}/sync/${otherRoom.roomId}/setup?key=${otherRoom.facilitatorKey}`, {
      Origin: 'http://localhost:5173',
    });
    dev.close();
    await allowing.stop();
  });

  it('closes a tablet whose organisation was taken out of the room', async () => {
    const tablet = await RawClient.synced(docUrl('org/skolen', skolenKey));
    const response = await postJson(
      `${server.http}/api/rooms/${room.roomId}/organisations`,
      { organisations: [{ id: 'klubben', name: 'Klubben' }] },
      { Authorization: `Bearer ${room.facilitatorKey}` },
    );
    expect(response.status).toBe(200);
    expect((await tablet.closed).code).toBe(4401);
  });
});

describe('presence', () => {
  it("stamps each state with the connection's real role and organisation", async () => {
    const projector = await RawClient.synced(docUrl('control', room.projectorKey));
    const tablet = await RawClient.synced(docUrl('control', skolenKey));

    tablet.send(awarenessMessage([{ clientId: 77, clock: 1, state: { role: 'facilitator', organisationId: 'klubben', dragging: { valueId: 'tillid' } } }]));

    await projector.until(() => projector.awareness.has(77));
    expect(projector.awareness.get(77)).toEqual({ role: 'participant', organisationId: 'skolen', dragging: { valueId: 'tillid' } });
  });

  it('drops oversized states and removes a closed connection’s states for everyone', async () => {
    const projector = await RawClient.synced(docUrl('control', room.projectorKey));
    const tablet = await RawClient.synced(docUrl('control', skolenKey));

    tablet.send(awarenessMessage([{ clientId: 5, clock: 1, state: { filler: 'x'.repeat(5000) } }]));
    tablet.send(awarenessMessage([{ clientId: 6, clock: 1, state: { dragging: null } }]));
    await projector.until(() => projector.awareness.has(6));
    expect(projector.awareness.has(5)).toBe(false);

    tablet.close();
    await projector.until(() => !projector.awareness.has(6));
  });

  it('ignores a state echoed back by another device, so it still leaves with the device that set it', async () => {
    const projector = await RawClient.synced(docUrl('control', room.projectorKey));
    const tablet = await RawClient.synced(docUrl('control', skolenKey));
    const facilitator = await RawClient.synced(docUrl('control', room.facilitatorKey));
    tablet.send(awarenessMessage([{ clientId: 40, clock: 1, state: { dragging: null } }]));
    await facilitator.until(() => facilitator.awareness.has(40));

    // y-websocket clients send every awareness change they receive back to the server, unchanged.
    facilitator.send(awarenessMessage([{ clientId: 40, clock: 1, state: { dragging: null } }]));
    facilitator.send(awarenessMessage([{ clientId: 41, clock: 1, state: { dragging: null } }]));
    await projector.until(() => projector.awareness.has(41));
    expect(projector.awareness.get(40)).toEqual({ dragging: null, role: 'participant', organisationId: 'skolen' });

    tablet.close();
    await projector.until(() => !projector.awareness.has(40));
    expect(projector.awareness.has(41)).toBe(true);
  });

  it('lets one connection own at most four awareness ids', async () => {
    const projector = await RawClient.synced(docUrl('control', room.projectorKey));
    const tablet = await RawClient.synced(docUrl('control', skolenKey));
    tablet.send(awarenessMessage([1, 2, 3, 4, 5, 6].map((clientId) => ({ clientId, clock: 1, state: {} }))));
    await projector.until(() => projector.awareness.size >= 4);
    await delay(100);
    expect([...projector.awareness.keys()].sort()).toEqual([1, 2, 3, 4]);
  });
});

describe('memory', () => {
  it('unloads a room document after its last connection and loads it again from disk', async () => {
    const quick = await startTestServer({ unloadAfterMs: 50 });
    const quickRoom = await createRoom(quick.http);
    const url = `${quick.ws}/sync/${quickRoom.roomId}/setup?key=${quickRoom.facilitatorKey}`;
    const facilitator = await RawClient.synced(url);
    write(facilitator, (doc) => doc.getMap('facts').set('title', 'Gemt'));
    const reader = await RawClient.synced(url);
    await reader.until(() => reader.doc.getMap('facts').get('title') === 'Gemt');
    expect(quick.running.docs.loadedCount).toBe(1);

    facilitator.close();
    reader.close();
    await reader.until(() => quick.running.docs.loadedCount === 0);

    const later = await RawClient.synced(url);
    expect(later.doc.getMap('facts').get('title')).toBe('Gemt');
    later.close();
    await quick.stop();
  });
});
