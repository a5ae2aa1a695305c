import { shallow } from 'zustand/shallow';
import type { Organisation } from '../../domain/organisation.ts';
import type { Workshop } from '../../domain/workshop.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useT } from '../../ui/app-context.tsx';
import { DoneSwitch, LockedNotice } from '../../ui/phase-steering.tsx';
import { useDone, useIsPhaseLocked } from '../../ui/use-steering.ts';
import { useWorkshopSelector } from '../../ui/use-workshop.ts';
import { AnswerList } from './answer-list.tsx';
import { AnswersCard } from './answers-card.tsx';
import './warm-up.css';

const selectWarmUp = ({ setup, warmUp }: Workshop) => ({ hasWarmUp: setup.hasWarmUp, answers: warmUp.answers });

/**
 * Opvarmning on an organisation's own tablet: the question, its answers to write, and "Vi er færdige".
 * One thing at a time: once the organisation has said it is done, its answers are shown, not edited.
 */
export function WarmUpTablet({ session, organisation }: { session: WorkshopSession; organisation: Organisation }) {
  const { t } = useT();
  const { hasWarmUp, answers } = useWorkshopSelector(session, selectWarmUp, shallow);
  const isLocked = useIsPhaseLocked(session, 'opvarmning');
  const isDone = useDone(session)[organisation.id]?.includes('opvarmning') ?? false;
  const own = answers[organisation.id] ?? [];

  if (!hasWarmUp) {
    return (
      <p className="live-waiting" role="status">
        {t('warmUp.off.title')}
      </p>
    );
  }
  return (
    <section className="screen warm-up-tablet" aria-labelledby="warm-up-tablet-title">
      <h2 id="warm-up-tablet-title">{t('warmUp.title')}</h2>
      <p className="lead">{t('warmUp.intro')}</p>
      <LockedNotice session={session} phase="opvarmning" />
      {isDone ? (
        <section className="card warm-up-org" aria-labelledby="warm-up-tablet-answers">
          <h3 id="warm-up-tablet-answers">{organisation.name}</h3>
          <AnswerList answers={own} />
        </section>
      ) : (
        <AnswersCard session={session} organisation={organisation} answers={own} isLocked={isLocked} />
      )}
      <DoneSwitch session={session} organisationId={organisation.id} phase="opvarmning" />
    </section>
  );
}
