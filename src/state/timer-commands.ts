import type { PhaseId } from '../domain/phase.ts';
import { ok, refuse, type Result } from '../domain/result.ts';
import {
  addMinute as addMinuteRule,
  MINUTE_MS,
  pauseTimer,
  resumeTimer,
  startTimer,
  TIMER_RECORD,
  validateMinutes,
  type TimerState,
} from '../domain/timer.ts';
import type { CommandContext } from './commands.ts';
import { HOUSEKEEPING } from './origins.ts';
import { newRecord, readWorkshop, timersMap, updateRecord } from './workshop-layout.ts';

/*
 * The facilitator's phase timer. Each phase has at most one countdown, in the control document.
 * Not part of the undo history (origin HOUSEKEEPING): undo reverts what people made, and a timer
 * that jumped back on Ctrl+Z would confuse the room more than it helps.
 */

/** Starts a countdown of `minutes` for `phase` from `now`, replacing any countdown it had. */
export function startPhaseTimer({ docs }: CommandContext, phase: PhaseId, minutes: number, now: number): Result<TimerState> {
  const checked = validateMinutes(minutes);
  if (!checked.ok) return checked;
  const timer = startTimer(checked.value * MINUTE_MS, now);
  docs.control.transact(() => timersMap(docs).set(phase, newRecord(TIMER_RECORD, timer)), HOUSEKEEPING);
  return ok(timer);
}

export function pausePhaseTimer(context: CommandContext, phase: PhaseId, now: number): Result<TimerState> {
  return change(context, phase, (timer) => pauseTimer(timer, now));
}

export function resumePhaseTimer(context: CommandContext, phase: PhaseId, now: number): Result<TimerState> {
  return change(context, phase, (timer) => resumeTimer(timer, now));
}

/** One more minute (a full minute from now once the time is up). */
export function addMinuteToPhaseTimer(context: CommandContext, phase: PhaseId, now: number): Result<TimerState> {
  return change(context, phase, (timer) => addMinuteRule(timer, now));
}

/** Takes the phase's countdown away; the facilitator can start a new one. */
export function resetPhaseTimer({ docs }: CommandContext, phase: PhaseId): Result<PhaseId> {
  if (!timersMap(docs).has(phase)) return refuse('timer-missing');
  docs.control.transact(() => timersMap(docs).delete(phase), HOUSEKEEPING);
  return ok(phase);
}

/** Applies a rule to the phase's timer and writes only the fields that changed. */
function change({ docs }: CommandContext, phase: PhaseId, rule: (timer: TimerState) => TimerState): Result<TimerState> {
  const current = readWorkshop(docs).control.timers[phase];
  const map = timersMap(docs).get(phase);
  if (!current || !map) return refuse('timer-missing');
  const next = rule(current);
  updateRecord(docs.control, map, TIMER_RECORD, next, HOUSEKEEPING);
  return ok(next);
}
