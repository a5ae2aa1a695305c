import { useId, useState, type FormEvent } from 'react';
import { actorTypeColour } from '../../domain/actor-type.ts';
import type { Organisation } from '../../domain/organisation.ts';
import type { Problem } from '../../domain/result.ts';
import { DRIVERS_MAX, type WarmUpAnswer } from '../../domain/warm-up.ts';
import { addDriver, removeDriver, updateDriver } from '../../state/warm-up-commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices, useT } from '../../ui/app-context.tsx';
import { TextField } from '../../ui/text-field.tsx';

interface AnswersCardProps {
  session: WorkshopSession;
  organisation: Organisation;
  answers: readonly WarmUpAnswer[];
  /** The facilitator has locked the warm-up: the answers are shown, not edited. */
  isLocked?: boolean;
}

/** One organisation's answers: up to three, each typed, edited and removed in place. */
export function AnswersCard({ session, organisation, answers, isLocked = false }: AnswersCardProps) {
  const { t, problem: problemText } = useT();
  const { store } = useServices();
  const headingId = useId();
  const newAnswerId = useId();
  const name = organisation.name;

  const remove = (answer: WarmUpAnswer) => {
    const result = removeDriver(session.context, organisation.id, answer.id);
    if (!result.ok) return;
    store.getState().announce(t('warmUp.answer.removed', { text: answer.text }));
    // The removed row's button is gone; keep the keyboard in this card (in the new-answer field once it is back).
    requestAnimationFrame(() => document.getElementById(newAnswerId)?.focus());
  };

  return (
    <section className="card warm-up-org" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="swatch" aria-hidden="true" style={{ background: actorTypeColour(organisation.actorType) }} /> {name}
      </h3>
      <p className="count">{t('warmUp.answers.count', { count: answers.length, max: DRIVERS_MAX })}</p>
      {answers.length === 0 ? <p className="empty">{t('warmUp.answers.empty')}</p> : null}
      <ol className="warm-up-answers">
        {answers.map((answer, index) => (
          <li key={answer.id}>
            <TextField
              label={t('warmUp.answer.label', { number: index + 1 })}
              hiddenLabel={t('warmUp.answer.fromName', { name })}
              value={answer.text}
              isRequired
              isReadOnly={isLocked}
              onCommit={(raw) => updateDriver(session.context, organisation.id, answer.id, raw)}
            />
            {isLocked ? null : (
              <button type="button" className="danger-quiet" aria-label={t('warmUp.answer.remove', { text: answer.text, name })} onClick={() => remove(answer)}>
                ✕
              </button>
            )}
          </li>
        ))}
      </ol>
      {isLocked ? null : answers.length >= DRIVERS_MAX ? (
        <p className="hint" id={newAnswerId} tabIndex={-1}>
          {problemText({ code: 'answers-full', params: { max: DRIVERS_MAX } })}
        </p>
      ) : (
        <AddAnswerForm session={session} organisation={organisation} inputId={newAnswerId} />
      )}
    </section>
  );
}

function AddAnswerForm({ session, organisation, inputId }: { session: WorkshopSession; organisation: Organisation; inputId: string }) {
  const { t, problem: problemText } = useT();
  const { store } = useServices();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const name = organisation.name;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = addDriver(session.context, organisation.id, text);
    if (!result.ok) {
      setProblem(result.problem);
      document.getElementById(inputId)?.focus();
      return;
    }
    setText('');
    setProblem(null);
    store.getState().announce(t('warmUp.answer.added', { text: result.value.text, name }));
    // After the third answer the field gives way to a note with the same id: the keyboard stays there.
    requestAnimationFrame(() => document.getElementById(inputId)?.focus());
  };

  return (
    <form className="warm-up-add" onSubmit={submit} noValidate aria-label={t('warmUp.answer.addFor', { name })}>
      <div className="field">
        <label htmlFor={inputId}>
          {t('warmUp.answer.new')}
          <span className="visually-hidden"> {t('warmUp.answer.fromName', { name })}</span>
        </label>
        <input
          id={inputId}
          value={text}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${inputId}-error` : undefined}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <button type="submit" className="primary">
        {t('warmUp.answer.add')}
      </button>
      {problem ? (
        <p className="field-error span-all" id={`${inputId}-error`} role="alert">
          {problemText(problem)}
        </p>
      ) : null}
    </form>
  );
}
