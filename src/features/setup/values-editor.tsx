import { useId, useState, type FormEvent } from 'react';
import type { Problem } from '../../domain/result.ts';
import { CORE_VALUES, nextCustomColour, type CustomValue } from '../../domain/value.ts';
import { addCustomValue, removeCustomValue, setCoreValueEnabled, updateCustomValue } from '../../state/commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices, useT } from '../../ui/app-context.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useWorkshop } from '../../ui/use-workshop.ts';

export function ValuesEditor({ session }: { session: WorkshopSession }) {
  const { t, problem: problemText } = useT();
  const { values } = useWorkshop(session);
  const [problem, setProblem] = useState<Problem | null>(null);

  return (
    <section className="card" aria-labelledby="values-title">
      <h2 id="values-title">{t('setup.values')}</h2>
      <p className="hint">{t('setup.values.intro')}</p>
      <fieldset className="value-choices">
        <legend>{t('setup.values.core')}</legend>
        {CORE_VALUES.map((value) => {
          const name = t(`value.${value.id}.name`);
          return (
            <label key={value.id} className="choice value-choice">
              <input
                type="checkbox"
                checked={!values.disabledCore.includes(value.id)}
                onChange={(event) => {
                  const isEnabled = event.target.checked;
                  const result = setCoreValueEnabled(session.context, value.id, isEnabled);
                  setProblem(result.ok ? null : result.problem);
                }}
              />
              <span className="swatch" aria-hidden="true" style={{ background: value.colour }} />
              {name}
            </label>
          );
        })}
        {problem ? (
          <p className="field-error" role="alert">
            {problemText(problem)}
          </p>
        ) : null}
      </fieldset>
      <h3>{t('setup.values.custom')}</h3>
      {values.custom.length === 0 ? <p className="empty">{t('setup.values.customEmpty')}</p> : null}
      <ul className="custom-values">
        {values.custom.map((value, index) => (
          <CustomValueRow key={value.id} session={session} value={value} number={index + 1} />
        ))}
      </ul>
      <AddCustomValueForm session={session} custom={values.custom} />
    </section>
  );
}

function CustomValueRow({ session, value, number }: { session: WorkshopSession; value: CustomValue; number: number }) {
  const { t } = useT();
  const { store } = useServices();
  const colourId = useId();
  return (
    <li className="custom-value-row">
      <TextField
        label={t('setup.value.name')}
        hiddenLabel={t('setup.value.ofNumber', { number })}
        value={value.name}
        isRequired
        onCommit={(raw) => updateCustomValue(session.context, value.id, { name: raw, colour: value.colour })}
      />
      <div className="field colour-field">
        <label htmlFor={colourId}>
          {t('setup.value.colour')}
          <span className="visually-hidden"> {t('setup.org.forName', { name: value.name })}</span>
        </label>
        <input
          id={colourId}
          type="color"
          value={value.colour}
          onChange={(event) => updateCustomValue(session.context, value.id, { name: value.name, colour: event.target.value })}
        />
      </div>
      <button
        type="button"
        className="danger-quiet"
        aria-label={t('setup.value.remove', { name: value.name })}
        onClick={() => {
          const result = removeCustomValue(session.context, value.id);
          if (result.ok) store.getState().announce(t('setup.value.removed', { name: value.name }));
        }}
      >
        ✕
      </button>
    </li>
  );
}

function AddCustomValueForm({ session, custom }: { session: WorkshopSession; custom: CustomValue[] }) {
  const { t, problem: problemText } = useT();
  const { store } = useServices();
  const nameId = useId();
  const colourId = useId();
  const [name, setName] = useState('');
  const [chosenColour, setColour] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const colour = chosenColour ?? nextCustomColour(custom);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = addCustomValue(session.context, { name, colour });
    if (!result.ok) {
      setProblem(result.problem);
      document.getElementById(nameId)?.focus();
      return;
    }
    setName('');
    setColour(null);
    setProblem(null);
    store.getState().announce(t('setup.value.added', { name: result.value.name }));
  };

  return (
    <form className="add-form" onSubmit={submit} noValidate aria-label={t('setup.value.add')}>
      <div className="field">
        <label htmlFor={nameId}>{t('setup.value.name')}</label>
        <input
          id={nameId}
          value={name}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${nameId}-error` : undefined}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="field colour-field">
        <label htmlFor={colourId}>{t('setup.value.colour')}</label>
        <input id={colourId} type="color" value={colour} onChange={(event) => setColour(event.target.value)} />
      </div>
      <button type="submit" className="primary">
        {t('setup.value.add')}
      </button>
      {problem ? (
        <p className="field-error span-all" id={`${nameId}-error`} role="alert">
          {problemText(problem)}
        </p>
      ) : null}
    </form>
  );
}
