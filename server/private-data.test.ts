import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createRoom, delay, postJson, RawClient, serverContent, startTestServer, updateMessage, type TestServer } from '../tests/support/test-server.ts';
import { DocStorage } from './doc-storage.ts';

/*
 * Nothing left behind on the server's machine: the data folder is its user's alone, and an ended room's
 * content is gone from the disk, not only marked deleted (issue 14 item 7).
 */

const folders: string[] = [];
const servers: TestServer[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function folder(): string {
  const path = mkdtempSync(join(tmpdir(), 'vaerdi-private-'));
  folders.push(path);
  return path;
}

async function start(dataDir: string): Promise<TestServer> {
  const server = await startTestServer({ dataDir });
  servers.push(server);
  return server;
}

/** Every file and folder under `root`, with its permission bits. */
function modes(root: string): { path: string; isDirectory: boolean; mode: number }[] {
  const found = [{ path: root, isDirectory: true, mode: statSync(root).mode & 0o777 }];
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    found.push({ path, isDirectory: entry.isDirectory(), mode: statSync(path).mode & 0o777 });
  }
  return found;
}

function expectPrivate(root: string): void {
  const found = modes(root);
  for (const { path, isDirectory, mode } of found) {
    expect(mode.toString(8), path).toBe(isDirectory ? '700' : '600');
  }
}

/** Writes `title` into a room document as its facilitator; resolves once the server has it on disk. */
async function writeTitle(server: TestServer, roomId: string, key: string, title: string): Promise<RawClient> {
  const client = await RawClient.synced(`${server.ws}/sync/${roomId}/setup?key=${key}`);
  const doc = new Y.Doc();
  doc.getMap('facts').set('title', title);
  client.send(updateMessage(Y.encodeStateAsUpdate(doc)));
  // The server answers a new connection only with what is stored: seeing the change means it is on disk.
  while ((await serverContent(server.ws, roomId, 'setup', key)).getMap('facts').get('title') !== title) await delay(20);
  return client;
}

/**
 * A text that can be found in LevelDB's files by its random part: Snappy compresses table files, and a
 * run of four bytes seen before in the block (say, the Yjs bytes before a string and its first letter)
 * is stored as a back-reference, so only a part that repeats nothing is sure to be there as written.
 */
function unique(label: string): string {
  return `${label}-${randomBytes(24).toString('base64url')}`;
}

/** Whether any file under `root` holds the random part of `text` (LevelDB's log, tables and manifest included). */
function isOnDisk(root: string, text: string): boolean {
  const needle = Buffer.from(text.slice(-32));
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .some((entry) => readIfThere(join(entry.parentPath, entry.name)).includes(needle));
}

/** A file's bytes, or none if LevelDB deleted it since the folder was listed (it compacts as it goes). */
function readIfThere(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return Buffer.alloc(0);
    throw error;
  }
}

describe('the data folder', () => {
  it('is made private: folders 0700, rooms.json and every LevelDB file 0600', async () => {
    const dataDir = join(folder(), 'data');
    const server = await start(dataDir);
    const room = await createRoom(server.http, ['skolen']);
    const writer = await writeTitle(server, room.roomId, room.facilitatorKey, 'Netværksmøde');
    writer.close();
    // Stopped first: LevelDB replaces its files as it goes, and a listing would race with it.
    await servers.splice(0)[0]!.stop();

    expect(readdirSync(dataDir).sort()).toEqual(['docs', 'rooms.json']);
    expect(readdirSync(join(dataDir, 'docs')).length).toBeGreaterThan(2);
    expectPrivate(dataDir);
  });

  it('tightens what an earlier run left readable by others, before it opens anything', async () => {
    const dataDir = folder();
    mkdirSync(join(dataDir, 'docs'));
    writeFileSync(join(dataDir, 'rooms.json'), JSON.stringify({ version: 1, rooms: [], ended: [] }));
    writeFileSync(join(dataDir, 'rooms.json.123.tmp'), '{');
    chmodSync(dataDir, 0o755);
    chmodSync(join(dataDir, 'docs'), 0o777);
    chmodSync(join(dataDir, 'rooms.json'), 0o644);
    chmodSync(join(dataDir, 'rooms.json.123.tmp'), 0o666);
    expect(modes(dataDir).some(({ mode }) => (mode & 0o077) !== 0)).toBe(true);

    const server = await start(dataDir);
    await createRoom(server.http, ['skolen']);
    await servers.splice(0)[0]!.stop();
    expectPrivate(dataDir);
  });
});

