import { lazy, Suspense, useState } from 'react';
import { calendarDates } from '../../domain/calendar.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices, useT, useUi } from '../../ui/app-context.tsx';
import { useWorkshop, useWorkshopSelector } from '../../ui/use-workshop.ts';
import { calendarFile, downloadCalendar } from './calendar-file.ts';
import './next-meeting.css';

const PlanDialog = lazy(() => import('./plan-dialog.tsx').then((module) => ({ default: module.PlanDialog })));

/**
 * "Næste møde" in Opsamling (the links to the other meetings stand in the toolbar): "Planlæg næste møde"
 * (a dialog: title, date, what comes along) and the calendar file of the workshop's dates.
 */
export function NextMeetingPanel({ session }: { session: WorkshopSession }) {
  const { t } = useT();
  const isProjector = useUi((state) => state.isProjector);
  const workshop = useWorkshop(session);
  const [isPlanning, setPlanning] = useState(false);
  if (isProjector) return null;
  const hasDates = calendarDates(workshop).length > 0;

  return (
    <section className="summary-section next-meeting card" aria-labelledby="next-meeting-title">
      <h3 id="next-meeting-title">{t('nextMeeting.title')}</h3>
      <p className="hint">{t('nextMeeting.intro')}</p>
      <div className="next-meeting-actions">
        <button type="button" className="primary" onClick={() => setPlanning(true)}>
          {t('nextMeeting.plan')}
        </button>
        <CalendarButton session={session} hasDates={hasDates} hintId="calendar-hint" />
      </div>
      <p className="hint" id="calendar-hint">
        {!hasDates ? t('calendar.none') : t('calendar.hint')}
      </p>
      {isPlanning ? (
        <Suspense fallback={null}>
          <PlanDialog session={session} workshop={workshop} onClose={() => setPlanning(false)} />
        </Suspense>
      ) : null}
    </section>
  );
}

function CalendarButton({ session, hasDates, hintId }: { session: WorkshopSession; hasDates: boolean; hintId: string }) {
  const { t } = useT();
  const { store } = useServices();
  const language = useUi((state) => state.language);
  const download = () => {
    const file = calendarFile(session.getSnapshot(), language, new Date());
    if (!file) return;
    downloadCalendar(file);
    store.getState().announce(t('calendar.downloaded', { fileName: file.fileName }));
  };
  return (
    <button type="button" onClick={download} disabled={!hasDates} aria-describedby={hintId}>
      {t('calendar.download')}
    </button>
  );
}

/** The calendar file under Aftaler: the agreements' dates straight into people's calendars. */
export function AgreementsCalendar({ session }: { session: WorkshopSession }) {
  const { t } = useT();
  const isProjector = useUi((state) => state.isProjector);
  const hasDates = useWorkshopSelector(session, (workshop) => calendarDates(workshop).length > 0);
  if (isProjector) return null;
  return (
    <section className="agreements-calendar card" aria-labelledby="agreements-calendar-title">
      <h3 id="agreements-calendar-title">{t('calendar.title')}</h3>
      <CalendarButton session={session} hasDates={hasDates} hintId="agreements-calendar-hint" />
      <p className="hint" id="agreements-calendar-hint">
        {!hasDates ? t('calendar.none') : t('calendar.hint')}
      </p>
    </section>
  );
}
