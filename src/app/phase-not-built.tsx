import type { PhaseId } from '../domain/phase.ts';
import { useT } from '../ui/app-context.tsx';

/** Said plainly: this phase is not part of this version yet. No pretend content. */
export function PhaseNotBuilt({ phase }: { phase: PhaseId }) {
  const { t } = useT();
  const phaseName = t(`phase.${phase}`);
  return (
    <section className="screen phase-not-built" aria-labelledby="not-built-title">
      <h2 id="not-built-title">{t('phase.notBuilt.title', { phase: phaseName })}</h2>
      <p>{t('phase.notBuilt.body')}</p>
    </section>
  );
}
