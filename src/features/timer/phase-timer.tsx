import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { PhaseId } from '../../domain/phase.ts';
import type { Problem } from '../../domain/result.ts';
import { defaultMinutes, formatRemaining, isExpired, isRunning, remainingMs, TIMER_MINUTES_MAX, TIMER_MINUTES_MIN, type TimerState } from '../../domain/timer.ts';
import type { Workshop } from '../../domain/workshop.ts';
import {
  addMinuteToPhaseTimer,
  pausePhaseTimer,
  resetPhaseTimer,
  resumePhaseTimer,
  startPhaseTimer,
} from '../../state/timer-commands.ts';
import { sessionClock } from '../../state/server-clock.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices, useT, useUi } from '../../ui/app-context.tsx';
import { useWorkshopSelector } from '../../ui/use-workshop.ts';
import './phase-timer.css';

/** How often the shown time is refreshed while it counts down (a second never lags visibly). */
const TICK_MS = 250;

/**
 * The facilitator's countdown for one phase: pick minutes and start; then the time, big, with
 * pause/resume, +1 min and reset. On the projector the time is huge and the controls small.
 * Render it with `key={phase}`, so that a phase change starts from a fresh component.
 */
export function PhaseTimer({ session, phase }: { session: WorkshopSession; phase: PhaseId }) {
  const timer = usePhaseTimer(session, phase);
  const isProjector = useUi((state) => state.isProjector);
  const [minutes, setMinutes] = useState(String(defaultMinutes(phase)));

  if (timer) return <CountdownView session={session} phase={phase} timer={timer} isProjector={isProjector} />;
  return <StartTimerForm session={session} phase={phase} isProjector={isProjector} minutes={minutes} onMinutes={setMinutes} />;
}

/**
 * The countdown without controls, for the devices in a live session that only follow it (tablets,
 * the projector): nothing when the phase has no countdown.
 */
export function PhaseCountdown({ session, phase }: { session: WorkshopSession; phase: PhaseId }) {
  const timer = usePhaseTimer(session, phase);
  const isProjector = useUi((state) => state.isProjector);
  return timer ? <CountdownView session={session} phase={phase} timer={timer} isProjector={isProjector} isReadOnly /> : null;
}

/** The phase's timer, re-rendering only when it changes (the snapshot keeps an unchanged timer the same object). */
function usePhaseTimer(session: WorkshopSession, phase: PhaseId): TimerState | undefined {
  const select = useCallback((workshop: Workshop) => workshop.control.timers[phase], [phase]);
  return useWorkshopSelector(session, select);
}

interface StartTimerFormProps {
  session: WorkshopSession;
  phase: PhaseId;
  isProjector: boolean;
  /** What is in the minutes field; kept by the parent, so a reset offers the same minutes again. */
  minutes: string;
  onMinutes: (minutes: string) => void;
}

function StartTimerForm({ session, phase, isProjector, minutes, onMinutes }: StartTimerFormProps) {
  const { t, problem: problemText } = useT();
  const id = useId();
  const [problem, setProblem] = useState<Problem | null>(null);

  const start = (event?: FormEvent) => {
    event?.preventDefault();
    const result = startPhaseTimer(session.context, phase, Number(minutes.trim() || Number.NaN), sessionClock.now());
    setProblem(result.ok ? null : result.problem);
  };

  if (isProjector) {
    // No fields on the projector: one small button starts the minutes last chosen.
    return (
      <div className="phase-timer is-idle" role="group" aria-label={t('timer.label')}>
        <button type="button" className="timer-small" onClick={() => start()}>
          {t('timer.startMinutes', { minutes: minutes.trim() || defaultMinutes(phase) })}
        </button>
        {problem ? (
          <p className="field-error" role="alert">
            {problemText(problem)}
          </p>
        ) : null}
      </div>
    );
  }

  return (
    <form className="phase-timer is-idle" aria-label={t('timer.label')} onSubmit={start} noValidate>
      <label htmlFor={id}>{t('timer.minutes')}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={TIMER_MINUTES_MIN}
        max={TIMER_MINUTES_MAX}
        step={1}
        value={minutes}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
        onChange={(event) => {
          onMinutes(event.target.value);
          setProblem(null);
        }}
      />
      <button type="submit" className="primary">
        {t('timer.start')}
      </button>
      {problem ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {problemText(problem)}
        </p>
      ) : null}
    </form>
  );
}

interface CountdownViewProps {
  session: WorkshopSession;
  phase: PhaseId;
  timer: TimerState;
  isProjector: boolean;
  /** Only the time: this device follows the facilitator's countdown (it may not change it). */
  isReadOnly?: boolean;
}

function CountdownView({ session, phase, timer, isProjector, isReadOnly = false }: CountdownViewProps) {
  const { t } = useT();
  const { store } = useServices();
  const now = useTimerNow(timer);
  const isOver = isExpired(timer, now);
  const isPaused = !isRunning(timer);
  const time = formatRemaining(remainingMs(timer, now));

  // Said once when the time runs out while someone watches; not again on a reload after it ran out.
  const wasOver = useRef(isOver);
  useEffect(() => {
    if (isOver && !wasOver.current) store.getState().announce(t('timer.expired'));
    wasOver.current = isOver;
  }, [isOver, store, t]);

  const context = session.context;
  const stateClass = isOver ? 'is-expired' : isPaused ? 'is-paused' : 'is-running';
  return (
    <div className={`phase-timer ${stateClass}`} role="group" aria-label={t('timer.label')}>
      <div className="timer-readout">
        <span className="timer-time" role="timer" aria-label={t('timer.remaining', { time })}>
          {time}
        </span>
        {isOver ? <span className="timer-note timer-expired">{t('timer.expired')}</span> : null}
        {isPaused && !isOver ? <span className="timer-note">{t('timer.paused')}</span> : null}
      </div>
      {isReadOnly ? null : (
        <div className={`timer-actions ${isProjector ? 'timer-small' : ''}`}>
          {isOver ? null : (
            // One button that changes its name, so the focus stays on it when pausing and resuming.
            <button
              type="button"
              onClick={() =>
                isPaused ? resumePhaseTimer(context, phase, sessionClock.now()) : pausePhaseTimer(context, phase, sessionClock.now())
              }
            >
              {isPaused ? t('timer.resume') : t('timer.pause')}
            </button>
          )}
          <button type="button" onClick={() => addMinuteToPhaseTimer(context, phase, sessionClock.now())}>
            {t('timer.addMinute')}
          </button>
          <button type="button" className="quiet" onClick={() => resetPhaseTimer(context, phase)}>
            {t('timer.reset')}
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * The current time, refreshed every 250 ms while the timer counts down, and not at all while it
 * is paused or over (nothing on screen changes then).
 */
function useTimerNow(timer: TimerState): number {
  const [now, setNow] = useState(() => sessionClock.now());
  const isTicking = isRunning(timer) && !isExpired(timer, now);
  useEffect(() => {
    // A new or changed timer: read the clock at once rather than at the next tick.
    setNow(sessionClock.now());
    if (!isTicking) return;
    const interval = window.setInterval(() => setNow(sessionClock.now()), TICK_MS);
    return () => window.clearInterval(interval);
  }, [isTicking, timer]);
  return now;
}
