import { useId } from 'react';
import type { Organisation } from '../../domain/organisation.ts';
import { setActiveOrganisation, setLocked, setRevealed } from '../../state/commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices, useT } from '../../ui/app-context.tsx';

interface FacilitatorControlsProps {
  session: WorkshopSession;
  organisations: Organisation[];
  activeOrgId: string | null;
  isLocked: boolean;
  isRevealed: boolean;
}

/** Lock, reveal and whose turn it is on a shared device. */
export function FacilitatorControls({ session, organisations, activeOrgId, isLocked, isRevealed }: FacilitatorControlsProps) {
  const { t } = useT();
  const { store } = useServices();
  const selectId = useId();
  const announce = (text: string) => store.getState().announce(text);
  return (
    <section className="game-controls" aria-label={t('game.controls')}>
      <div className="field placing-now">
        <label htmlFor={selectId}>{t('game.placingNow')}</label>
        <select
          id={selectId}
          value={activeOrgId ?? ''}
          aria-describedby={`${selectId}-hint`}
          onChange={(event) => setActiveOrganisation(session.context, event.target.value || null)}
        >
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </select>
        <p className="field-hint" id={`${selectId}-hint`}>
          {t('game.placingNowHint')}
        </p>
      </div>
      <button
        type="button"
        aria-pressed={isLocked}
        onClick={() => {
          setLocked(session.context, !isLocked);
          announce(isLocked ? t('game.lockedOff') : t('game.lockedOn'));
        }}
      >
        {isLocked ? t('game.unlock') : t('game.lock')}
      </button>
      <button
        type="button"
        className={isRevealed ? undefined : 'primary'}
        onClick={() => {
          setRevealed(session.context, !isRevealed);
          announce(isRevealed ? t('game.hidden') : t('game.revealed'));
        }}
      >
        {isRevealed ? t('game.hide') : t('game.reveal')}
      </button>
    </section>
  );
}
