import { motion, useReducedMotion } from 'framer-motion';
import { useId, type CSSProperties } from 'react';
import { useT, useUi } from '../../ui/app-context.tsx';
import { formatList } from '../../ui/format.ts';
import { hyphenateLongWords } from '../../ui/fit-text.ts';
import type { PictureExample, PictureValue } from './common-picture-model.ts';

interface PictureValueCardProps {
  value: PictureValue;
  /** Shared values are highlighted and come in gently, one after another; single ones just appear. */
  variant: 'shared' | 'single';
  index: number;
}

/** One value in the common picture: its name and colour, the count, the most-important picks and the examples side by side. */
export function PictureValueCard({ value, variant, index }: PictureValueCardProps) {
  const { t } = useT();
  const language = useUi((state) => state.language);
  const isReduced = useReducedMotion() === true;
  const titleId = useId();
  const share = value.total > 0 ? Math.round((value.count / value.total) * 100) : 0;
  const names = (list: { name: string }[]) =>
    formatList(list.map((item) => item.name), language);
  const onlyHolder = variant === 'single' ? value.holders[0] : undefined;

  const card = (
    <article className="picture-value-card" aria-labelledby={titleId}>
      <header className="picture-value-head">
        <span className="picture-value-swatch" aria-hidden="true" style={{ background: value.colour }} />
        <h4 id={titleId}>{hyphenateLongWords(value.name)}</h4>
        <p className="picture-count">{t('picture.count', { held: value.count, count: value.total })}</p>
        {onlyHolder ? <p className="picture-only">{t('picture.onlyHolder', { name: hyphenateLongWords(onlyHolder.name) })}</p> : null}
      </header>
      <div className="picture-bar" aria-hidden="true">
        <span style={{ width: `${share}%`, background: value.colour }} />
      </div>
      {value.mostImportantFor.length > 0 ? (
        <p className="picture-most-important">
          <span className="picture-star" aria-hidden="true">
            ★
          </span>{' '}
          {t('picture.mostImportantFor', { names: names(value.mostImportantFor) })}
        </p>
      ) : null}
      <ul className="picture-examples" aria-label={t('picture.examplesOf', { value: value.name })}>
        {value.examples.map((example) => (
          <ExampleCard key={example.organisation.id} example={example} />
        ))}
      </ul>
    </article>
  );

  // A custom property is not in CSSProperties' keys; the value is a plain colour string.
  const style = { '--value-colour': value.colour } as CSSProperties;
  if (variant === 'single') {
    return (
      <li className="picture-value is-single" style={style}>
        {card}
      </li>
    );
  }
  return (
    <motion.li
      className="picture-value is-shared"
      style={style}
      initial={isReduced ? false : { opacity: 0, y: 18 }}
      animate={{ opacity: 1, y: 0 }}
      transition={{ duration: 0.35, delay: Math.min(index, 8) * 0.08, ease: 'easeOut' }}
    >
      {card}
    </motion.li>
  );
}

function ExampleCard({ example }: { example: PictureExample }) {
  const { t } = useT();
  const { organisation } = example;
  return (
    <li className={`picture-example ${example.isMostImportant ? 'is-most-important' : ''}`} style={{ borderTopColor: organisation.colour }}>
      <p className="picture-example-org">
        <span className="swatch" aria-hidden="true" style={{ background: organisation.colour }} />
        <span className="picture-example-name">{hyphenateLongWords(organisation.name)}</span>
        <span className="visually-hidden">, {t(`actor.${organisation.actorType}`)}</span>
        {example.isMostImportant ? (
          <span className="picture-star" title={t('picture.mostImportantMark', { name: organisation.name })}>
            <span aria-hidden="true">★</span>
            <span className="visually-hidden">{t('picture.mostImportantMark', { name: organisation.name })}</span>
          </span>
        ) : null}
      </p>
      {example.text ? <p className="picture-example-text">{example.text}</p> : <p className="picture-example-text empty">{t('picture.noExample')}</p>}
    </li>
  );
}
