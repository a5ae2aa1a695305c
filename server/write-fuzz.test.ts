import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkRecord } from '../src/domain/schema.ts';
import { DOC_LAYOUT, docKindOf, readWorkshop, type DocPart, type RootSpec, type WorkshopDocSet } from '../src/domain/workshop-doc.ts';
import { parseWorkshopFile, serializeWorkshopFile } from '../src/files/workshop-file.ts';
import { createRoom, participantKey, RawClient, serverContent, setOrganisations, startTestServer, updateMessage, type CreatedRoom, type TestServer } from '../tests/support/test-server.ts';

/*
 * 1,000 random, well-formed Yjs updates of random shapes, sent through the real server by a tablet (its
 * own documents) and by the facilitator (the same documents, setup and control). Whatever the server accepted must parse with
 * the records' schemas, and every device's workshop must still open, read and save as a file.
 */

const WRITES = 1000;

/** mulberry32: a small seeded generator, so a failing run can be repeated. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['bredere-maalgruppe', 'oeget-faglighed', 'opv-a1', 'a1', 'a2', 'a3', 'a4', 'card1', 'skolen', 'klubben', 'opvarmning', 'vaerdispillet', 'x', '__proto__', 'constructor', 'toString', 'a/b', '', 'é', 'k'.repeat(65)];
const VALUES: unknown[] = [0, 1, -1, 1.5, 1e20, '', 'a', 'Lektiecafé om tirsdagen', 'x'.repeat(300), 'æ'.repeat(281), true, false, null, [], ['skolen'], ['skolen', 'klubben'], { a: 1 }, 'bredere-maalgruppe', 'klubben', 'skolen', 'offer', 'need', 'lokaler', 'magic', 'videndele', 'opvarmning', 'accepted', 'maybe', '2026-12-24', '2026-02-30', '#0e7490', 60_000, 'erhvervsdrivende'];

/** Valid records per map, mutated at random below. */
const TEMPLATES: Record<string, Record<string, unknown>> = {
  placed: { example: 'Flere unge', order: 0 },
  drivers: { text: 'Fællesskab', order: 0 },
  cards: { side: 'offer', text: 'Lokaler om aftenen', kind: 'lokaler', valueId: null, order: 0 },
  links: { toId: 'klubben', text: 'låne jer lokaler', offerCardId: null, order: 0 },
  organisations: { name: 'Netto', actorType: 'erhvervsdrivende', contact: '', position: 0 },
  customValues: { name: 'Tillid', colour: '#0e7490', position: 0 },
  warmUpPieces: { name: '', isDropped: false },
  agreements: { what: 'Lektiecafé', organisationIds: ['skolen', 'klubben'], coordinatorId: 'skolen', firstStep: '', date: '', form: 'videndele', followUpDate: '', linkId: null, status: null, statusNote: '', order: 0 },
  timers: { durationMs: 60_000, startedAt: null, elapsedBeforeMs: 0 },
};

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

/** One random change to `doc`: a record set, a field changed, a key removed, or a shape the app never writes. */
function randomChange(next: () => number, doc: Y.Doc, part: DocPart): void {
  const layout: Record<string, RootSpec> = DOC_LAYOUT[docKindOf(part)];
  const roots = [...Object.keys(layout), 'stickers', 'marker', 'placed'];
  const name = pick(next, roots);
  const key = pick(next, KEYS);
  const roll = next();
  if (roll < 0.05) {
    doc.getArray(name).insert(0, [pick(next, VALUES)]);
    return;
  }
  const map = doc.getMap<unknown>(name);
  if (roll < 0.15) {
    map.delete(key);
  } else if (roll < 0.5 && TEMPLATES[name]) {
    const record = new Y.Map<unknown>();
    for (const [field, value] of Object.entries(TEMPLATES[name]!)) {
      if (next() < 0.08) continue;
      record.set(field, next() < 0.15 ? pick(next, VALUES) : value);
    }
    if (next() < 0.1) record.set('fromANewerVersion', pick(next, VALUES));
    if (next() < 0.05) record.set('nested', new Y.Map());
    map.set(key, record);
  } else if (roll < 0.7) {
    const existing = [...map.values()].find((value): value is Y.Map<unknown> => value instanceof Y.Map);
    if (existing) existing.set(pick(next, [...Object.keys(TEMPLATES[name] ?? {}), 'extra']), pick(next, VALUES));
    else map.set(key, pick(next, VALUES));
  } else if (roll < 0.75) {
    map.set(key, new Y.Text('tekst'));
  } else {
    // A field of a fields map (facts, control, section, commonPicture) or a plain value.
    const spec = layout[name];
    const field = spec?.kind === 'fields' ? pick(next, [...Object.keys(spec.fields), 'extra']) : key;
    map.set(field, pick(next, VALUES));
  }
}

/** Every entry of every map of the layout parses strictly: nothing that does not was let in. */
function expectAllParses(doc: Y.Doc, part: DocPart): void {
  const layout: Record<string, RootSpec> = DOC_LAYOUT[docKindOf(part)];
  for (const name of doc.share.keys()) {
    const spec = layout[name];
    const map = doc.getMap<unknown>(name);
    if (!spec) {
      expect({ part, name, size: map.size }).toEqual({ part, name, size: 0 });
      continue;
    }
    if (spec.kind === 'fields') {
      const fields: Record<string, unknown> = Object.fromEntries(map.entries());
      expect({ part, name, result: checkRecord(spec.fields, fields).ok }).toEqual({ part, name, result: true });
      continue;
    }
    for (const [key, value] of map.entries()) {
      const isFine = spec.key['~standard'].validate(key) as { issues?: unknown };
      expect({ part, name, key, isKeyValid: !isFine.issues }).toEqual({ part, name, key, isKeyValid: true });
      if (spec.kind === 'entries') {
        expect(value instanceof Y.Map).toBe(true);
        const record = checkRecord(spec.fields, Object.fromEntries((value as Y.Map<unknown>).entries()));
        expect({ part, name, key, record }).toMatchObject({ part, name, key, record: { ok: true } });
      }
    }
  }
}

