import { KEY_REVOKED, WRITE_REFUSED, type LinkState } from '../../state/live-link.ts';
import { useT } from '../../ui/app-context.tsx';

/**
 * On a tablet the server closed for good, what to do next (what happened is in the connection badge
 * above): after a refused write (4422), load the workshop again from the server; after losing its
 * organisation (4401), join again with the code. The screen keeps what it shows until the person chooses.
 */
export function WriteRefused({ state, onReload }: { state: LinkState; onReload: () => void }) {
  const { t } = useT();
  if (state.status !== 'refused') return null;
  if (state.closeCode === KEY_REVOKED) {
    return (
      <section className="write-refused" role="alert" aria-labelledby="write-refused-title">
        <h2 id="write-refused-title">{t('live.refused.title')}</h2>
        <p>{t('live.refused.keyHint')}</p>
        <a href="#/join">
          {t('live.refused.joinAgain')}
        </a>
      </section>
    );
  }
  if (state.closeCode !== WRITE_REFUSED) return null;
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
