import type { Organisation } from '../../domain/organisation.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useT } from '../../ui/app-context.tsx';
import { ExportStatus, usePdfExport } from './export-menu.tsx';
import './export-menu.css';

/**
 * On a tablet in Opsamling: the organisation's own page of the workshop as a PDF (its values and
 * examples, offers and needs, links and agreements), to take home to colleagues.
 */
export function OrganisationPagePanel({ session, organisation }: { session: WorkshopSession; organisation: Organisation }) {
  const { t } = useT();
  const { state, start } = usePdfExport(session);
  return (
    <section className="screen organisation-page" aria-labelledby="organisation-page-title">
      <h2 id="organisation-page-title">{t('print.page.title', { name: organisation.name })}</h2>
      <p className="lead">{t('print.page.intro')}</p>
      <button
        type="button"
        className="primary"
        disabled={state.status === 'building'}
        onClick={() => start({ kind: 'organisation', organisationId: organisation.id })}
      >
        {t('print.page.make')}
      </button>
      <ExportStatus state={state} />
    </section>
  );
}
