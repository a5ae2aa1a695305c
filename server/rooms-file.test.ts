import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RoomRegistry } from './rooms.ts';

/** Every rename into place is one write of the rooms file (temp file, fsync, rename). */
const renames = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...original,
    rename: async (...args: Parameters<typeof original.rename>) => {
      renames.count++;
      return original.rename(...args);
    },
  };
});

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'vaerdi-rooms-file-'));
  renames.count = 0;
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

function storedRoomIds(file: string): string[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { rooms: { roomId: string }[] }).rooms.map((room) => room.roomId);
}

describe('writing the rooms file', () => {
  it('does not write while the change is made: the file is there after flush()', async () => {
    const file = join(folder, 'data', 'rooms.json');
    const registry = new RoomRegistry(file);
    const room = registry.create();
    expect(existsSync(file)).toBe(false);
    await registry.flush();
    expect(storedRoomIds(file)).toEqual([room.roomId]);
  });

  it('writes the changes of one turn of the event loop once', async () => {
    const file = join(folder, 'rooms.json');
    const registry = new RoomRegistry(file);
    const rooms = Array.from({ length: 50 }, () => registry.create());
    for (const room of rooms.slice(0, 10)) registry.setJoiningOpen(room, false);
    await registry.flush();
    expect(renames.count).toBe(1);
    expect(storedRoomIds(file)).toHaveLength(50);
    await registry.flush();
    expect(renames.count).toBe(1);
  });

  it('writes a change made during a write in the next one, and no temp file is left', async () => {
    const file = join(folder, 'rooms.json');
    const registry = new RoomRegistry(file);
    const first = registry.create();
    const flushed = registry.flush();
    // Let the first write begin, then change again while it runs.
    await new Promise((resolve) => setImmediate(resolve));
    const second = registry.create();
    const third = registry.create();
    await flushed;
    expect(renames.count).toBe(2);
    expect(storedRoomIds(file)).toEqual([first.roomId, second.roomId, third.roomId]);
    expect(existsSync(`${file}.${process.pid}.tmp`)).toBe(false);
  });

  it('tells a failed write to whoever flushes, keeps the server running, and writes once it can', async () => {
    const blocked = join(folder, 'data');
    const file = join(blocked, 'rooms.json');
    const registry = new RoomRegistry(file);
    writeFileSync(blocked, 'a file where the data folder should be');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const room = registry.create();
    // Nobody waits for this write: its failure is logged, not thrown at the process.
    await vi.waitFor(() => expect(errors).toHaveBeenCalledTimes(1));
    await expect(registry.flush()).rejects.toThrow();
    expect(errors).toHaveBeenCalledTimes(2);
    errors.mockRestore();
    rmSync(blocked);
    await registry.flush();
    expect(storedRoomIds(file)).toEqual([room.roomId]);
  });
});
