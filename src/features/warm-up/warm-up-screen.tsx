import { DRIVERS_MAX } from '../../domain/warm-up.ts';
import { setPhase } from '../../state/commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useT } from '../../ui/app-context.tsx';
import { PhaseProgress } from '../../ui/phase-steering.tsx';
import { useIsPhaseLocked } from '../../ui/use-steering.ts';
import { useWorkshop } from '../../ui/use-workshop.ts';
import { AnswersCard } from './answers-card.tsx';
import { PiecesPanel } from './pieces-panel.tsx';
import { WarmUpOverview } from './warm-up-overview.tsx';
import './warm-up.css';

interface WarmUpPhaseProps {
  session: WorkshopSession;
  isProjector: boolean;
  /** The device may write nothing (a live session's projector): no button either. */
  isReadOnly?: boolean;
}

/** Opvarmning as the phase shows it: the screen, its read-only projector view, or a note that it is off. */
export function WarmUpPhase({ session, isProjector, isReadOnly = false }: WarmUpPhaseProps) {
  const { setup } = useWorkshop(session);
  if (!setup.hasWarmUp) return <WarmUpOff session={session} isReadOnly={isReadOnly} />;
  return isProjector ? <WarmUpOverview session={session} /> : <WarmUpScreen session={session} />;
}

/** Opvarmning: how far the tablets are, each organisation's answers, then the pieces made from them. */
export function WarmUpScreen({ session }: { session: WorkshopSession }) {
  const { t } = useT();
  const { organisations, warmUp } = useWorkshop(session);
  const isLocked = useIsPhaseLocked(session, 'opvarmning');
  return (
    <section className="screen warm-up-screen" aria-labelledby="warm-up-title">
      <h2 id="warm-up-title">{t('warmUp.title')}</h2>
      <p className="lead">{t('warmUp.intro')}</p>
      {organisations.length === 0 ? <p className="empty">{t('warmUp.noOrganisations')}</p> : null}
      <PhaseProgress session={session} phase="opvarmning" countLabel={(count) => t('warmUp.answers.count', { count, max: DRIVERS_MAX })} />
      <div className="warm-up-orgs">
        {organisations.map((organisation) => (
          <AnswersCard key={organisation.id} session={session} organisation={organisation} answers={warmUp.answers[organisation.id] ?? []} isLocked={isLocked} />
        ))}
      </div>
      <PiecesPanel session={session} />
    </section>
  );
}

/** The warm-up is switched off for this workshop: say so, and (on a device that may write) where to switch it on. */
function WarmUpOff({ session, isReadOnly }: { session: WorkshopSession; isReadOnly: boolean }) {
  const { t } = useT();
  return (
    <section className="screen phase-not-built" aria-labelledby="warm-up-off-title">
      <h2 id="warm-up-off-title">{t('warmUp.off.title')}</h2>
      <p>{t('phase.notBuilt.warmUpOff')}</p>
      {isReadOnly ? null : (
        <button type="button" onClick={() => setPhase(session.context, 'forberedelse')}>
          {t('warmUp.off.goToSetup')}
        </button>
      )}
    </section>
  );
}
