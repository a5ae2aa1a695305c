import type { Ref } from 'react';
import { LINK_TEXT_MAX } from '../../domain/link.ts';
import type { Problem } from '../../domain/result.ts';
import { useT } from '../../ui/app-context.tsx';

interface LinkTextFieldProps {
  /** The form's id: the field is `<id>-text`, its hint `<id>-hint`, the form's error `<id>-error`. */
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange: (text: string) => void;
  problem: Problem | null;
  inputRef?: Ref<HTMLInputElement>;
  isFocusedOnOpen?: boolean;
  className?: string;
}

/** A link's "ved at …", as the facilitator's link form and a tablet's proposal both ask for it. */
export function LinkTextField({ id, label, hint, value, onChange, problem, inputRef, isFocusedOnOpen = false, className }: LinkTextFieldProps) {
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={`${id}-text`}>{label}</label>
      <input
        id={`${id}-text`}
        ref={inputRef}
        value={value}
        maxLength={LINK_TEXT_MAX + 20}
        autoFocus={isFocusedOnOpen}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  );
}

interface FormEndProps {
  /** The form's id: the error is `<id>-error`, which its fields name in aria-describedby. */
  id: string;
  problem: Problem | null;
  submitLabel: string;
  /** Without it, no cancel button (a form that stays open). */
  onCancel?: (() => void) | undefined;
}

/** The end of the feature's forms: why the last try was refused, then submit and cancel. */
export function FormEnd({ id, problem, submitLabel, onCancel }: FormEndProps) {
  const { t, problem: problemText } = useT();
  return (
    <>
      {problem ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {problemText(problem)}
        </p>
      ) : null}
      <div className="card-form-actions">
        <button type="submit" className="primary">
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {t('collaboration.card.cancel')}
          </button>
        ) : null}
      </div>
    </>
  );
}
