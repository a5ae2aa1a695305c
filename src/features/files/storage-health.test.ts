import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../ui/format.ts';
import { isNearlyFull, usedShare } from './storage-health.ts';

describe('storage health', () => {
  it.each([
    [{ usage: 81, quota: 100 }, true],
    [{ usage: 80, quota: 100 }, false],
    [{ usage: 5, quota: 100 }, false],
    [{ usage: null, quota: 100 }, false],
    [{ usage: 5, quota: 0 }, false],
  ])('%o nearly full: %s', (sizes, expected) => {
    expect(isNearlyFull({ isPersisted: null, ...sizes })).toBe(expected);
  });

  it('gives the share used, or null when unknown', () => {
    expect(usedShare({ isPersisted: true, usage: 1, quota: 4 })).toBe(0.25);
    expect(usedShare({ isPersisted: true, usage: null, quota: null })).toBeNull();
  });

  it('formats sizes for people', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(1.5 * 1024 * 1024, 'da')).toBe('1,5 MB');
    expect(formatBytes(300 * 1024 * 1024 * 1024, 'en')).toBe('300 GB');
  });
});
