import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../ui/app-context.tsx';

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
export function AnswerEditor({ label, hint, initial, max, saveLabel, onSave, onClose }: AnswerEditorProps) {
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
