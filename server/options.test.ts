import { describe, expect, it } from 'vitest';
import { optionsFrom, parseDuration } from './options.ts';

describe('--room-ttl', () => {
  it.each([
    ['12h', 12 * 3_600_000],
    ['90m', 90 * 60_000],
    ['30s', 30_000],
    ['2d', 2 * 86_400_000],
    ['1.5', 1.5 * 3_600_000],
  ])('reads %s', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', 'soon', '0', '-3h', '12 hours', '0.5s'])('refuses "%s" with a Danish message', (text) => {
    expect(() => parseDuration(text)).toThrow(/^Ugyldig varighed/);
  });

  it('defaults to 12 hours; the flag wins over ROOM_TTL', () => {
    expect(optionsFrom([], {}).roomTtlMs).toBe(12 * 3_600_000);
    expect(optionsFrom([], { ROOM_TTL: '2h' }).roomTtlMs).toBe(2 * 3_600_000);
    expect(optionsFrom(['--room-ttl', '45m'], { ROOM_TTL: '2h' }).roomTtlMs).toBe(45 * 60_000);
  });
});
