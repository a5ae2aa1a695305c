import { useEffect, useId, useRef } from 'react';
import { useT } from '../../ui/app-context.tsx';
import type { JoinedRole } from './live-records.ts';
import './live.css';

/**
 * What a tablet or the projector shows once the live session is over: who ended it (the facilitator,
 * or the server after a long time with nobody connected) and that nothing is lost, because the
 * facilitator's device has the whole workshop. The heading takes the focus, so a screen reader says it.
 */
export function SessionOver({ reason, role }: { reason: 'ended' | 'expired'; role: JoinedRole }) {
  const { t } = useT();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="screen live-over" aria-labelledby={titleId}>
      <h1 id={titleId} ref={heading} tabIndex={-1}>
        {t(reason === 'ended' ? 'live.over.endedTitle' : 'live.over.expiredTitle')}
      </h1>
      {reason === 'expired' ? <p>{t('live.over.expiredWhy')}</p> : null}
      <p className="live-over-work">{t('live.over.work')}</p>
      <p>{t(role === 'participant' ? 'live.over.tabletNext' : 'live.over.projectorNext')}</p>
      {role === 'participant' ? (
        <p>
          <a href="#/join">{t('live.over.joinAgain')}</a>
        </p>
      ) : null}
    </section>
  );
}
