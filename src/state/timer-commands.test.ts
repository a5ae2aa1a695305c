import { describe, expect, it } from 'vitest';
import type { PhaseId } from '../domain/phase.ts';
import { formatRemaining, isRunning, MINUTE_MS, remainingMs } from '../domain/timer.ts';
import { setRevealed, type CommandContext } from './commands.ts';
import {
  addMinuteToPhaseTimer,
  pausePhaseTimer,
  resetPhaseTimer,
  resumePhaseTimer,
  startPhaseTimer,
} from './timer-commands.ts';
import { readWorkshop } from './workshop-layout.ts';
import { bootRepository, useFreshDevice, value } from '../../tests/support/state.ts';

const T0 = 1_800_000_000_000;
const { track, untrack } = useFreshDevice();

/** An open workshop and a facilitator who reads the clock on the projector like the room does. */
async function facilitating() {
  const repository = await bootRepository(track);
  const id = value(await repository.create('Netværksmøde'));
  const session = await repository.open(id);
  if (!session) throw new Error('open failed');
  track(session);
  const context = session.context;
  const shows = (phase: PhaseId, now: number): string | null => {
    const timer = readWorkshop(session.docs).control.timers[phase];
    return timer ? formatRemaining(remainingMs(timer, now)) : null;
  };
  return { repository, id, session, context, shows };
}

describe('phase timer commands', () => {
  it('start, pause, resume and +1 min, read back as the room sees them', async () => {
    const { context, shows } = await facilitating();
    expect(shows('vaerdispillet', T0)).toBeNull();

    value(startPhaseTimer(context, 'vaerdispillet', 10, T0));
    expect(shows('vaerdispillet', T0)).toBe('10:00');
    expect(shows('vaerdispillet', T0 + 3 * MINUTE_MS - 500)).toBe('7:01');

    value(pausePhaseTimer(context, 'vaerdispillet', T0 + 3 * MINUTE_MS));
    expect(shows('vaerdispillet', T0 + 30 * MINUTE_MS)).toBe('7:00');

    value(addMinuteToPhaseTimer(context, 'vaerdispillet', T0 + 30 * MINUTE_MS));
    expect(shows('vaerdispillet', T0 + 31 * MINUTE_MS)).toBe('8:00');

    value(resumePhaseTimer(context, 'vaerdispillet', T0 + 40 * MINUTE_MS));
    expect(shows('vaerdispillet', T0 + 45 * MINUTE_MS)).toBe('3:00');
    expect(shows('vaerdispillet', T0 + 48 * MINUTE_MS)).toBe('0:00');
  });

  it('keeps each phase’s countdown apart', async () => {
    const { context, shows, session } = await facilitating();
    value(startPhaseTimer(context, 'opvarmning', 5, T0));
    value(startPhaseTimer(context, 'aftaler', 15, T0 + MINUTE_MS));
    value(pausePhaseTimer(context, 'opvarmning', T0 + MINUTE_MS));
    expect(shows('opvarmning', T0 + 10 * MINUTE_MS)).toBe('4:00');
    expect(shows('aftaler', T0 + 10 * MINUTE_MS)).toBe('6:00');
    expect(Object.keys(readWorkshop(session.docs).control.timers).sort()).toEqual(['aftaler', 'opvarmning']);
  });

  it('starting again replaces the countdown; reset takes it away', async () => {
    const { context, shows } = await facilitating();
    value(startPhaseTimer(context, 'aftaler', 15, T0));
    value(pausePhaseTimer(context, 'aftaler', T0 + MINUTE_MS));
    const restarted = value(startPhaseTimer(context, 'aftaler', 5, T0 + 2 * MINUTE_MS));
    expect(isRunning(restarted)).toBe(true);
    expect(shows('aftaler', T0 + 2 * MINUTE_MS)).toBe('5:00');

    expect(value(resetPhaseTimer(context, 'aftaler'))).toBe('aftaler');
    expect(shows('aftaler', T0 + 2 * MINUTE_MS)).toBeNull();
  });

  it.each([0, 181, 2.5, Number.NaN])('refuses %d minutes and changes nothing', async (minutes) => {
    const { context, session } = await facilitating();
    expect(startPhaseTimer(context, 'vaerdispillet', minutes, T0)).toEqual({
      ok: false,
      problem: { code: 'timer-minutes', params: { min: 1, max: 180 } },
    });
    expect(readWorkshop(session.docs).control.timers).toEqual({});
  });

  it.each([
    ['pause', (context: CommandContext) => pausePhaseTimer(context, 'aftaler', T0)],
    ['resume', (context: CommandContext) => resumePhaseTimer(context, 'aftaler', T0)],
    ['+1 min', (context: CommandContext) => addMinuteToPhaseTimer(context, 'aftaler', T0)],
    ['reset', (context: CommandContext) => resetPhaseTimer(context, 'aftaler')],
  ])('refuses %s when the phase has no countdown', async (_name, command) => {
    const { context } = await facilitating();
    value(startPhaseTimer(context, 'opvarmning', 5, T0));
    expect(command(context)).toMatchObject({ ok: false, problem: { code: 'timer-missing' } });
  });

  it('writes nothing when a step changes nothing (pausing a paused timer)', async () => {
    const { context, session } = await facilitating();
    value(startPhaseTimer(context, 'aftaler', 15, T0));
    value(pausePhaseTimer(context, 'aftaler', T0 + MINUTE_MS));
    let updates = 0;
    session.docs.control.on('update', () => (updates += 1));
    value(pausePhaseTimer(context, 'aftaler', T0 + 2 * MINUTE_MS));
    expect(updates).toBe(0);
  });

  it('is not part of the undo history: undo skips the timer and reverts the edit before it', async () => {
    const { context, session, shows } = await facilitating();
    value(setRevealed(context, true));
    session.undo.stopCapturing();
    value(startPhaseTimer(context, 'faelles-billede', 20, T0));
    value(pausePhaseTimer(context, 'faelles-billede', T0 + MINUTE_MS));
    value(addMinuteToPhaseTimer(context, 'faelles-billede', T0 + MINUTE_MS));

    expect(session.undo.canUndo).toBe(true);
    session.undo.undo();
    expect(readWorkshop(session.docs).control.isRevealed).toBe(false);
    expect(shows('faelles-billede', T0 + 5 * MINUTE_MS)).toBe('20:00');
    expect(session.undo.canUndo).toBe(false);
  });

  it('survives a reload, still paused or still running', async () => {
    const { repository, id, context, session } = await facilitating();
    value(startPhaseTimer(context, 'vaerdispillet', 10, T0));
    value(startPhaseTimer(context, 'aftaler', 15, T0));
    value(pausePhaseTimer(context, 'aftaler', T0 + 2 * MINUTE_MS));
    await session.close();
    untrack(session);

    const reopened = await repository.open(id);
    if (!reopened) throw new Error('reopen failed');
    track(reopened);
    expect(readWorkshop(reopened.docs).control.timers).toEqual({
      vaerdispillet: { durationMs: 10 * MINUTE_MS, startedAt: T0, elapsedBeforeMs: 0 },
      aftaler: { durationMs: 15 * MINUTE_MS, startedAt: null, elapsedBeforeMs: 2 * MINUTE_MS },
    });
  });
});
