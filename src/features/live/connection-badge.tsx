import type { MessageKey } from '../../i18n/da.ts';
import { isProblemCode } from '../../domain/problem.ts';
import { WRITE_REFUSED, type LinkState } from '../../state/live-link.ts';
import { useT, useUi } from '../../ui/app-context.tsx';
import { formatTime } from '../../ui/format.ts';
import './live.css';

/** The message for a connection the server closed for good (server/PROTOCOL.md, close codes). */
function refusalKey(code: number | null): MessageKey {
  if (code === 4401) return 'live.status.refused4401';
  if (code === 4403) return 'live.status.refused4403';
  if (code === 4404) return 'live.status.refused4404';
  if (code === 4410) return 'live.status.refused4410';
  if (code === 4411) return 'live.status.refused4411';
  if (code === 4429) return 'live.status.refused4429';
  return 'live.status.refusedOther';
}

/** The status line every live device shows: connected, connecting, offline (with when it last was in step). */
export function ConnectionBadge({ state }: { state: LinkState }) {
  const { t } = useT();
  const language = useUi((ui) => ui.language);
  const time =
    state.lastSyncedAt === null
      ? null
      : formatTime(state.lastSyncedAt, language);
  const reason = state.closeReason !== null && isProblemCode(state.closeReason) ? t(`problem.${state.closeReason}`) : t('live.status.refusedUnknownReason');
  const text =
    state.status === 'refused'
      ? state.closeCode === WRITE_REFUSED
        ? t('live.status.refused4422', { reason })
        : t(refusalKey(state.closeCode))
      : state.status === 'connected'
        ? t('live.status.connected')
        : state.status === 'connecting'
          ? t('live.status.connecting')
          : t('live.status.offline');
  return (
    <p className={`connection-badge is-${state.status}`} role="status" data-status={state.status}>
      <span className="connection-dot" aria-hidden="true" />
      <span>
        {text}
        {state.status === 'offline' && time ? <span className="connection-time"> ({t('live.status.lastSynced', { time })})</span> : null}
      </span>
    </p>
  );
}
