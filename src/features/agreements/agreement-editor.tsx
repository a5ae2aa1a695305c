import { useId, useRef, useState, type ReactNode } from 'react';
import {
  checkAgreement,
  COLLABORATION_FORMS,
  localToday,
  type AgreementDraft,
  type AgreementField,
  type AgreementWarning,
} from '../../domain/agreement.ts';
import type { Problem } from '../../domain/result.ts';
import type { Workshop } from '../../domain/workshop.ts';
import { addAgreement, updateAgreement } from '../../state/agreement-commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices, useT } from '../../ui/app-context.tsx';

interface AgreementEditorProps {
  session: WorkshopSession;
  workshop: Workshop;
  /** The agreement being edited, or null for a new one. */
  agreementId: string | null;
  initial: AgreementDraft;
  /** Shown above the form when the draft came from a link. */
  note?: string;
  /** Why the form is preselected, or that the facilitator chooses (a draft from a link). */
  formNote?: string;
  onDone: (savedId: string | null) => void;
}

/**
 * The form for an agreement: what, who takes part, the coordinator among them, the first step and
 * its date, the form of collaboration (a ladder of radio buttons) and the follow-up date. Nothing is
 * stored until "Gem aftale"; a refusal stands next to its field with the reason, a past date is a
 * warning next to its field that does not stop saving.
 */
