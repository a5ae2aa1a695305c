import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { phasesInPlay, type PhaseId } from '../../domain/phase.ts';
import { workshopAgenda } from '../../domain/preparation.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useT } from '../../ui/app-context.tsx';
import { usePreparation } from '../../ui/use-preparation.ts';
import { useWorkshop } from '../../ui/use-workshop.ts';
import { PhaseGuideView } from './phase-guide-view.tsx';
import { PreparationView } from './preparation-view.tsx';
import { GUIDE_PANEL_ID } from './guide-button.tsx';
import './guide.css';

interface GuidePanelProps {
  session: WorkshopSession;
  /** The workshop's current phase: the guide follows it unless another is chosen. */
  phase: PhaseId;
  onClose: () => void;
}

/**
 * The facilitator's guide, a panel beside the screen (never on the projector or a tablet: the shell
 * leaves it out there). It shows the current phase's guide, or another phase's when chosen; for
 * Forberedelse also the preparation. Escape closes it.
 */
export function GuidePanel({ session, phase, onClose }: GuidePanelProps) {
  const { t } = useT();
  const workshop = useWorkshop(session);
  const [preparation, updatePreparation] = usePreparation(session.id);
  const pickerId = useId();
  // A phase chosen in the panel holds until the workshop moves on to another phase.
  const [chosen, setChosen] = useState<{ phase: PhaseId; at: PhaseId } | null>(null);
  const shown = chosen && chosen.at === phase ? chosen.phase : phase;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const phases = phasesInPlay(workshop.setup.hasWarmUp);
  const agenda = workshopAgenda(workshop, preparation);
  const agendaItem = agenda.items.find((item) => item.id === shown) ?? null;

  useEffect(() => {
    headingRef.current?.focus();
    document.documentElement.classList.add('guide-open');
    return () => document.documentElement.classList.remove('guide-open');
  }, []);

  // A landmark of its own at the top level, beside the page rather than inside the phase's screen.
  return createPortal(
    <aside
      id={GUIDE_PANEL_ID}
      className="guide-panel"
      aria-label={t('guide.panelLabel', { phase: t(`phase.${shown}`) })}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="guide-head">
        <h2 ref={headingRef} tabIndex={-1}>
          {t('guide.title', { phase: t(`phase.${shown}`) })}
        </h2>
        <button type="button" className="guide-close" onClick={onClose} aria-label={t('guide.close')}>
          ×
        </button>
      </div>
      <p className="hint guide-only-you">{t('guide.onlyYou')}</p>
      <div className="field guide-picker">
        <label htmlFor={pickerId}>{t('guide.showFor')}</label>
        <select id={pickerId} value={shown} onChange={(event) => setChosen({ phase: phases.find((candidate) => candidate === event.target.value) ?? phase, at: phase })}>
          {phases.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`phase.${candidate}`)}
            </option>
          ))}
        </select>
      </div>
      {/* Before the meeting the tools come first: the agenda, the checklist, the invitation. */}
      {shown === 'forberedelse' ? <PreparationView workshop={workshop} preparation={preparation} agenda={agenda} onChange={updatePreparation} /> : null}
      <PhaseGuideView phase={shown} agendaItem={agendaItem} totalMinutes={agenda.totalMinutes} organisationCount={workshop.organisations.length} />
      <p className="hint guide-credit">{t('guide.credit')}</p>
    </aside>,
    document.body,
  );
}
