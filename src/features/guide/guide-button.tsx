import type { Ref } from 'react';
import { useT } from '../../ui/app-context.tsx';

export const GUIDE_PANEL_ID = 'facilitator-guide';

/** The toolbar's button that opens and closes the guide beside the screen. */
export function GuideButton({ isOpen, onToggle, ref }: { isOpen: boolean; onToggle: () => void; ref?: Ref<HTMLButtonElement> }) {
  const { t } = useT();
  return (
    <button ref={ref} type="button" className="guide-button" aria-expanded={isOpen} aria-controls={isOpen ? GUIDE_PANEL_ID : undefined} onClick={onToggle}>
      <span aria-hidden="true">?</span> {t('guide.open')}
    </button>
  );
}
