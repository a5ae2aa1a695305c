import { useId, useState } from 'react';
import { GUIDE_SOURCES } from '../domain/guide.ts';
import type { PracticeExample } from '../domain/practice-examples.ts';
import { useT, useUi } from './app-context.tsx';
import './practice-examples.css';

export interface ExampleChoice {
  id: string;
  /** The value's or the form's name, as the screen shows it. */
  name: string;
  example: PracticeExample;
}

/**
 * Help for a group that is stuck, on the facilitator's screen: "Vis et eksempel" opens a short
 * practice example for each value (or collaboration form), one at a time, with its source.
 */
export function PracticeExamples({ choices }: { choices: readonly ExampleChoice[] }) {
  const { t } = useT();
  const language = useUi((state) => state.language);
  const [isOpen, setOpen] = useState(false);
  const [shownId, setShownId] = useState(choices[0]?.id ?? '');
  const regionId = useId();
  const shown = choices.find((choice) => choice.id === shownId) ?? choices[0];
  if (!shown) return null;
  return (
    <div className="practice-examples">
      <button type="button" className="practice-toggle" aria-expanded={isOpen} aria-controls={isOpen ? regionId : undefined} onClick={() => setOpen(!isOpen)}>
        {isOpen ? t('guide.example.hide') : t('guide.example.show')}
      </button>
      {isOpen ? (
        <section id={regionId} className="practice-example" aria-label={t('guide.example.title')}>
          <p className="hint">{t('guide.example.intro')}</p>
          <div className="practice-choices" role="group" aria-label={t('guide.example.title')}>
            {choices.map((choice) => (
              <button key={choice.id} type="button" aria-pressed={choice.id === shown.id} onClick={() => setShownId(choice.id)}>
                {choice.name}
              </button>
            ))}
          </div>
          <h4>
            {shown.name}: {shown.example.title[language]}
          </h4>
          <p>{shown.example.text[language]}</p>
          <p className="practice-source">{t('guide.example.source', { source: GUIDE_SOURCES[shown.example.source][language] })}</p>
        </section>
      ) : null}
    </div>
  );
}
