import { nextPhase, PHASE_IDS, previousPhase, type PhaseId } from '../../domain/phase.ts';
import type { Workshop } from '../../domain/workshop.ts';
import { setPhase } from '../../state/commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useT } from '../../ui/app-context.tsx';
import { useWorkshopSelector } from '../../ui/use-workshop.ts';

const selectPhase = (workshop: Workshop) => workshop.control.phase;
const selectHasWarmUp = (workshop: Workshop) => workshop.setup.hasWarmUp;

/** The facilitator's phase bar: every phase of the workshop in order, and previous/next. */
export function PhaseBar({ session }: { session: WorkshopSession }) {
  const { t } = useT();
  const current = useWorkshopSelector(session, selectPhase);
  const hasWarmUp = useWorkshopSelector(session, selectHasWarmUp);
  const goTo = (phase: PhaseId) => setPhase(session.context, phase);
  const previous = previousPhase(current, hasWarmUp);
  const next = nextPhase(current, hasWarmUp);

  return (
    <nav className="phase-bar" aria-label={t('phase.bar.label')}>
      <button type="button" className="phase-step" disabled={previous === current} onClick={() => goTo(previous)}>
        <span aria-hidden="true">←</span> {t('phase.previous')}
      </button>
      <ol className="phase-list">
        {PHASE_IDS.map((phase, index) => {
          const isSkipped = phase === 'opvarmning' && !hasWarmUp;
          return (
            <li key={phase} className={isSkipped ? 'is-skipped' : undefined}>
              <button
                type="button"
                aria-current={phase === current ? 'step' : undefined}
                onClick={() => goTo(phase)}
              >
                <span className="phase-number" aria-hidden="true">
                  {index}
                </span>
                {t(`phase.${phase}`)}
                {isSkipped ? <span className="phase-note"> ({t('phase.skipped')})</span> : null}
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="phase-step primary" disabled={next === current} onClick={() => goTo(next)}>
        {t('phase.next')} <span aria-hidden="true">→</span>
      </button>
    </nav>
  );
}
