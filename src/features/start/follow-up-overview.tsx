import { localToday } from '../../domain/follow-up.ts';
import { followUpsDue, type CatalogueFollowUp, type WorkshopSummary } from '../../state/catalogue.ts';
import { useT, useUi } from '../../ui/app-context.tsx';
import { formatDate } from '../../ui/format.ts';

/** How many of each list the start page shows before "og N mere". */
const SHOWN_MAX = 6;

interface DueItem extends CatalogueFollowUp {
  workshopId: string;
  workshopTitle: string;
}

/**
 * The open agreements' follow-up dates across the device's workshops, from the catalogue alone (no
 * workshop is opened; `followUpsDue`): those past their date, then the coming ones. Nothing when none has one.
 */
export function FollowUpOverview({ workshops }: { workshops: readonly WorkshopSummary[] }) {
  const { t } = useT();
  const today = localToday();
  const items: DueItem[] = followUpsDue(workshops);
  if (items.length === 0) return null;
  const overdue = items.filter((item) => item.date < today);
  const upcoming = items.filter((item) => item.date >= today);
  return (
    <section className="follow-up-overview card" aria-labelledby="follow-ups-title">
      <h2 id="follow-ups-title">{t('start.followUps.title')}</h2>
      <div className="follow-up-columns">
        <DueList id="follow-ups-overdue" title={t('start.followUps.overdue')} empty={t('start.followUps.overdueNone')} items={overdue} isOverdue />
        <DueList id="follow-ups-upcoming" title={t('start.followUps.upcoming')} empty={t('start.followUps.upcomingNone')} items={upcoming} />
      </div>
    </section>
  );
}

function DueList({ id, title, empty, items, isOverdue = false }: { id: string; title: string; empty: string; items: DueItem[]; isOverdue?: boolean }) {
  const { t } = useT();
  const language = useUi((state) => state.language);
  // The overdue ones that have waited longest and the coming ones that come first are shown.
  const shown = items.slice(0, SHOWN_MAX);
  return (
    <section className={`due-list${isOverdue ? ' is-overdue' : ''}`} aria-labelledby={id}>
      <h3 id={id}>
        {title} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul>
          {shown.map((item) => (
            <li key={`${item.workshopId}-${item.agreementId}`}>
              <span className="due-what">{t('start.followUps.item', { date: formatDate(item.date, language), what: item.what })}</span>{' '}
              <a href={`#/w/${item.workshopId}`}>{t('start.followUps.in', { title: item.workshopTitle })}</a>
            </li>
          ))}
          {items.length > shown.length ? <li className="due-more">{t('start.followUps.more', { count: items.length - shown.length })}</li> : null}
        </ul>
      )}
    </section>
  );
}
