import { useId } from 'react';
import { shallow } from 'zustand/shallow';
import { actorTypeColour } from '../domain/actor-type.ts';
import type { PhaseId } from '../domain/phase.ts';
import { phaseProgress } from '../domain/progress.ts';
import type { Workshop } from '../domain/workshop.ts';
import { setDone, setPhaseLocked } from '../state/progress-commands.ts';
import type { WorkshopSession } from '../state/workshop-session.ts';
import { useServices, useT } from './app-context.tsx';
import { useDone, useIsPhaseLocked } from './use-steering.ts';
import { useWorkshopSelector } from './use-workshop.ts';
import './phase-steering.css';

/*
 * Steering a phase in which every organisation writes on its own tablet (src/domain/progress.ts), for
 * any such phase: the facilitator's overview of who has written how much and who is done, with the
 * lock; on a tablet, the lock's notice and "Vi er færdige".
 */

const selectProgressInputs = ({ organisations, warmUp, cards, links, agreementAnswers }: Workshop) => ({ organisations, warmUp, cards, links, agreementAnswers });

interface PhaseProgressProps {
  session: WorkshopSession;
  phase: PhaseId;
  /** How an organisation's count reads in this phase ("2 af 3 svar"). */
  countLabel: (count: number) => string;
}

/** The facilitator's overview of a tablet phase: per organisation how much it has written and whether it is done; the lock. */
export function PhaseProgress({ session, phase, countLabel }: PhaseProgressProps) {
  const { t } = useT();
  const { store } = useServices();
  const headingId = useId();
  const inputs = useWorkshopSelector(session, selectProgressInputs, shallow);
  const done = useDone(session);
  const isLocked = useIsPhaseLocked(session, phase);
  const progress = phaseProgress(inputs, done, phase);
  const doneCount = progress.filter((entry) => entry.isDone).length;

  const toggleLock = () => {
    const result = setPhaseLocked(session.context, phase, !isLocked);
    if (result.ok) store.getState().announce(t(result.value ? 'steering.lockedOn' : 'steering.lockedOff'));
  };

  if (inputs.organisations.length === 0) return null;
  return (
    <section className="card phase-progress" aria-labelledby={headingId}>
      <div className="phase-progress-head">
        <h3 id={headingId}>{t('steering.title')}</h3>
        <p className="phase-progress-summary">{t('steering.doneCount', { count: doneCount, total: progress.length })}</p>
        <button type="button" className="phase-lock" aria-pressed={isLocked} onClick={toggleLock}>
          {t('steering.lock')}
        </button>
      </div>
      {isLocked ? (
        <p className="banner locked" role="status">
          {t('steering.locked')}
        </p>
      ) : null}
      <ul className="phase-progress-list">
        {progress.map((entry) => {
          const organisation = inputs.organisations.find((candidate) => candidate.id === entry.organisationId);
          if (!organisation) return null;
          const status = entry.isDone ? 'done' : entry.count > 0 ? 'writing' : 'notStarted';
          return (
            <li key={entry.organisationId} className={`is-${status}`}>
              <span className="swatch" aria-hidden="true" style={{ background: actorTypeColour(organisation.actorType) }} />
              <span className="phase-progress-name">{organisation.name}</span>
              <span className="phase-progress-count">{countLabel(entry.count)}</span>
              <span className="phase-progress-status">
                {entry.isDone ? <span aria-hidden="true">✓ </span> : null}
                {t(`steering.status.${status}`)}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** On a tablet: what the lock means, while the facilitator has locked writing in the phase. */
export function LockedNotice({ session, phase }: { session: WorkshopSession; phase: PhaseId }) {
  const { t } = useT();
  const isLocked = useIsPhaseLocked(session, phase);
  return isLocked ? (
    <p className="banner locked" role="status">
      {t('steering.lockedTablet')}
    </p>
  ) : null;
}

interface DoneSwitchProps {
  session: WorkshopSession;
  organisationId: string;
  phase: PhaseId;
}

/** On a tablet: "Vi er færdige", and taking it back. The facilitator sees it at once in their overview. */
export function DoneSwitch({ session, organisationId, phase }: DoneSwitchProps) {
  const { t } = useT();
  const { store } = useServices();
  const isDone = useDone(session)[organisationId]?.includes(phase) ?? false;
  const toggle = () => {
    const result = setDone(session.context, organisationId, phase, !isDone);
    if (result.ok) store.getState().announce(t(result.value ? 'steering.doneNote' : 'steering.notDone'));
  };
  return (
    <div className={`done-switch${isDone ? ' is-done' : ''}`}>
      {isDone ? (
        <p className="done-note">
          <span aria-hidden="true">✓ </span>
          {t('steering.doneNote')}
        </p>
      ) : null}
      <button type="button" className={isDone ? 'done-undo' : 'done-button'} onClick={toggle}>
        {t(isDone ? 'steering.notDone' : 'steering.done')}
      </button>
    </div>
  );
}
