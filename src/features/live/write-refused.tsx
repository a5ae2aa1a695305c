import { WRITE_REFUSED, type LinkState } from '../../state/live-sync.ts';
import { useT } from '../../ui/app-context.tsx';

/**
 * On a tablet whose write the server refused (4422): what happened is in the connection badge above;
 * this says what to do, and offers to load the workshop again from the server. Nothing else is lost:
 * the tablet's screen keeps what it shows until the person chooses.
 */
export function WriteRefused({ state, onReload }: { state: LinkState; onReload: () => void }) {
  const { t } = useT();
  if (state.status !== 'refused' || state.closeCode !== WRITE_REFUSED) return null;
  return (
    <section className="write-refused" role="alert" aria-labelledby="write-refused-title">
      <h2 id="write-refused-title">{t('live.refused.title')}</h2>
      <p>{t('live.refused.tabletHint')}</p>
      <button type="button" className="primary" onClick={onReload}>
        {t('live.refused.restart')}
      </button>
    </section>
  );
}
