import { describe, expect, it } from 'vitest';
import { shareEqual } from './share-equal.ts';

describe('shareEqual', () => {
  it('gives back the previous value when the next one is deep-equal', () => {
    const previous = { a: [1, { b: 'x' }], c: null };
    expect(shareEqual(previous, { a: [1, { b: 'x' }], c: null })).toBe(previous);
  });

  it('keeps the unchanged parts of a changed value', () => {
    const previous = { kept: { placed: ['x'] }, changed: { placed: ['y'] }, list: [{ id: 1 }, { id: 2 }] };
    const next = { kept: { placed: ['x'] }, changed: { placed: ['y', 'z'] }, list: [{ id: 1 }, { id: 3 }] };
    const shared = shareEqual(previous, next);
    expect(shared).toEqual(next);
    expect(shared).not.toBe(previous);
    expect(shared.kept).toBe(previous.kept);
    expect(shared.changed).toBe(next.changed);
    expect(shared.list[0]).toBe(previous.list[0]);
    expect(shared.list[1]).toBe(next.list[1]);
  });

  it.each([
    ['an array grown', [1, 2], [1, 2, 3]],
    ['an array shrunk', [1, 2], [1]],
    ['a key added', { a: 1 }, { a: 1, b: 2 }],
    ['a key removed', { a: 1, b: 2 }, { a: 1 }],
    ['a key renamed', { a: 1 }, { b: 1 }],
    ['a value turned into null', { a: { b: 1 } }, { a: null }],
    ['an array turned into an object', { a: [] }, { a: {} }],
  ])('takes the next value when %s', (_label, previous: unknown, next: unknown) => {
    const shared = shareEqual(previous, next);
    expect(shared).toEqual(next);
    expect(shared).not.toBe(previous);
  });

  it('compares anything but plain objects and arrays by identity', () => {
    const previous = { map: new Map([['a', 1]]) };
    const next = { map: new Map([['a', 1]]) };
    expect(shareEqual(previous, next).map).toBe(next.map);
  });

  it('keeps a key named __proto__ a key', () => {
    const previous = JSON.parse('{"__proto__": {"placed": []}, "a": 1}') as Record<string, unknown>;
    const next = JSON.parse('{"__proto__": {"placed": []}, "a": 2}') as Record<string, unknown>;
    const shared = shareEqual(previous, next);
    expect(Object.getPrototypeOf(shared)).toBe(Object.prototype);
    expect(Object.keys(shared)).toEqual(['__proto__', 'a']);
  });
});
