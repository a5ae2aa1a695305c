import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { copyPreparation, forgetPreparation, loadPreparation, savePreparation, subscribePreparation } from './preparation-store.ts';

/** A stand-in for the browser's localStorage (tests run in Node). */
function fakeStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('the preparation store', () => {
  let storage: Storage;
  beforeEach(() => {
    storage = fakeStorage();
    vi.stubGlobal('localStorage', storage);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    forgetPreparation('w1');
    forgetPreparation('w2');
  });

  it('keeps each workshop’s preparation under its own id, tells listeners, and forgets it', () => {
    const listener = vi.fn<() => void>();
    const unsubscribe = subscribePreparation(listener);
    savePreparation('w1', { meetingMinutes: 120, startTime: '13:00', checked: ['room'] });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(loadPreparation('w1')).toEqual({ meetingMinutes: 120, startTime: '13:00', checked: ['room'] });
    expect(loadPreparation('w2').checked).toEqual([]);
    // The same object until it changes (what useSyncExternalStore needs).
    expect(loadPreparation('w1')).toBe(loadPreparation('w1'));
    unsubscribe();
    forgetPreparation('w1');
    expect(storage.getItem('vaerdispil.preparation.w1')).toBeNull();
    expect(loadPreparation('w1').meetingMinutes).toBe(150);
  });

  it('gives a copied workshop the length and start, with the checklist unticked; nothing when none is stored', () => {
    savePreparation('w1', { meetingMinutes: 90, startTime: '9:30', checked: ['room'] });
    copyPreparation('w1', 'w2');
    expect(loadPreparation('w2')).toEqual({ meetingMinutes: 90, startTime: '9:30', checked: [] });
    copyPreparation('w3', 'w4');
    expect(storage.getItem('vaerdispil.preparation.w4')).toBeNull();
  });

  it('reads a spoilt or foreign record as the defaults, never throwing', () => {
    storage.setItem('vaerdispil.preparation.w2', '{"meetingMinutes": 9');
    expect(loadPreparation('w2')).toEqual({ meetingMinutes: 150, startTime: '', checked: [] });
  });

  it('keeps working for the visit when storage refuses', () => {
    vi.stubGlobal('localStorage', {
      ...storage,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    savePreparation('w1', { meetingMinutes: 90, startTime: '', checked: [] });
    expect(loadPreparation('w1').meetingMinutes).toBe(90);
  });
});
