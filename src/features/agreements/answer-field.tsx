import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../ui/app-context.tsx';

interface AnswerFieldProps {
  className: string;
  /** Before the stored text, and the field's label. */
  label: string;
  value: string;
  /** Shown after the label while nothing is written (null: the part shows nothing until written). */
  empty: string | null;
  hint: string;
  max: number;
  /** The button that opens the editor ("Skriv …", "Ret …") and its accessible name; absent: read only. */
  open?: { text: string; label: string };
  saveLabel: string;
  onSave: (text: string) => string | null;
}

/**
 * A part of an agreement's card on a tablet that holds a short text (a comment, the first step): the
 * text as stored, and a button that opens it for writing in place; focus goes back to the button.
 */
export function AnswerField({ className, label, value, empty, hint, max, open, saveLabel, onSave }: AnswerFieldProps) {
  const [isEditing, setEditing] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  if (isEditing && open) {
    const close = () => {
      setEditing(false);
      requestAnimationFrame(() => opener.current?.focus());
    };
    return (
      <div className={`answer-part ${className}`}>
        <AnswerEditor label={label} hint={hint} initial={value} max={max} saveLabel={saveLabel} onSave={onSave} onClose={close} />
      </div>
    );
  }
  return (
    <div className={`answer-part ${className}`}>
      {value !== '' || empty !== null ? (
        <p className="answer-text">
          <span className="answer-label">{label}:</span> {value !== '' ? value : <em>{empty}</em>}
        </p>
      ) : null}
      {open ? (
        <button ref={opener} type="button" className="answer-open" aria-label={open.label} onClick={() => setEditing(true)}>
          {open.text}
        </button>
      ) : null}
    </div>
  );
}

interface AnswerEditorProps {
  label: string;
  hint: string;
  initial: string;
  max: number;
  saveLabel: string;
  /** Stores the text; returns why not, or null when it was stored (the editor then closes). */
  onSave: (text: string) => string | null;
  onClose: () => void;
}

/**
 * A short text written on a tablet (a comment, the first step), opened in place and stored with a
 * button: one thing to do at a time, and a clear moment when it is sent. Enter saves, Escape cancels.
 */
function AnswerEditor({ label, hint, initial, max, saveLabel, onSave, onClose }: AnswerEditorProps) {
  const { t } = useT();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useState(initial);
  const [refusal, setRefusal] = useState<string | null>(null);
  useEffect(() => {
    const element = field.current;
    element?.focus();
    element?.setSelectionRange(element.value.length, element.value.length);
  }, []);
  const save = () => {
    const message = onSave(draft);
    setRefusal(message);
    if (message === null) onClose();
  };
  const count = [...draft.trim()].length;
  return (
    <form
      className="answer-editor"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <label htmlFor={id}>{label}</label>
      <textarea
        ref={field}
        id={id}
        rows={3}
        value={draft}
        aria-invalid={refusal ? true : undefined}
        aria-describedby={`${id}-hint ${id}-count${refusal ? ` ${id}-refusal` : ''}`}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
          // One line of text: Enter (the tablet keyboard's return key) saves it.
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            save();
          }
        }}
      />
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <p className={`field-hint counter${count > max ? ' is-over' : ''}`} id={`${id}-count`}>
        {t('agreements.tablet.count', { count, max })}
      </p>
      {refusal ? (
        <p className="field-error" id={`${id}-refusal`} role="alert">
          {refusal}
        </p>
      ) : null}
      <div className="answer-editor-actions">
        <button type="submit" className="primary">
          {saveLabel}
        </button>
        <button type="button" onClick={onClose}>
          {t('agreements.tablet.cancel')}
        </button>
      </div>
    </form>
  );
}
