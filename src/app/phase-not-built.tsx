import type { PhaseId } from '../domain/phase.ts';
import type { WorkshopSession } from '../state/workshop-session.ts';
import { useT } from '../ui/app-context.tsx';
import { useWorkshop } from '../ui/use-workshop.ts';

/** Said plainly: this phase is not part of this version yet. No pretend content. */
export function PhaseNotBuilt({ session, phase }: { session: WorkshopSession; phase: PhaseId }) {
  const { t } = useT();
  const workshop = useWorkshop(session);
  const phaseName = t(`phase.${phase}`);
  const isSkippedWarmUp = phase === 'opvarmning' && !workshop.setup.hasWarmUp;
  return (
    <section className="screen phase-not-built" aria-labelledby="not-built-title">
      <h2 id="not-built-title">{t('phase.notBuilt.title', { phase: phaseName })}</h2>
      <p>{t('phase.notBuilt.body')}</p>
      {isSkippedWarmUp ? <p>{t('phase.notBuilt.warmUpOff')}</p> : null}
    </section>
  );
}
