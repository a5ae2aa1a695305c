import { useId, useState, type FormEvent } from 'react';
import { localToday } from '../../domain/follow-up.ts';
import { isOpenAgreement, proposedNextDate, unmetNeeds } from '../../domain/next-meeting.ts';
import type { Problem } from '../../domain/result.ts';
import { fitName } from '../../domain/text.ts';
import type { Workshop } from '../../domain/workshop.ts';
import { linkNextMeeting } from '../../state/commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices, useT } from '../../ui/app-context.tsx';
import { ModalDialog } from '../../ui/modal-dialog.tsx';

/** "Planlæg næste møde": the new meeting's title and date, and what comes along. Loaded when first opened. */
export function PlanDialog({ session, workshop, onClose }: { session: WorkshopSession; workshop: Workshop; onClose: () => void }) {
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
