import { ClassicLevel } from 'classic-level';
import { getCurrentUpdateClock, getLevelUpdates, keyEncoding, type DocKey } from 'y-leveldb';
import * as Y from 'yjs';

/**
 * Room documents in LevelDB, in y-leveldb's layout (`['v1', docName, 'update', clock]` → one Yjs update),
 * read with y-leveldb's own readers, so the data folder stays readable by y-leveldb's LeveldbPersistence.
 *
 * Why not LeveldbPersistence itself for writing: it runs every operation of every document one after
 * another, and looks up the document's last clock in the database before each write (an iterator, then
 * the put). Here the clock is kept in memory after the load, so a write is one put, and writes to
 * different documents do not wait for each other; LevelDB groups concurrent writes itself. Operations on
 * one document still run in order (a load never overlaps the compaction of the same document).
 */

/** y-leveldb stores values as they are. */
const valueEncoding = {
  buffer: true,
  type: 'y-value',
  encode: (data: Uint8Array) => data,
  decode: (data: Uint8Array) => data,
};

function updateKey(docName: string, clock: number): DocKey {
  return ['v1', docName, 'update', clock];
}

export class DocStorage {
  private readonly db: ClassicLevel<DocKey, Uint8Array>;
  /** The clock of each loaded document's last stored update (-1: none yet). */
  private readonly clocks = new Map<string, number>();
  /** The last operation on each document; the next one starts after it. */
  private readonly tails = new Map<string, Promise<unknown>>();
  /** Updates stored during this turn of the event loop, and the write that will take them all. */
  private batched: { type: 'put'; key: DocKey; value: Uint8Array }[] = [];
  private nextBatch: Promise<void> | null = null;

  constructor(location: string) {
    this.db = new ClassicLevel<DocKey, Uint8Array>(location, { keyEncoding, valueEncoding });
  }

  /** Every stored update of the document, merged into one. */
  load(docName: string): Promise<Uint8Array> {
    return this.inOrder(docName, async () => {
      const updates = await getLevelUpdates(this.db, docName);
      this.clocks.set(docName, await getCurrentUpdateClock(this.db, docName));
      return Y.mergeUpdates(updates);
    });
  }

  /** Stores one update of a loaded document; resolves when LevelDB has it. */
  store(docName: string, update: Uint8Array): Promise<void> {
    return this.inOrder(docName, async () => {
      const clock = (this.clocks.get(docName) ?? -1) + 1;
      this.clocks.set(docName, clock);
      await this.putInBatch(updateKey(docName, clock), update);
    });
  }

  /**
   * Under load, dozens of documents store an update in the same turn of the event loop. Each put would be
   * its own job on libuv's thread pool, and LevelDB makes concurrent writers queue for its log; one batch
   * per turn (after the turn's messages are handled: setImmediate) is one job and one log write instead.
   */
  private putInBatch(key: DocKey, value: Uint8Array): Promise<void> {
    this.batched.push({ type: 'put', key, value });
    this.nextBatch ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      const operations = this.batched;
      this.batched = [];
      this.nextBatch = null;
      return this.db.batch(operations);
    });
    return this.nextBatch;
  }

  /**
   * Replaces a document's updates by its whole state in one update, when it leaves memory. The state is
   * written before the old updates are cleared: a crash in between leaves both, which merge to the same.
   */
  compact(docName: string, state: Uint8Array): Promise<void> {
    return this.inOrder(docName, async () => {
      const next = (this.clocks.get(docName) ?? -1) + 1;
      await this.db.put(updateKey(docName, next), state);
      this.clocks.set(docName, next);
      await this.db.clear({ gte: updateKey(docName, 0), lt: updateKey(docName, next) });
    });
  }

  /**
   * Deletes every document whose name starts with `prefix` (all of a room's documents, also those of
   * organisations since taken off its list), after the operations already queued for them, and compacts
   * them away: a LevelDB delete only writes a tombstone, and the content stays in the log and the table
   * files until a compaction happens to bring the two together. After this resolves, the bytes are gone
   * from disk (but for a snapshot another read holds at that moment; the next compaction drops them).
   */
  async deleteUnder(prefix: string): Promise<void> {
    await Promise.all([...this.tails].filter(([name]) => name.startsWith(prefix)).map(([, tail]) => tail));
    const doomed: DocKey[] = [];
    /** Each doomed document's first and last key: its keys are next to each other, in clock order. */
    const ranges = new Map<string, [DocKey, DocKey]>();
    // Names are length-prefixed in the key, so one prefix range cannot select them: scan the updates.
    for await (const key of this.db.keys({ gte: ['v1'], lt: ['v2'] })) {
      const name = key[1];
      if (typeof name !== 'string' || !name.startsWith(prefix)) continue;
      doomed.push(key);
      const range = ranges.get(name);
      if (range) range[1] = key;
      else ranges.set(name, [key, key]);
    }
    if (doomed.length === 0) return;
    // A compaction first writes LevelDB's in-memory table (and log) to a table file. Values and their
    // tombstones written to the same file would never meet in a compaction again, so the values go
    // to a table file first, and the tombstones after them.
    const [first] = ranges.values();
    if (first) await this.db.compactRange(first[0], first[1]);
    await this.db.batch(doomed.map((key) => ({ type: 'del' as const, key })));
    for (const name of [...this.clocks.keys()]) if (name.startsWith(prefix)) this.clocks.delete(name);
    // Each range's tombstones are compacted down through the levels that hold its values, dropping
    // both. One range per document, not one from the first to the last: other rooms' documents lie
    // between (names are ordered by length first), and compacting them would rewrite most of the database.
    for (const [start, end] of ranges.values()) await this.db.compactRange(start, end);
  }

  async close(): Promise<void> {
    await Promise.all(this.tails.values());
    await this.db.close();
  }

  private inOrder<T>(docName: string, operation: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(docName) ?? Promise.resolve();
    const result = previous.then(operation, operation);
    const tail = result.catch(() => undefined);
    this.tails.set(docName, tail);
    void tail.then(() => {
      if (this.tails.get(docName) === tail) this.tails.delete(docName);
    });
    return result;
  }
}
