import { useEffect, useId, useRef } from 'react';
import { useT } from '../../ui/app-context.tsx';
import type { JoinedRole } from './live-records.ts';
import type { Erasure } from './use-live-room.ts';
import './live.css';

/**
 * What a tablet or the projector shows once the live session is over: who ended it (the facilitator,
 * or the server after a long time with nobody connected), that this device has deleted its copy of the
 * workshop and its key (a shared tablet goes to the next group with nothing of this one), and that
 * nothing is lost, because the facilitator's device has the whole workshop. The heading takes the
 * focus, so a screen reader says it; the deletion is told as it happens.
 */
export function SessionOver({ reason, role, erasure }: { reason: 'ended' | 'expired'; role: JoinedRole; erasure: Erasure }) {
  const { t } = useT();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const isTablet = role === 'participant';
  return (
    <section className="screen live-over" aria-labelledby={titleId}>
      <h1 id={titleId} ref={heading} tabIndex={-1}>
        {t(reason === 'ended' ? 'live.over.endedTitle' : 'live.over.expiredTitle')}
      </h1>
      {reason === 'expired' ? <p>{t('live.over.expiredWhy')}</p> : null}
      <p className={`live-over-erasure${erasure === 'failed' ? ' banner warning' : ''}`} role={erasure === 'failed' ? 'alert' : 'status'}>
        {erasure === 'erasing'
          ? t(isTablet ? 'live.over.erasingTablet' : 'live.over.erasingProjector')
          : erasure === 'erased'
            ? t(isTablet ? 'live.over.erasedTablet' : 'live.over.erasedProjector')
            : t('live.over.erasureFailed')}
      </p>
      <p className="live-over-work">{t('live.over.work')}</p>
      <p>{t(isTablet ? 'live.over.tabletNext' : 'live.over.projectorNext')}</p>
      {isTablet ? (
        <p>
          <a href="#/join">{t('live.over.joinAgain')}</a>
        </p>
      ) : null}
    </section>
  );
}