describe('an ended room', () => {
  it('leaves none of its content in the LevelDB files once its documents are deleted', async () => {
    const dataDir = folder();
    const server = await start(dataDir);
    const room = await createRoom(server.http, ['skolen']);
    const kept = await createRoom(server.http, ['skolen']);
    const secret = unique('hemmelig');
    const other = unique('bliver');
    const writer = await writeTitle(server, room.roomId, room.facilitatorKey, secret);
    const keptWriter = await writeTitle(server, kept.roomId, kept.facilitatorKey, other);
    // The test can fail: before the end the text is on disk (LevelDB's log holds it).
    expect(isOnDisk(join(dataDir, 'docs'), secret)).toBe(true);

    const ended = await postJson(`${server.http}/api/rooms/${room.roomId}/end`, {}, { Authorization: `Bearer ${room.facilitatorKey}` });
    expect(ended.status).toBe(200);
    expect((await writer.closed).code).toBe(4410);
    // The answer comes once the documents are deleted and compacted.
    expect(isOnDisk(join(dataDir, 'docs'), secret)).toBe(false);
    expect(isOnDisk(join(dataDir, 'docs'), other)).toBe(true);
    keptWriter.close();
    await servers.splice(0)[0]!.stop();
    expect(isOnDisk(join(dataDir, 'docs'), secret)).toBe(false);
  });
});

describe('DocStorage.deleteUnder', () => {
  // Where LevelDB holds the values when they are deleted: all still in its log and in-memory table, or
  // partly in table files already (another room's deletion compacted them there).
  it.each([
    ['in the log only', false],
    ['in table files and the log', true],
  ])('compacts the deleted documents away (%s), keeps every other one readable', async (_where, isPartlyInTables) => {
    const path = join(folder(), 'docs');
    const storage = new DocStorage(path);
    const write = async (name: string, content: string) => {
      await storage.load(name);
      const doc = new Y.Doc();
      doc.getText('t').insert(0, content);
      await storage.store(name, Y.encodeStateAsUpdate(doc));
    };
    const [a1, a2, a3, b1, b2, c1] = ['a1', 'a2', 'a3', 'b1', 'b2', 'c1'].map(unique) as [string, string, string, string, string, string];
    // Names of other lengths lie between a room's documents in LevelDB's order.
    await write('roomA/setup', a1);
    await write('roomB/setup', b1);
    await write('roomA/org/skolen', a2);
    if (isPartlyInTables) {
      await write('roomC/setup', c1);
      await storage.deleteUnder('roomC/');
    }
    await write('roomB/org/skolen-med-langt-navn', b2);
    await write('roomA/org/skolen/x', a3);
    for (const text of [a1, a2, a3, b1, b2]) expect(isOnDisk(path, text), text).toBe(true);

    await storage.deleteUnder('roomA/');
    for (const text of [a1, a2, a3, c1]) expect(isOnDisk(path, text), text).toBe(false);
    for (const text of [b1, b2]) expect(isOnDisk(path, text), text).toBe(true);
    await storage.close();

    const reopened = new DocStorage(path);
    const read = async (name: string) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, await reopened.load(name));
      return doc.getText('t').toString();
    };
    expect(await read('roomA/setup')).toBe('');
    expect(await read('roomA/org/skolen')).toBe('');
    expect(await read('roomB/setup')).toBe(b1);
    expect(await read('roomB/org/skolen-med-langt-navn')).toBe(b2);
    await reopened.close();
  });
});
