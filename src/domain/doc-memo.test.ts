import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readMemoised } from './doc-memo.ts';

describe('readMemoised', () => {
  it('reads a document once until it changes', () => {
    const doc = new Y.Doc();
    let reads = 0;
    const read = () => {
      reads += 1;
      return doc.getMap('m').get('x');
    };
    expect(readMemoised(doc, 'x', read)).toBeUndefined();
    expect(readMemoised(doc, 'x', read)).toBeUndefined();
    expect(reads).toBe(1);
    doc.getMap('m').set('x', 1);
    expect(readMemoised(doc, 'x', read)).toBe(1);
    expect(reads).toBe(2);
  });

  it("gives an 'update' listener the document as it is after the change, deletions included", () => {
    const doc = new Y.Doc();
    const map = doc.getMap<number>('m');
    map.set('a', 1);
    const keys = () => readMemoised(doc, 'keys', () => [...map.keys()].sort());
    expect(keys()).toEqual(['a']);
    const seen: string[][] = [];
    doc.on('update', () => seen.push(keys()));
    map.set('b', 2);
    map.delete('a');
    expect(seen).toEqual([['a', 'b'], ['b']]);
  });

  it('keeps the memories of different documents and keys apart', () => {
    const first = new Y.Doc();
    const second = new Y.Doc();
    expect(readMemoised(first, 'k', () => 'first')).toBe('first');
    expect(readMemoised(second, 'k', () => 'second')).toBe('second');
    expect(readMemoised(first, 'other', () => 'other')).toBe('other');
    second.getMap('m').set('x', 1);
    expect(readMemoised(first, 'k', () => 'changed')).toBe('first');
  });
});