let server: TestServer;
let room: CreatedRoom;
let tabletKey: string;

beforeAll(async () => {
  // The writes come as fast as the server answers; the per-connection message limit is not what is tested here.
  server = await startTestServer({ messageRate: { burst: 1_000_000, perSecond: 1_000_000 } });
  // One organisation listed: the setup writes below may add others (empty ones) or take it out.
  room = await createRoom(server.http, ['skolen']);
  tabletKey = await participantKey(server.http, room.roomId, 'skolen');
});

/**
 * When a random setup write took the tablet's organisation out of the room (its key revoked, 4401, and
 * every connection to its documents closed, 4404): the facilitator lists it again and the tablet claims it anew.
 */
async function bringSkolenBack(): Promise<void> {
  const setup = await serverContent(server.ws, room.roomId, 'setup', room.facilitatorKey);
  if (setup.getMap('organisations').has('skolen')) return;
  const ids = [...setup.getMap('organisations').keys()];
  await setOrganisations(server.http, room, [...ids, 'skolen']);
  tabletKey = await participantKey(server.http, room.roomId, 'skolen');
}

afterAll(async () => {
  await server.stop();
});

describe('random writes through the server', () => {
  it(`keeps every workshop readable after ${WRITES} random updates, and lets in only what parses`, { timeout: 240_000 }, async () => {
    const next = random(20261206);
    const writers: { part: DocPart; key: () => string }[] = [
      { part: 'org/skolen', key: () => tabletKey },
      { part: 'org/skolen', key: () => room.facilitatorKey },
      { part: 'pieces/skolen', key: () => tabletKey },
      { part: 'pieces/skolen', key: () => room.facilitatorKey },
      { part: 'cards/skolen', key: () => tabletKey },
      { part: 'cards/skolen', key: () => room.facilitatorKey },
      { part: 'setup', key: () => room.facilitatorKey },
      { part: 'control', key: () => room.facilitatorKey },
    ];
    const clients = new Map<(typeof writers)[number], RawClient>();
    const url = (part: DocPart, key: string) => `${server.ws}/sync/${room.roomId}/${part}?key=${encodeURIComponent(key)}`;
    let accepted = 0;
    let refused = 0;
    for (let write = 0; write < WRITES; write++) {
      const writer = pick(next, writers);
      const { part } = writer;
      // A connection to one of skolen's documents opens only while the room lists skolen.
      if (!clients.has(writer) && part !== 'setup' && part !== 'control') await bringSkolenBack();
      const client = clients.get(writer) ?? (await RawClient.synced(url(part, writer.key())));
      clients.set(writer, client);
      const before = Y.encodeStateVector(client.doc);
      try {
        client.doc.transact(() => randomChange(next, client.doc, part));
      } catch {
        // A shape Yjs itself will not make on this copy (a map asked for as a list): nothing to send.
        continue;
      }
      const update = Y.encodeStateAsUpdate(client.doc, before);
      // The server answers a query for presence after it has handled the update before it.
      const answered = new Promise<null>((resolve) => client.socket.once('message', () => resolve(null)));
      client.send(updateMessage(update));
      client.send(new Uint8Array([3]));
      const closedCode = await Promise.race([answered, client.closed.then(({ code }) => code)]);
      clients.delete(writer);
      if (closedCode === null) {
        accepted += 1;
        clients.set(writer, client);
        continue;
      }
      if (part !== 'setup' && part !== 'control' && (closedCode === 4401 || closedCode === 4404)) {
        // Skolen left the room's setup: each of its documents' connections closed.
        for (const [other, open] of clients) {
          if (other.part === 'setup' || other.part === 'control') continue;
          clients.delete(other);
          open.close();
        }
        await bringSkolenBack();
        continue;
      }
      expect([4422, 4400]).toContain(closedCode);
      refused += 1;
    }
    for (const client of clients.values()) client.close();

    // Both kinds happened: the run tested something.
    expect(accepted).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);

    const docs = new Map<DocPart, Y.Doc>();
    for (const part of ['setup', 'control', 'org/skolen', 'pieces/skolen', 'cards/skolen'] as const) {
      const doc = await serverContent(server.ws, room.roomId, part, room.facilitatorKey);
      expectAllParses(doc, part);
      docs.set(part, doc);
    }
    const view: WorkshopDocSet = {
      workshopId: 'fuzz',
      setup: docs.get('setup')!,
      control: docs.get('control')!,
      orgDoc: (orgId) => docs.get(`org/${orgId}`) ?? new Y.Doc(),
      piecesDoc: (orgId) => docs.get(`pieces/${orgId}`) ?? new Y.Doc(),
      cardsDoc: (orgId) => docs.get(`cards/${orgId}`) ?? new Y.Doc(),
    };
    const workshop = readWorkshop(view);
    const file = parseWorkshopFile(serializeWorkshopFile([workshop], new Date(0)));
    expect(file.ok ? 'saved' : file.problem).toBe('saved');
  });
});
