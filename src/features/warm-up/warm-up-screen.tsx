import { setPhase } from '../../state/commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useT } from '../../ui/app-context.tsx';
import { useWorkshop } from '../../ui/use-workshop.ts';
import { AnswersCard } from './answers-card.tsx';
import { PiecesPanel } from './pieces-panel.tsx';
import { WarmUpOverview } from './warm-up-overview.tsx';
import './warm-up.css';

/** Opvarmning as the phase shows it: the screen, its read-only projector view, or a note that it is off. */
export function WarmUpPhase({ session, isProjector }: { session: WorkshopSession; isProjector: boolean }) {
  const { setup } = useWorkshop(session);
  if (!setup.hasWarmUp) return <WarmUpOff session={session} />;
  return isProjector ? <WarmUpOverview session={session} /> : <WarmUpScreen session={session} />;
}

/** Opvarmning: each organisation's answers, then the pieces made from them. */
export function WarmUpScreen({ session }: { session: WorkshopSession }) {
  const { t } = useT();
  const { organisations, warmUp } = useWorkshop(session);
  return (
    <section className="screen warm-up-screen" aria-labelledby="warm-up-title">
      <h2 id="warm-up-title">{t('warmUp.title')}</h2>
      <p className="lead">{t('warmUp.intro')}</p>
      {organisations.length === 0 ? <p className="empty">{t('warmUp.noOrganisations')}</p> : null}
      <div className="warm-up-orgs">
        {organisations.map((organisation) => (
          <AnswersCard key={organisation.id} session={session} organisation={organisation} answers={warmUp.answers[organisation.id] ?? []} />
        ))}
      </div>
      <PiecesPanel session={session} />
    </section>
  );
}

/** The warm-up is switched off for this workshop: say so, and where to switch it on. */
function WarmUpOff({ session }: { session: WorkshopSession }) {
  const { t } = useT();
  return (
    <section className="screen phase-not-built" aria-labelledby="warm-up-off-title">
      <h2 id="warm-up-off-title">{t('warmUp.off.title')}</h2>
      <p>{t('phase.notBuilt.warmUpOff')}</p>
      <button type="button" onClick={() => setPhase(session.context, 'forberedelse')}>
        {t('warmUp.off.goToSetup')}
      </button>
    </section>
  );
}
