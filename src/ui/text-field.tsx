import { useId, useState, type ReactNode } from 'react';
import { normaliseText } from '../domain/text.ts';
import type { Problem, Result } from '../domain/result.ts';
import { useT } from './app-context.tsx';

interface TextFieldProps {
  label: string;
  /** Read by screen readers after the label, not shown: tells apart fields that look alike in a list. */
  hiddenLabel?: string;
  /** The stored value (from the workshop document). */
  value: string;
  /** Stores what was typed, or returns why not. Called on every change, so nothing typed is lost. */
  onCommit: (raw: string) => Result<unknown>;
  type?: 'text' | 'date';
  hint?: ReactNode;
  isRequired?: boolean;
  maxLength?: number;
  placeholder?: string;
  className?: string;
  /** Shown but not editable (a locked phase). */
  isReadOnly?: boolean;
}

/**
 * A text input bound to a stored value. What the user types stays in the field even when it is
 * refused (with the reason shown); the stored value changes only when the input is valid. A change
 * from elsewhere (undo, another device) replaces the field's text.
 */
export function TextField({ label, hiddenLabel, value, onCommit, type = 'text', hint, isRequired, maxLength, placeholder, className, isReadOnly }: TextFieldProps) {
  const id = useId();
  const { problem: problemText } = useT();
  const [draft, setDraft] = useState(value);
  const [seenValue, setSeenValue] = useState(value);
  const [problem, setProblem] = useState<Problem | null>(null);

  if (value !== seenValue) {
    setSeenValue(value);
    if (normaliseText(draft) !== value) {
      setDraft(value);
      setProblem(null);
    }
  }

  const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>
        {label}
        {hiddenLabel ? <span className="visually-hidden"> {hiddenLabel}</span> : null}
        {isRequired ? <span aria-hidden="true"> *</span> : null}
      </label>
      <input
        id={id}
        type={type}
        value={draft}
        required={isRequired}
        placeholder={placeholder}
        maxLength={maxLength}
        readOnly={isReadOnly}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          const raw = event.target.value;
          setDraft(raw);
          const result = onCommit(raw);
          setProblem(result.ok ? null : result.problem);
        }}
      />
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {problem ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {problemText(problem)}
        </p>
      ) : null}
    </div>
  );
}
