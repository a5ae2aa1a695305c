import { describe, expect, it } from 'vitest';
import { PHASE_IDS } from './phase.ts';
import {
  addMinute,
  defaultMinutes,
  elapsedMs,
  formatRemaining,
  isExpired,
  isRunning,
  isTimedPhase,
  MINUTE_MS,
  pauseTimer,
  remainingMs,
  resumeTimer,
  startTimer,
  toTimerState,
  validateMinutes,
  type TimerState,
} from './timer.ts';

const T0 = 1_700_000_000_000;
const SECOND = 1_000;
const TEN_MINUTES = 10 * MINUTE_MS;

/** A 10-minute timer started at T0, then the given steps, each at its own time. */
function play(...steps: ((timer: TimerState) => TimerState)[]): TimerState {
  return steps.reduce((timer, step) => step(timer), startTimer(TEN_MINUTES, T0));
}

describe('startTimer', () => {
  it('runs from now with the whole duration left', () => {
    const timer = startTimer(TEN_MINUTES, T0);
    expect(timer).toEqual({ durationMs: TEN_MINUTES, startedAt: T0, elapsedBeforeMs: 0 });
    expect(isRunning(timer)).toBe(true);
    expect(remainingMs(timer, T0)).toBe(TEN_MINUTES);
  });
});

describe('remainingMs and isExpired', () => {
  it.each([
    ['at the start', 0, TEN_MINUTES, false],
    ['after 2 min 53 s', 173 * SECOND, 427 * SECOND, false],
    ['one millisecond before the end', TEN_MINUTES - 1, 1, false],
    ['exactly at the end', TEN_MINUTES, 0, true],
    ['12 s over', TEN_MINUTES + 12 * SECOND, -12 * SECOND, true],
    // Another device's clock (or a stale render) behind the start: no time has run, none is added.
    ['with a clock 5 s behind the start', -5 * SECOND, TEN_MINUTES, false],
  ])('%s', (_case, after, remaining, expired) => {
    const timer = startTimer(TEN_MINUTES, T0);
    expect(remainingMs(timer, T0 + after)).toBe(remaining);
    expect(isExpired(timer, T0 + after)).toBe(expired);
  });
});

describe('pause and resume', () => {
  it('a pause stops the clock; the time does not run while paused', () => {
    const paused = play((timer) => pauseTimer(timer, T0 + 3 * MINUTE_MS));
    expect(paused).toEqual({ durationMs: TEN_MINUTES, startedAt: null, elapsedBeforeMs: 3 * MINUTE_MS });
    expect(isRunning(paused)).toBe(false);
    expect(remainingMs(paused, T0 + 3 * MINUTE_MS)).toBe(7 * MINUTE_MS);
    expect(remainingMs(paused, T0 + 60 * MINUTE_MS)).toBe(7 * MINUTE_MS);
    expect(isExpired(paused, T0 + 60 * MINUTE_MS)).toBe(false);
  });

  it('resuming goes on from where it stopped', () => {
    const resumed = play(
      (timer) => pauseTimer(timer, T0 + 3 * MINUTE_MS),
      (timer) => resumeTimer(timer, T0 + 20 * MINUTE_MS),
    );
    expect(remainingMs(resumed, T0 + 20 * MINUTE_MS)).toBe(7 * MINUTE_MS);
    expect(remainingMs(resumed, T0 + 21 * MINUTE_MS)).toBe(6 * MINUTE_MS);
    expect(isExpired(resumed, T0 + 27 * MINUTE_MS)).toBe(true);
  });

  it('adds up several pauses', () => {
    const timer = play(
      (t) => pauseTimer(t, T0 + 1 * MINUTE_MS),
      (t) => resumeTimer(t, T0 + 5 * MINUTE_MS),
      (t) => pauseTimer(t, T0 + 7 * MINUTE_MS),
      (t) => resumeTimer(t, T0 + 30 * MINUTE_MS),
    );
    expect(elapsedMs(timer, T0 + 30 * MINUTE_MS)).toBe(3 * MINUTE_MS);
    expect(remainingMs(timer, T0 + 31 * MINUTE_MS)).toBe(6 * MINUTE_MS);
  });

  it.each([
    ['pausing a paused timer', (timer: TimerState) => pauseTimer(pauseTimer(timer, T0 + MINUTE_MS), T0 + 5 * MINUTE_MS), pauseTimer(startTimer(TEN_MINUTES, T0), T0 + MINUTE_MS)],
    ['resuming a running timer', (timer: TimerState) => resumeTimer(timer, T0 + 5 * MINUTE_MS), startTimer(TEN_MINUTES, T0)],
  ])('%s changes nothing', (_case, step, expected) => {
    expect(step(startTimer(TEN_MINUTES, T0))).toEqual(expected);
  });
});

