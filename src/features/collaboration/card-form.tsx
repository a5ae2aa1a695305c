import { useId, useState, type FormEvent } from 'react';
import { CARD_KINDS, CARD_TEXT_MAX, type CardKind, type CardSide } from '../../domain/offer-need.ts';
import type { Problem, Result } from '../../domain/result.ts';
import type { ValueInPlay } from '../../domain/value.ts';
import { useT } from '../../ui/app-context.tsx';
import { valueName } from '../../ui/value-name.ts';
import { kindName } from './collaboration-texts.ts';
import { FormEnd } from './form-parts.tsx';

export interface CardFields {
  text: string;
  kind: CardKind;
  valueId: string | null;
}

interface CardFormProps {
  side: CardSide;
  values: readonly ValueInPlay[];
  initial: CardFields;
  /** The form's accessible name (say "Tilføj kort: Det kan vi bidrage med"). */
  label: string;
  submitLabel: string;
  /** Stores the card, or says why not (then the form keeps what was typed). */
  onSubmit: (fields: CardFields) => Result<unknown>;
  onCancel?: () => void;
  /** Puts the focus in the text field when the form appears (editing). */
  isFocusedOnOpen?: boolean;
}

/** A card's text, its kind (as chips) and, optionally, a value. Used to add, edit and adjust a suggestion. */
export function CardForm({ side, values, initial, label, submitLabel, onSubmit, onCancel, isFocusedOnOpen = false }: CardFormProps) {
  const { t } = useT();
  const id = useId();
  const [fields, setFields] = useState<CardFields>(initial);
  const [problem, setProblem] = useState<Problem | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = onSubmit(fields);
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    setProblem(null);
    if (!onCancel) setFields({ ...initial, kind: fields.kind });
  };

  return (
    <form className="card-form" onSubmit={submit} aria-label={label} noValidate>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('collaboration.cardText')}</label>
        <input
          id={`${id}-text`}
          value={fields.text}
          maxLength={CARD_TEXT_MAX + 20}
          placeholder={t(`collaboration.cardText.${side}`)}
          autoFocus={isFocusedOnOpen}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-error` : undefined}
          onChange={(event) => setFields({ ...fields, text: event.target.value })}
        />
      </div>
      <fieldset className="kind-chips">
        <legend>{t('collaboration.kind')}</legend>
        {CARD_KINDS.map((kind) => (
          <label key={kind} className={`kind-chip kind-${kind}`}>
            <input type="radio" name={`${id}-kind`} value={kind} checked={fields.kind === kind} onChange={() => setFields({ ...fields, kind })} />
            <span>{kindName(kind, t)}</span>
          </label>
        ))}
      </fieldset>
      <div className="field card-form-value">
        <label htmlFor={`${id}-value`}>{t('collaboration.value')}</label>
        <select id={`${id}-value`} value={fields.valueId ?? ''} onChange={(event) => setFields({ ...fields, valueId: event.target.value || null })}>
          <option value="">{t('collaboration.value.none')}</option>
          {values.map((value) => (
            <option key={value.id} value={value.id}>
              {valueName(value, t)}
            </option>
          ))}
        </select>
      </div>
      <FormEnd id={id} problem={problem} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
