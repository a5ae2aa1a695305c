import { useId, useState, type FormEvent } from 'react';
import { calendarDates } from '../../domain/calendar.ts';
import { localToday } from '../../domain/follow-up.ts';
import { isOpenAgreement, proposedNextDate, unmetNeeds } from '../../domain/next-meeting.ts';
import type { Problem } from '../../domain/result.ts';
import { fitName } from '../../domain/text.ts';
import type { Workshop } from '../../domain/workshop.ts';
import { linkNextMeeting } from '../../state/commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices, useT, useUi } from '../../ui/app-context.tsx';
import { ModalDialog } from '../../ui/modal-dialog.tsx';
import { useWorkshop, useWorkshopSelector } from '../../ui/use-workshop.ts';
import { calendarFile, downloadCalendar } from './calendar-file.ts';
import { MeetingLinks } from './meeting-links.tsx';
import './next-meeting.css';

/**
 * "Næste møde" in Opsamling: the meetings this one follows and is followed by, "Planlæg næste møde"
 * (a dialog: title, date, what comes along) and the calendar file of the workshop's dates.
 */
export function NextMeetingPanel({ session }: { session: WorkshopSession }) {
  const { t } = useT();
  const { store } = useServices();
  const language = useUi((state) => state.language);
  const isProjector = useUi((state) => state.isProjector);
  const workshop = useWorkshop(session);
  const [isPlanning, setPlanning] = useState(false);
  if (isProjector) return null;
  const hasDates = calendarDates(workshop).length > 0;

  return (
    <section className="summary-section next-meeting card" aria-labelledby="next-meeting-title">
      <h3 id="next-meeting-title">{t('nextMeeting.title')}</h3>
      <MeetingLinks session={session} />
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
      {isPlanning ? <PlanDialog session={session} workshop={workshop} onClose={() => setPlanning(false)} /> : null}
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

function PlanDialog({ session, workshop, onClose }: { session: WorkshopSession; workshop: Workshop; onClose: () => void }) {
  const { t, problem: problemText } = useT();
  const { loadRepository, store } = useServices();
  const id = useId();
  const [title, setTitle] = useState(() => fitName(t('nextMeeting.defaultTitle', { title: workshop.setup.title })));
  const [date, setDate] = useState(() => proposedNextDate(workshop, localToday()));
  const [problem, setProblem] = useState<{ field: 'title' | 'date'; problem: Problem } | null>(null);
  const [isBusy, setBusy] = useState(false);
  const openCount = workshop.agreements.filter(isOpenAgreement).length;
  const needCount = Object.values(unmetNeeds(workshop)).reduce((sum, needs) => sum + needs.length, 0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isBusy) return;
    setBusy(true);
    try {
      const repository = await loadRepository();
      const result = await repository.createNextMeeting(session.getSnapshot(), { title, date });
      if (!result.ok) {
        const field = result.problem.code.includes('date') ? 'date' : 'title';
        setProblem({ field, problem: result.problem });
        document.getElementById(`${id}-${field}`)?.focus();
        return;
      }
      linkNextMeeting(session.context, result.value);
      store.getState().announce(t('nextMeeting.created', { title: result.value.title }));
      onClose();
    } finally {
      setBusy(false);
    }
  };

  const errorOf = (field: 'title' | 'date') =>
    problem?.field === field ? (
      <p className="field-error" id={`${id}-${field}-error`} role="alert">
        {problemText(problem.problem)}
      </p>
    ) : null;

  return (
    <ModalDialog isOpen title={t('nextMeeting.dialog.title')} description={t('nextMeeting.dialog.description')} className="next-meeting-dialog" onCancel={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-title`}>{t('nextMeeting.dialog.name')}</label>
          <input
            id={`${id}-title`}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            aria-invalid={problem?.field === 'title' ? true : undefined}
            aria-describedby={problem?.field === 'title' ? `${id}-title-error` : undefined}
          />
          {errorOf('title')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('nextMeeting.dialog.date')}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            onChange={(event) => setDate(event.target.value)}
            aria-invalid={problem?.field === 'date' ? true : undefined}
            aria-describedby={`${id}-date-hint${problem?.field === 'date' ? ` ${id}-date-error` : ''}`}
          />
          <p className="hint" id={`${id}-date-hint`}>
            {t('nextMeeting.dialog.dateHint')}
          </p>
          {errorOf('date')}
        </div>
        <p className="next-meeting-carries">{t('nextMeeting.dialog.carries')}</p>
        <ul className="next-meeting-carries-list">
          <li>{t('nextMeeting.dialog.organisations', { count: workshop.organisations.length })}</li>
          <li>{t('nextMeeting.dialog.agreements', { count: openCount })}</li>
          <li>{t('nextMeeting.dialog.needs', { count: needCount })}</li>
          {workshop.keyPoints.trim() === '' ? null : <li>{t('nextMeeting.dialog.keyPoints')}</li>}
          <li>{t('nextMeeting.dialog.values')}</li>
        </ul>
        {workshop.setup.nextId === '' ? null : <p className="hint">{t('nextMeeting.replaces')}</p>}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('nextMeeting.dialog.cancel')}
          </button>
          <button type="submit" className="primary" disabled={isBusy}>
            {t('nextMeeting.dialog.create')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
