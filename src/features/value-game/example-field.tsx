import { useId, useState } from 'react';

interface ExampleFieldProps {
  label: string;
  value: string;
  placeholder: string;
  isReadOnly: boolean;
  counter: (text: string) => string;
  /**
   * Stores the text; returns a message to show (an error, or a note such as "cut to 280"), and with a
   * cut the text as stored, which the field then shows.
   */
  onCommit: (raw: string) => { message: string; isError: boolean; stored?: string } | null;
}

/**
 * The example written on a placed piece. Stored on every keystroke (nothing typed is lost); a text
 * that is too long is cut by the rule and the field shows the cut text with a note.
 */
export function ExampleField({ label, value, placeholder, isReadOnly, counter, onCommit }: ExampleFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [seenValue, setSeenValue] = useState(value);
  const [message, setMessage] = useState<{ message: string; isError: boolean } | null>(null);
  if (value !== seenValue) {
    setSeenValue(value);
    if (draft !== value) setDraft(value);
  }
  return (
    <div className="field example-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        value={draft}
        readOnly={isReadOnly}
        placeholder={placeholder}
        aria-describedby={`${id}-count${message ? ` ${id}-message` : ''}`}
        onChange={(event) => {
          const result = onCommit(event.target.value);
          // Typing past the limit leaves the stored text as it was, so no new `value` arrives to
          // replace the draft: show the stored text here, or the field would hold more than is kept.
          setDraft(result?.stored ?? event.target.value);
          setMessage(result);
        }}
      />
      <p className="field-hint counter" id={`${id}-count`}>
        {counter(draft)}
      </p>
      {message ? (
        <p className={message.isError ? 'field-error' : 'field-note'} id={`${id}-message`} role={message.isError ? 'alert' : 'status'}>
          {message.message}
        </p>
      ) : null}
    </div>
  );
}
