import { useState } from 'react';
import { CORE_VALUES, type CoreValueId } from '../../domain/value.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useT } from '../../ui/app-context.tsx';
import { useWorkshop } from '../../ui/use-workshop.ts';
import { SunshineFigure } from './sunshine-figure.tsx';

/** Solskinsmodellen: the sun fills the screen; choosing a ray shows what the value is about. */
export function SunshineScreen({ session }: { session: WorkshopSession }) {
  const { t } = useT();
  const { values } = useWorkshop(session);
  const [selected, setSelected] = useState<CoreValueId | null>(null);
  const value = CORE_VALUES.find((candidate) => candidate.id === selected);

  return (
    <section className="screen sunshine-screen" aria-labelledby="sun-title">
      <div className="sun-intro">
        <h2 id="sun-title">{t('sun.title')}</h2>
        <p>{t('sun.intro')}</p>
      </div>
      <div className="sun-stage">
        <SunshineFigure selected={selected} disabled={values.disabledCore} onSelect={setSelected} />
        <aside className="sun-details" aria-live="polite" aria-labelledby={value ? 'ray-title' : undefined}>
          {value ? (
            <article style={{ borderColor: value.colour }}>
              <h3 id="ray-title" style={{ color: value.colour }}>
                {t(`value.${value.id}.name`)}
              </h3>
              <p className="ray-description">{t(`value.${value.id}.description`)}</p>
              {values.disabledCore.includes(value.id) ? <p className="note">{t('sun.notInPlay')}</p> : null}
              <h4>{t('sun.questions')}</h4>
              <ul className="prompts">
                {([1, 2, 3] as const).map((number) => (
                  <li key={number}>{t(`value.${value.id}.prompt${number}`)}</li>
                ))}
              </ul>
            </article>
          ) : (
            <p className="sun-choose">{t('sun.choose')}</p>
          )}
        </aside>
      </div>
    </section>
  );
}
