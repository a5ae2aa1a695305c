import { describe, expect, it } from 'vitest';
import { newId, type RandomBytes } from './ids.ts';

/** Bytes 0, 1, 2, … so every id is predictable. */
const counting: RandomBytes = (length) => Uint8Array.from({ length }, (_, index) => index);

describe('newId', () => {
  it('is 16 base-36 characters by default', () => {
    for (let round = 0; round < 50; round += 1) expect(newId()).toMatch(/^[0-9a-z]{16}$/u);
  });

  it.each([1, 8, 12, 16, 32])('has the asked length %i', (length) => {
    expect(newId(length)).toHaveLength(length);
    expect(newId(length, counting)).toHaveLength(length);
  });

  it('is empty for length 0', () => {
    expect(newId(0)).toBe('');
  });

  it('asks the random source for exactly `length` bytes', () => {
    const asked: number[] = [];
    newId(12, (length) => {
      asked.push(length);
      return new Uint8Array(length);
    });
    expect(asked).toEqual([12]);
  });

  it('maps each byte to one character of 0-9a-z', () => {
    const bytes = [0, 9, 10, 35, 36, 71, 72, 255];
    expect(newId(bytes.length, () => Uint8Array.from(bytes))).toBe('09az0z03');
  });

  it('is repeatable with an injected source', () => {
    expect(newId(16, counting)).toBe('0123456789abcdef');
    expect(newId(16, counting)).toBe(newId(16, counting));
  });

  it('differs between calls with the real source', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newId()));
    expect(ids.size).toBe(200);
  });
});
