import { useId, useState } from 'react';
import { KEY_POINTS_MAX } from '../../domain/common-picture.ts';
import { textLength } from '../../domain/value-piece.ts';
import { setKeyPoints } from '../../state/common-picture-commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useT } from '../../ui/app-context.tsx';

/**
 * "Facilitatorens pointer": a text area stored as the facilitator types. A paste past 2000
 * characters is cut, and the field says so. A change from elsewhere (undo) replaces the text.
 */
export function KeyPointsField({ session, value }: { session: WorkshopSession; value: string }) {
  const { t } = useT();
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [seenValue, setSeenValue] = useState(value);
  const [isCut, setIsCut] = useState(false);

  if (value !== seenValue) {
    setSeenValue(value);
    if (draft !== value) {
      setDraft(value);
      setIsCut(false);
    }
  }

  return (
    <section className="picture-key-points" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        <label htmlFor={id}>{t('picture.keyPoints.label')}</label>
      </h3>
      <p className="field-hint" id={`${id}-hint`}>
        {t('picture.keyPoints.hint')}
      </p>
      <textarea
        id={id}
        rows={8}
        value={draft}
        aria-describedby={`${id}-hint ${id}-count${isCut ? ` ${id}-cut` : ''}`}
        onChange={(event) => {
          const result = setKeyPoints(session.context, event.target.value);
          if (!result.ok) return;
          setDraft(result.value.text);
          setIsCut(result.value.isCut);
        }}
      />
      <p className="field-hint picture-key-points-count" id={`${id}-count`}>
        {t('picture.keyPoints.count', { length: textLength(draft), max: KEY_POINTS_MAX })}
      </p>
      {isCut ? (
        <p className="field-error" id={`${id}-cut`} role="alert">
          {t('picture.keyPoints.cut', { max: KEY_POINTS_MAX })}
        </p>
      ) : null}
    </section>
  );
}

/** The key points on the projector: read only, as the room sees them. */
export function KeyPointsView({ value }: { value: string }) {
  const { t } = useT();
  const id = useId();
  return (
    <section className="picture-key-points" aria-labelledby={id}>
      <h3 id={id}>{t('picture.keyPoints.label')}</h3>
      {value.trim() ? <p className="picture-key-points-text">{value}</p> : <p className="empty">{t('picture.keyPoints.empty')}</p>}
    </section>
  );
}