export function AgreementEditor({ session, workshop, agreementId, initial, note, formNote, onDone }: AgreementEditorProps) {
  const { t } = useT();
  const { store } = useServices();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<AgreementDraft>(initial);
  const [problems, setProblems] = useState<Partial<Record<AgreementField, Problem>> | null>(null);
  const organisationIds = workshop.organisations.map((organisation) => organisation.id);
  const check = checkAgreement(draft, organisationIds, localToday());
  // Refusals appear once the user tries to save, then follow the edits; warnings show at once.
  const shownProblems = problems === null ? {} : check.problems;
  const chosen = workshop.organisations.filter((organisation) => draft.organisationIds.includes(organisation.id));

  const update = (patch: Partial<AgreementDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const toggleOrganisation = (orgId: string, isChecked: boolean) =>
    setDraft((current) => {
      const organisationIds = isChecked ? [...current.organisationIds, orgId] : current.organisationIds.filter((other) => other !== orgId);
      return { ...current, organisationIds, coordinatorId: organisationIds.includes(current.coordinatorId) ? current.coordinatorId : '' };
    });

  const save = () => {
    const today = localToday();
    const result = agreementId === null ? addAgreement(session.context, draft, today) : updateAgreement(session.context, agreementId, draft, today, initial);
    if (!result.ok) {
      setProblems(result.problems);
      // Move to the first field that needs fixing, so keyboard and screen-reader users land on it.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    store.getState().announce(t(agreementId === null ? 'agreements.added' : 'agreements.saved'));
    onDone(result.value.id);
  };

  const fieldProblem = (field: AgreementField) => shownProblems[field];
  const errorId = (field: AgreementField) => `${id}-${field}-error`;
  const describe = (field: AgreementField, hint?: boolean) =>
    [hint ? `${id}-${field}-hint` : '', fieldProblem(field) ? errorId(field) : '', warningOf(check.warnings, field) ? `${id}-${field}-warning` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const messages = (field: AgreementField) => (
    <FieldMessages
      problem={fieldProblem(field)}
      problemId={errorId(field)}
      warning={warningOf(check.warnings, field)}
      warningId={`${id}-${field}-warning`}
    />
  );

  return (
    <form
      ref={formRef}
      className="card agreement-editor"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <h3 id={`${id}-title`}>{t(agreementId === null ? 'agreements.editor.newTitle' : 'agreements.editor.editTitle')}</h3>
      {note ? <p className="hint">{note}</p> : null}
      {problems !== null && !check.result.ok ? (
        <p className="banner refusal" role="alert">
          {t('agreements.editor.refused')}
        </p>
      ) : null}
      <div className="editor-grid">
        <div className="field span-all">
          <label htmlFor={`${id}-what`}>
            {t('agreements.editor.what')}
            <span aria-hidden="true"> *</span>
          </label>
          <input
            id={`${id}-what`}
            type="text"
            value={draft.what}
            required
            aria-invalid={fieldProblem('what') ? true : undefined}
            aria-describedby={describe('what', true)}
            onChange={(event) => update({ what: event.target.value })}
          />
          <p className="field-hint" id={`${id}-what-hint`}>
            {t('agreements.editor.whatHint')}
          </p>
          {messages('what')}
        </div>

        <fieldset className="span-all" aria-describedby={describe('organisationIds')}>
          <legend>
            {t('agreements.editor.organisations')}
            <span aria-hidden="true"> *</span>
          </legend>
          <div className="org-checks">
            {workshop.organisations.map((organisation) => (
              <label key={organisation.id} className="choice">
                <input
                  type="checkbox"
                  checked={draft.organisationIds.includes(organisation.id)}
                  aria-invalid={fieldProblem('organisationIds') ? true : undefined}
                  onChange={(event) => toggleOrganisation(organisation.id, event.target.checked)}
                />
                {organisation.name}
              </label>
            ))}
          </div>
          {messages('organisationIds')}
        </fieldset>

        <div className="field">
          <label htmlFor={`${id}-coordinatorId`}>
            {t('agreements.editor.coordinator')}
            <span aria-hidden="true"> *</span>
          </label>
          <select
            id={`${id}-coordinatorId`}
            value={draft.coordinatorId}
            aria-invalid={fieldProblem('coordinatorId') ? true : undefined}
            aria-describedby={describe('coordinatorId', true)}
            onChange={(event) => update({ coordinatorId: event.target.value })}
          >
            <option value="">{chosen.length === 0 ? t('agreements.editor.coordinatorFirst') : t('agreements.editor.coordinatorNone')}</option>
            {chosen.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </select>
          <p className="field-hint" id={`${id}-coordinatorId-hint`}>
            {t('agreements.editor.coordinatorHint')}
          </p>
          {messages('coordinatorId')}
        </div>

        <div className="field span-2">
          <label htmlFor={`${id}-firstStep`}>{t('agreements.editor.firstStep')}</label>
          <input
            id={`${id}-firstStep`}
            type="text"
            value={draft.firstStep}
            aria-invalid={fieldProblem('firstStep') ? true : undefined}
            aria-describedby={describe('firstStep', true)}
            onChange={(event) => update({ firstStep: event.target.value })}
          />
          <p className="field-hint" id={`${id}-firstStep-hint`}>
            {t('agreements.editor.firstStepHint')}
          </p>
          {messages('firstStep')}
        </div>

        <DateField id={`${id}-date`} label={t('agreements.editor.date')} value={draft.date} isInvalid={Boolean(fieldProblem('date'))} describedBy={describe('date')} onChange={(date) => update({ date })}>
          {messages('date')}
        </DateField>
        <DateField
          id={`${id}-followUpDate`}
          label={t('agreements.editor.followUpDate')}
          value={draft.followUpDate}
          isInvalid={Boolean(fieldProblem('followUpDate'))}
          describedBy={describe('followUpDate')}
          onChange={(followUpDate) => update({ followUpDate })}
        >
          {messages('followUpDate')}
        </DateField>

        <fieldset className="span-all form-choice" aria-describedby={[formNote ? `${id}-form-note` : '', describe('form') ?? ''].filter(Boolean).join(' ') || undefined}>
          <legend>{t('agreements.editor.form')}</legend>
          {formNote ? (
            <p className="form-guess" id={`${id}-form-note`}>
              {formNote}
            </p>
          ) : null}
          <p className="field-hint">{t('agreements.ladder.allValuable')}</p>
          <div className="form-ladder">
            {[...COLLABORATION_FORMS].reverse().map((form) => (
              <label key={form} className={`form-rung form-${form}`}>
                <input type="radio" name={`${id}-form`} value={form} checked={draft.form === form} onChange={() => update({ form })} />
                <span>
                  <strong>{t(`agreements.form.${form}`)}</strong>{' '}
                  <span className="rung-phrase">{t(`agreements.formPhrase.${form}`)}</span>
                </span>
              </label>
            ))}
          </div>
          {messages('form')}
        </fieldset>
      </div>
      <div className="editor-actions">
        <button type="button" onClick={() => onDone(null)}>
          {t('agreements.editor.cancel')}
        </button>
        <button type="submit" className="primary">
          {t('agreements.editor.save')}
        </button>
      </div>
    </form>
  );
}

function warningOf(warnings: readonly AgreementWarning[], field: AgreementField): AgreementWarning | undefined {
  return warnings.find((warning) => warning.field === field);
}

interface DateFieldProps {
  id: string;
  label: string;
  value: string;
  isInvalid: boolean;
  describedBy: string | undefined;
  onChange: (value: string) => void;
  children: ReactNode;
}

function DateField({ id, label, value, isInvalid, describedBy, onChange, children }: DateFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" value={value} aria-invalid={isInvalid ? true : undefined} aria-describedby={describedBy} onChange={(event) => onChange(event.target.value)} />
      {children}
    </div>
  );
}

interface FieldMessagesProps {
  problem: Problem | undefined;
  problemId: string;
  warning: AgreementWarning | undefined;
  warningId: string;
}

/** A field's refusal (an alert) and its warning (a polite note), each with the id the field points to. */
function FieldMessages({ problem, problemId, warning, warningId }: FieldMessagesProps) {
  const { t, problem: problemText } = useT();
  return (
    <>
      {problem ? (
        <p className="field-error" id={problemId} role="alert">
          {problemText(problem)}
        </p>
      ) : null}
      {warning ? (
        <p className="field-warning" id={warningId} role="status">
          {t(`agreements.warning.${warning.code}`)}
        </p>
      ) : null}
    </>
  );
}
