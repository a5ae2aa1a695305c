import { useId, useState } from 'react';
import { clockTime, type Agenda } from '../../domain/agenda.ts';
import { CHECKLIST_ITEMS, CHECKLIST_TEXT, clampMeetingMinutes, isStartTime, type Preparation } from '../../domain/preparation.ts';
import type { Workshop } from '../../domain/workshop.ts';
import { useT, useUi } from '../../ui/app-context.tsx';
import { invitationText } from './invitation.ts';

interface PreparationViewProps {
  workshop: Workshop;
  preparation: Preparation;
  agenda: Agenda;
  onChange: (change: Partial<Preparation>) => void;
}

/** Before the meeting: its length and start, the agenda worked out from them, the checklist, the invitation. */
export function PreparationView({ workshop, preparation, agenda, onChange }: PreparationViewProps) {
  const { t } = useT();
  const minutesId = useId();
  const startId = useId();
  const [startDraft, setStartDraft] = useState(preparation.startTime);
  const isStartWrong = startDraft.trim() !== '' && !isStartTime(startDraft.trim());
  const count = workshop.organisations.length;
  return (
    <section className="guide-prep" aria-labelledby="guide-prep-title">
      <h3 id="guide-prep-title">{t('guide.prep.title')}</h3>
      <div className="guide-prep-fields">
        <div className="field">
          <label htmlFor={minutesId}>{t('guide.prep.minutes')}</label>
          <input
            id={minutesId}
            type="number"
            inputMode="numeric"
            min={30}
            max={480}
            step={5}
            defaultValue={preparation.meetingMinutes}
            onChange={(event) => {
              const value = event.target.valueAsNumber;
              if (Number.isFinite(value) && value >= 30) onChange({ meetingMinutes: clampMeetingMinutes(value) });
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={startId}>{t('guide.prep.start')}</label>
          <input
            id={startId}
            type="text"
            inputMode="numeric"
            placeholder="13:00"
            value={startDraft}
            aria-describedby={`${startId}-hint`}
            aria-invalid={isStartWrong}
            onChange={(event) => {
              const text = event.target.value;
              setStartDraft(text);
              if (text.trim() === '' || isStartTime(text.trim())) onChange({ startTime: text.trim() });
            }}
          />
          <p className={isStartWrong ? 'field-error' : 'field-hint'} id={`${startId}-hint`}>
            {isStartWrong ? t('guide.prep.startInvalid') : t('guide.prep.startHint')}
          </p>
        </div>
      </div>
      <AgendaTable agenda={agenda} startTime={preparation.startTime} organisationCount={count} meetingMinutes={preparation.meetingMinutes} />
      <Checklist checked={preparation.checked} onChange={(checked) => onChange({ checked })} />
      <Invitation workshop={workshop} preparation={preparation} />
      <p className="hint">{t('guide.prep.print')}</p>
    </section>
  );
}

function AgendaTable({ agenda, startTime, organisationCount, meetingMinutes }: { agenda: Agenda; startTime: string; organisationCount: number; meetingMinutes: number }) {
  const { t } = useT();
  const caption = t('guide.prep.agendaFor', { count: organisationCount, minutes: meetingMinutes });
  return (
    <div className="guide-agenda">
      <h4 id="guide-agenda-title">{t('guide.prep.agenda')}</h4>
      {agenda.status === 'too-short' ? (
        <p className="banner warning" role="alert">
          {t('guide.prep.tooShort', { count: organisationCount, needed: agenda.neededMinutes })}
        </p>
      ) : null}
      <table aria-labelledby="guide-agenda-title" aria-describedby="guide-agenda-caption">
        <caption id="guide-agenda-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('guide.prep.col.time')}</th>
            <th scope="col">{t('guide.prep.col.phase')}</th>
            <th scope="col">{t('guide.prep.col.minutes')}</th>
          </tr>
        </thead>
        <tbody>
          {agenda.items.map((item) => {
            const from = clockTime(startTime, item.startsAt);
            const to = clockTime(startTime, item.startsAt + item.minutes);
            return (
              <tr key={item.id} className={item.id === 'pause' ? 'agenda-pause' : undefined}>
                <td>{from && to ? `${from}–${to}` : `${item.startsAt}–${item.startsAt + item.minutes}`}</td>
                <th scope="row">{item.id === 'pause' ? t('guide.prep.pause') : t(`phase.${item.id}`)}</th>
                <td>{t('guide.prep.minutesShort', { minutes: item.minutes })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Checklist({ checked, onChange }: { checked: readonly string[]; onChange: (checked: Preparation['checked']) => void }) {
  const { t } = useT();
  const language = useUi((state) => state.language);
  return (
    <fieldset className="guide-checklist">
      <legend>
        {t('guide.prep.checklist')} <span className="hint">({t('guide.prep.checklistCount', { done: checked.length, total: CHECKLIST_ITEMS.length })})</span>
      </legend>
      {CHECKLIST_ITEMS.map((item) => (
        <label key={item} className="guide-check">
          <input
            type="checkbox"
            checked={checked.includes(item)}
            onChange={(event) => onChange(CHECKLIST_ITEMS.filter((candidate) => (candidate === item ? event.target.checked : checked.includes(candidate))))}
          />
          {CHECKLIST_TEXT[item][language]}
        </label>
      ))}
      <p className="hint">{t('guide.prep.checklistNote')}</p>
    </fieldset>
  );
}

function Invitation({ workshop, preparation }: { workshop: Workshop; preparation: Preparation }) {
  const { t } = useT();
  const language = useUi((state) => state.language);
  const textId = useId();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const text = invitationText(workshop, preparation, language);
  const copy = () => {
    if (!navigator.clipboard) {
      setCopyState('failed');
      return;
    }
    navigator.clipboard.writeText(text).then(
      () => setCopyState('copied'),
      () => setCopyState('failed'),
    );
  };
  return (
    <div className="guide-invitation">
      <h4>
        <label htmlFor={textId}>{t('guide.prep.invitation')}</label>
      </h4>
      <p className="hint">{t('guide.prep.invitationHint')}</p>
      <textarea id={textId} readOnly value={text} rows={12} />
      <div className="guide-invitation-actions">
        <button type="button" onClick={copy}>
          {t('guide.prep.copy')}
        </button>
        <p role="status" className={copyState === 'failed' ? 'field-error' : 'hint'}>
          {copyState === 'copied' ? t('guide.prep.copied') : copyState === 'failed' ? t('guide.prep.copyFailed') : ''}
        </p>
      </div>
    </div>
  );
}
