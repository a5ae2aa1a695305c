import { phasesInPlay, type PhaseId } from './phase.ts';
import { ok, refuse, type Result } from './result.ts';
import * as z from 'zod/mini';
import { epochMsSchema, field } from './schema.ts';

/**
 * The phase timer: a countdown the facilitator starts, pauses, resumes and extends. Pure: every
 * function that needs the time takes `now` (epoch milliseconds), so the clock is the caller's.
 *
 * The stored form keeps no ticking value: while running, only the moment it was (re)started is
 * stored, and the remaining time is worked out from `now`. A pause folds the run into
 * `elapsedBeforeMs`. So a timer needs no writes while it counts down, and every device that reads
 * it shows the same time (as far as their clocks agree). Resetting is removing the timer: the phase
 * is back to "no countdown", and the facilitator picks minutes again.
 */
export interface TimerState {
  /** The whole countdown, including any minutes added. */
  durationMs: number;
  /** When the current run started (epoch ms), or `null` while paused. */
  startedAt: number | null;
  /** Time that ran before the current run (the sum of the runs before each pause). */
  elapsedBeforeMs: number;
}

export const MINUTE_MS = 60_000;
export const TIMER_MINUTES_MIN = 1;
export const TIMER_MINUTES_MAX = 180;

/** The phases where a countdown makes sense (the facilitator gives the room a set time). */
export const TIMED_PHASES: readonly PhaseId[] = ['opvarmning', 'vaerdispillet', 'faelles-billede', 'goer-hinanden-staerkere', 'aftaler'];

/** What the minutes field starts at, per phase: a first guess the facilitator can change. */
const DEFAULT_MINUTES: Partial<Record<PhaseId, number>> = {
  opvarmning: 10,
  vaerdispillet: 15,
  'faelles-billede': 20,
  'goer-hinanden-staerkere': 20,
  aftaler: 15,
};

/** Whether `phase` offers a countdown in this workshop (a skipped warm-up does not). */
export function isTimedPhase(phase: PhaseId, hasWarmUp = true): boolean {
  return TIMED_PHASES.includes(phase) && phasesInPlay(hasWarmUp).includes(phase);
}

export function defaultMinutes(phase: PhaseId): number {
  return DEFAULT_MINUTES[phase] ?? 10;
}

/** Checks the minutes the facilitator chose: a whole number from 1 to 180. */
export function validateMinutes(minutes: number): Result<number> {
  if (!Number.isInteger(minutes) || minutes < TIMER_MINUTES_MIN || minutes > TIMER_MINUTES_MAX) {
    return refuse('timer-minutes', { min: TIMER_MINUTES_MIN, max: TIMER_MINUTES_MAX });
  }
  return ok(minutes);
}

export function isRunning(timer: TimerState): boolean {
  return timer.startedAt !== null;
}

/** Time that has run. A clock behind the start (another device's, or a stale render) counts as no time. */
export function elapsedMs(timer: TimerState, now: number): number {
  const current = timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt);
  return timer.elapsedBeforeMs + current;
}

/** Time left; negative once the time is up (by how much it is over). */
export function remainingMs(timer: TimerState, now: number): number {
  return timer.durationMs - elapsedMs(timer, now);
}

export function isExpired(timer: TimerState, now: number): boolean {
  return remainingMs(timer, now) <= 0;
}

/** A new countdown of `durationMs`, running from `now`. */
export function startTimer(durationMs: number, now: number): TimerState {
  return { durationMs, startedAt: now, elapsedBeforeMs: 0 };
}

/** Stops the clock, keeping the time that has run. Pausing a paused timer changes nothing. */
export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.startedAt === null) return timer;
  return { ...timer, startedAt: null, elapsedBeforeMs: elapsedMs(timer, now) };
}

/** Starts the clock again from where it stopped. Resuming a running timer changes nothing. */
export function resumeTimer(timer: TimerState, now: number): TimerState {
  if (timer.startedAt !== null) return timer;
  return { ...timer, startedAt: now };
}

/**
 * Gives one more minute. Once the time is up, the minute counts from now ("one more minute"
 * means 1:00 on the screen, not what is left after the overrun).
 */
export function addMinute(timer: TimerState, now: number): TimerState {
  const base = isExpired(timer, now) ? elapsedMs(timer, now) : timer.durationMs;
  return { ...timer, durationMs: base + MINUTE_MS };
}

/**
 * The time left as the room reads it: "4:07", "1:05:00" past an hour, "0:00" once over (the screen
 * says "Tiden er gået" beside it). Seconds round up, so "0:00" shows exactly when the time is up
 * and a fresh 10-minute timer shows "10:00", not "9:59".
 */
export function formatRemaining(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/**
 * Reads a stored timer defensively (from a document another device or an older version wrote):
 * anything malformed is no timer at all.
 */
export function toTimerState(raw: { durationMs: unknown; startedAt: unknown; elapsedBeforeMs: unknown }): TimerState | null {
  const { durationMs, startedAt, elapsedBeforeMs } = raw;
  if (typeof durationMs !== 'number' || !Number.isFinite(durationMs) || durationMs <= 0) return null;
  if (startedAt !== null && (typeof startedAt !== 'number' || !Number.isFinite(startedAt))) return null;
  const elapsed = typeof elapsedBeforeMs === 'number' && Number.isFinite(elapsedBeforeMs) ? Math.max(0, elapsedBeforeMs) : 0;
  return { durationMs, startedAt, elapsedBeforeMs: elapsed };
}

/** A phase's countdown as stored (its phase is its key in the control document). */
export const TIMER_RECORD = {
  durationMs: field(z.int().check(z.positive())),
  startedAt: field(z.nullable(epochMsSchema), null),
  elapsedBeforeMs: field(epochMsSchema, 0),
};
