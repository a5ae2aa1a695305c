import { describe, expect, it } from 'vitest';
import { createAppStore, hashFromRoute, isStorageFailure, routeFromHash } from './ui-store.ts';

describe('storage failures', () => {
  it.each([
    ['a full disk', new DOMException('full', 'QuotaExceededError'), true],
    ['storage taken away', new DOMException('gone', 'UnknownError'), true],
    ['a closed database', new DOMException('closed', 'InvalidStateError'), true],
    ['an ordinary bug', new TypeError('x is undefined'), false],
    ['a string', 'QuotaExceededError', false],
    ['nothing', null, false],
  ])('%s is %s', (_case, reason, expected) => {
    expect(isStorageFailure(reason)).toBe(expected);
  });

  it('is remembered in the UI store once reported', () => {
    const store = createAppStore({ language: 'da', isProjector: false, route: { name: 'start' } });
    expect(store.getState().hasStorageFailed).toBe(false);
    store.getState().reportStorageFailure();
    expect(store.getState().hasStorageFailed).toBe(true);
  });
});

describe('the directory route', () => {
  it('reads #/organisationer and writes it back the same', () => {
    expect(routeFromHash('#/organisationer')).toEqual({ name: 'directory' });
    expect(routeFromHash('#/organisationer/')).toEqual({ name: 'directory' });
    expect(hashFromRoute({ name: 'directory' })).toBe('#/organisationer');
    expect(routeFromHash('#/organisationerne')).toEqual({ name: 'start' });
  });
});

describe('the network over time’s address', () => {
  it.each([
    ['#/netvaerk', { name: 'network' }],
    ['#/netvaerk/', { name: 'network' }],
    ['#/netvaerkx', { name: 'start' }],
  ])('%s is %j', (hash, route) => {
    expect(routeFromHash(hash)).toEqual(route);
  });

  it('is written back as it is read', () => {
    expect(hashFromRoute({ name: 'network' })).toBe('#/netvaerk');
  });
});
