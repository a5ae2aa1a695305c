import { describe, expect, it } from 'vitest';
import { hashFromRoute, routeFromHash, type Route } from './ui-store.ts';

const ROOM = 'dVragdeix8Cq5p88gl9FxA';
const KEY = 'X0IPrKOHmWNzWP7tTkcUAqA6wK6D7I7EaGH-dgz1PSc';

describe('live-session routes', () => {
  it.each<[string, Route]>([
    ['#/join', { name: 'join', code: '' }],
    ['#/join/K7M2QP', { name: 'join', code: 'K7M2QP' }],
    [`#/live/${ROOM}`, { name: 'live', roomId: ROOM, key: null }],
    [`#/live/${ROOM}/${KEY}`, { name: 'live', roomId: ROOM, key: KEY }],
  ])('%s is read and written back the same', (hash, route) => {
    expect(routeFromHash(hash)).toEqual(route);
    expect(hashFromRoute(route)).toBe(hash);
  });

  it.each(['#/join/<script>', '#/live/short', `#/live/${ROOM}/key with spaces`, '#/live/'])('%s goes to the start screen', (hash) => {
    expect(routeFromHash(hash)).toEqual({ name: 'start' });
  });
});