describe('addMinute', () => {
  it.each([
    ['while running', (t: TimerState) => t, T0 + 4 * MINUTE_MS, 7 * MINUTE_MS],
    ['while paused', (t: TimerState) => pauseTimer(t, T0 + 4 * MINUTE_MS), T0 + 9 * MINUTE_MS, 7 * MINUTE_MS],
    // Time is up (12 s over): "one more minute" is a full minute from now, not 48 s.
    ['once the time is up', (t: TimerState) => t, T0 + TEN_MINUTES + 12 * SECOND, MINUTE_MS],
    ['exactly at the end', (t: TimerState) => t, T0 + TEN_MINUTES, MINUTE_MS],
  ])('%s gives one more minute', (_case, before, at, remainingAfter) => {
    const timer = addMinute(before(startTimer(TEN_MINUTES, T0)), at);
    expect(remainingMs(timer, at)).toBe(remainingAfter);
    expect(isExpired(timer, at)).toBe(false);
    // Running on (resumed, if it was paused), it runs out exactly when the time shown is gone.
    expect(isExpired(resumeTimer(timer, at), at + remainingAfter)).toBe(true);
    expect(isExpired(resumeTimer(timer, at), at + remainingAfter - 1)).toBe(false);
  });

  it('twice gives two minutes', () => {
    const timer = addMinute(addMinute(startTimer(TEN_MINUTES, T0), T0), T0);
    expect(remainingMs(timer, T0)).toBe(12 * MINUTE_MS);
  });

  it('keeps a running timer running and a paused one paused', () => {
    expect(isRunning(addMinute(startTimer(TEN_MINUTES, T0), T0))).toBe(true);
    expect(isRunning(addMinute(pauseTimer(startTimer(TEN_MINUTES, T0), T0), T0))).toBe(false);
  });
});

describe('formatRemaining', () => {
  it.each([
    [TEN_MINUTES, '10:00'],
    [247 * SECOND, '4:07'],
    // Seconds round up: 4:06.2 left still reads 4:07, so 0:00 shows exactly when time is up.
    [246.2 * SECOND, '4:07'],
    [59 * SECOND, '0:59'],
    [1, '0:01'],
    [0, '0:00'],
    [-12 * SECOND, '0:00'],
    [60 * MINUTE_MS, '1:00:00'],
    [65 * MINUTE_MS + 3 * SECOND, '1:05:03'],
    [180 * MINUTE_MS, '3:00:00'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatRemaining(ms)).toBe(text);
  });
});

describe('validateMinutes', () => {
  it.each([1, 10, 45, 180])('accepts %d', (minutes) => {
    expect(validateMinutes(minutes)).toEqual({ ok: true, value: minutes });
  });

  it.each([0, -5, 181, 2.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %d', (minutes) => {
    expect(validateMinutes(minutes)).toEqual({ ok: false, problem: { code: 'timer-minutes', params: { min: 1, max: 180 } } });
  });
});

describe('toTimerState', () => {
  it.each([
    ['a running timer', { durationMs: 600_000, startedAt: T0, elapsedBeforeMs: 0 }, { durationMs: 600_000, startedAt: T0, elapsedBeforeMs: 0 }],
    ['a paused timer', { durationMs: 600_000, startedAt: null, elapsedBeforeMs: 5_000 }, { durationMs: 600_000, startedAt: null, elapsedBeforeMs: 5_000 }],
    ['a missing elapsed time, as none', { durationMs: 600_000, startedAt: null, elapsedBeforeMs: undefined }, { durationMs: 600_000, startedAt: null, elapsedBeforeMs: 0 }],
    ['a negative elapsed time, as none', { durationMs: 600_000, startedAt: T0, elapsedBeforeMs: -3 }, { durationMs: 600_000, startedAt: T0, elapsedBeforeMs: 0 }],
    ['no duration, as no timer', { durationMs: undefined, startedAt: T0, elapsedBeforeMs: 0 }, null],
    ['a zero duration, as no timer', { durationMs: 0, startedAt: T0, elapsedBeforeMs: 0 }, null],
    ['a text start, as no timer', { durationMs: 600_000, startedAt: 'nu', elapsedBeforeMs: 0 }, null],
    ['a missing start, as no timer', { durationMs: 600_000, startedAt: undefined, elapsedBeforeMs: 0 }, null],
  ])('reads %s', (_case, raw, expected) => {
    expect(toTimerState(raw)).toEqual(expected);
  });
});

describe('timed phases', () => {
  it('are the phases where the room works against the clock, each with a default of minutes', () => {
    expect(PHASE_IDS.filter((id) => isTimedPhase(id))).toEqual(['opvarmning', 'vaerdispillet', 'faelles-billede', 'goer-hinanden-staerkere', 'aftaler']);
    for (const phase of PHASE_IDS.filter((id) => isTimedPhase(id))) expect(validateMinutes(defaultMinutes(phase)).ok).toBe(true);
  });

  it('leave out a skipped warm-up', () => {
    expect(isTimedPhase('opvarmning', false)).toBe(false);
    expect(isTimedPhase('vaerdispillet', false)).toBe(true);
    expect(isTimedPhase('opvarmning', true)).toBe(true);
  });
});
