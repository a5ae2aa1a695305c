import type * as Y from 'yjs';

/*
 * Reads of one document, remembered until that document changes. A drop changes one organisation's
 * document; rebuilding the workshop's snapshot then re-reads that document alone, not all of them
 * (the drag benchmark: on a board of 15 organisations the re-read was most of the drop's work).
 *
 * The memory is dropped on 'afterTransaction', which Yjs emits before 'update', so a listener on
 * 'update' (the open session) never sees a read from before the change.
 */

interface DocMemo {
  readonly values: Map<string, unknown>;
}

const memos = new WeakMap<Y.Doc, DocMemo>();

function memoOf(doc: Y.Doc): DocMemo {
  const existing = memos.get(doc);
  if (existing) return existing;
  const memo: DocMemo = { values: new Map() };
  doc.on('afterTransaction', () => memo.values.clear());
  memos.set(doc, memo);
  return memo;
}

/** `read()`'s result for `key` in `doc`, computed again only after `doc` has changed. */
export function readMemoised<T>(doc: Y.Doc, key: string, read: () => T): T {
  const { values } = memoOf(doc);
  if (values.has(key)) return values.get(key) as T;
  const value = read();
  values.set(key, value);
  return value;
}
