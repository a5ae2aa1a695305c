import { useEffect, useState } from 'react';
import type { LiveSync } from '../../state/live-sync.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useT, useUi } from '../../ui/app-context.tsx';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { ConnectionBadge } from './connection-badge.tsx';
import { pageApi, type ApiFailure, type ApiResult } from './live-api.ts';
import { JoinPanel } from './join-panel.tsx';
import { forgetHosted, loadHosted, saveHosted, type HostedRecord } from './live-records.ts';
import { useLinkState } from './use-live.ts';
import { useServerClock } from './use-server-clock.ts';
import './live.css';

/**
 * Whether asking the server to end the room left it over: yes, or the server no longer has it (ended
 * from another tab, or expired). Only "no answer" leaves the session running.
 */
export function isRoomOver(result: ApiResult<true>): boolean {
  return result.ok || (result.failure.kind === 'refused' && (result.failure.code === 'room-ended' || result.failure.code === 'room-unknown'));
}

/**
 * The facilitator's live session for a workshop: the button that opens a room on the session server,
 * then the connection state and the join panel. It stays mounted in projector mode, so the workshop
 * keeps syncing; the room is remembered on this device, so a reload reconnects.
 */
export function LiveSessionBar({ session }: { session: WorkshopSession }) {
  const { t } = useT();
  const isProjector = useUi((state) => state.isProjector);
  const [hosted, setHosted] = useState<HostedRecord | null>(() => loadHosted(session.id));
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [isStarting, setStarting] = useState(false);
  const [isPanelOpen, setPanelOpen] = useState(false);
  const [isConfirmingEnd, setConfirmingEnd] = useState(false);
  const [isEnding, setEnding] = useState(false);
  const [endOutcome, setEndOutcome] = useState<'ended' | 'failed' | null>(null);
  const sync = useHostedSync(session, hosted);
  const state = useLinkState(sync);
  useServerClock(sync);

  const start = async () => {
    setStarting(true);
    setFailure(null);
    // The server reads the organisations from the workshop's setup document, which this device sends it.
    const result = await pageApi().createRoom();
    setStarting(false);
    if (!result.ok) {
      setFailure(result.failure);
      return;
    }
    const record = { ...result.value, workshopId: session.id };
    saveHosted(record);
    setHosted(record);
    setEndOutcome(null);
    setPanelOpen(true);
  };

  /** Ends the room for every device; the workshop stays here and goes on working without a server. */
  const end = async () => {
    if (!hosted) return;
    setEnding(true);
    setEndOutcome(null);
    const result = await pageApi().endRoom(hosted);
    setEnding(false);
    setConfirmingEnd(false);
    if (!isRoomOver(result)) {
      setEndOutcome('failed');
      return;
    }
    forgetHosted(session.id);
    setHosted(null);
    setPanelOpen(false);
    setEndOutcome('ended');
  };

  if (isProjector) {
    return hosted ? (
      <div className="live-bar is-projector">
        <ConnectionBadge state={state} />
        <p className="live-code-inline">{t('live.codeInline', { code: hosted.joinCode })}</p>
      </div>
    ) : null;
  }
  // A room the server no longer accepts (its data was deleted, say) can be replaced by a new one.
  const canStart = !hosted || state.status === 'refused';
  return (
    <div className="live-bar">
      {hosted ? (
        <>
          <ConnectionBadge state={state} />
          <button type="button" onClick={() => setPanelOpen(true)}>
            {t('live.showJoin')}
          </button>
          {isPanelOpen ? <JoinPanel room={hosted} onClose={() => setPanelOpen(false)} /> : null}
          {canStart ? null : (
            <button type="button" className="danger-quiet" onClick={() => setConfirmingEnd(true)} disabled={isEnding}>
              {isEnding ? t('live.ending') : t('live.end')}
            </button>
          )}
          <ConfirmDialog
            isOpen={isConfirmingEnd}
            title={t('live.endConfirm.title')}
            body={t('live.endConfirm.body')}
            confirmLabel={t('live.endConfirm.confirm')}
            cancelLabel={t('live.endConfirm.cancel')}
            onConfirm={() => void end()}
            onCancel={() => setConfirmingEnd(false)}
          />
        </>
      ) : null}
      {canStart ? (
        <button type="button" onClick={() => void start()} disabled={isStarting}>
          {isStarting ? t('live.starting') : t('live.start')}
        </button>
      ) : null}
      {failure ? (
        <p className="live-message" role="alert">
          {failure.kind === 'unreachable' ? t('live.noServer') : t('live.serverRefused')}
        </p>
      ) : null}
      {endOutcome === 'ended' ? (
        <p className="live-message is-done" role="status">
          {t('live.ended')}
        </p>
      ) : null}
      {endOutcome === 'failed' ? (
        <p className="live-message" role="alert">
          {t('live.endFailed')}
        </p>
      ) : null}
    </div>
  );
}

/** Connects the workshop's documents to the room while it is on screen (the sync code loads on demand). */
function useHostedSync(session: WorkshopSession, hosted: HostedRecord | null): LiveSync | null {
  const [sync, setSync] = useState<LiveSync | null>(null);
  useEffect(() => {
    if (!hosted) return undefined;
    let isCurrent = true;
    let opened: LiveSync | null = null;
    void import('../../state/live-sync.ts').then(({ LiveSync: Sync, syncUrlFor }) => {
      if (!isCurrent) return;
      opened = new Sync(session.docs, {
        serverUrl: syncUrlFor(location),
        roomId: hosted.roomId,
        key: hosted.facilitatorKey,
        role: 'facilitator',
        organisationId: null,
      });
      setSync(opened);
    });
    return () => {
      isCurrent = false;
      opened?.destroy();
      setSync(null);
    };
  }, [session, hosted]);
  return sync;
}
