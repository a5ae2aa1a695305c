import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { shallow } from 'zustand/shallow';
import { isTimedPhase } from '../domain/timer.ts';
import type { Organisation } from '../domain/organisation.ts';
import type { PhaseId } from '../domain/phase.ts';
import type { Workshop } from '../domain/workshop.ts';
import { OrganisationPagePanel } from '../features/export/organisation-page.tsx';
import { TabletAgreements } from '../features/agreements/tablet-agreements.tsx';
import { TabletCollaboration } from '../features/collaboration/tablet-collaboration.tsx';
import { ConnectionBadge } from '../features/live/connection-badge.tsx';
import { JoinScreen } from '../features/live/join-screen.tsx';
import { loadJoined, noteJoinedRoom, saveJoined, type JoinedRecord } from '../features/live/live-records.ts';
import { RoomPresence } from '../features/live/room-presence.tsx';
import { SessionOver } from '../features/live/session-over.tsx';
import { useLiveRoom } from '../features/live/use-live-room.ts';
import { WriteRefused } from '../features/live/write-refused.tsx';
import { useLinkState, usePeers } from '../features/live/use-live.ts';
import { useServerClock } from '../features/live/use-server-clock.ts';
import { SunshineScreen } from '../features/sunshine/sunshine-screen.tsx';
import { PhaseCountdown } from '../features/timer/phase-timer.tsx';
import { ValueGameScreen } from '../features/value-game/value-game-screen.tsx';
import { WarmUpTablet } from '../features/warm-up/warm-up-tablet.tsx';
import { sessionOverReason } from '../state/live-link.ts';
import type { LiveSync } from '../state/live-sync.ts';
import type { WorkshopSession } from '../state/workshop-session.ts';
import { useServices, useT, useUi } from '../ui/app-context.tsx';
import { useValuesInPlay, useWorkshopSelector } from '../ui/use-workshop.ts';
import { ScreenLoading } from './screen-loading.tsx';

// The projector shows each phase's screen in its big form: the facilitator's screens, loaded when a
// projector needs them. Imported statically, the module shared with the workshop shell would make the
// bundler split React out of the start page's chunk (a larger initial bundle).
const PhaseContent = lazy(() => import('./phase-content.tsx').then((module) => ({ default: module.PhaseContent })));

/*
 * The live session's screens on the devices that join a room: the join screen, and the room itself
 * on a tablet (in each phase what its organisation does there: its answers, its tray and row, …) or
 * the projector (each phase's big read-only form, with who is connected and the pieces moving now).
 * Composed here because they bring the features together.
 */

export { JoinScreen };

/** A room joined on this device; a key in the address is the projector link (read-only). */
export function LiveRoomShell({ roomId, urlKey }: { roomId: string; urlKey: string | null }) {
  const { t } = useT();
  const { store } = useServices();
  // Read once per room (the shell is keyed by the room): when the room is over, the stored record and the
  // key in the address go, and the screen saying so stays.
  const [record] = useState<JoinedRecord | null>(() => {
    if (!urlKey) return loadJoined(roomId);
    const projector: JoinedRecord = { roomId, key: urlKey, role: 'projector', organisationId: null };
    saveJoined(projector);
    return projector;
  });
  // The device's role decides the view: a projector's key only reads, so it shows the projector view
  // (no controls that would write); a tablet shows its tray.
  const role = record?.role ?? null;
  const isProjector = useUi((state) => state.isProjector);
  useEffect(() => {
    if (role && isProjector !== (role === 'projector')) store.getState().setProjector(role === 'projector');
  }, [role, isProjector, store]);
  const room = useLiveRoom(record);
  const linkState = useLinkState(room.sync);
  useServerClock(room.sync);
  // The link says the room is over a moment before the copy starts to be deleted.
  const overReason = sessionOverReason(linkState);
  const over = room.status === 'over' ? room : overReason ? { reason: overReason, erasure: 'erasing' as const } : null;
  const isErased = over?.erasure === 'erased';
  useEffect(() => {
    // The projector's key leaves the address (and this tab's history) with the rest.
    if (isErased && urlKey) store.getState().navigate({ name: 'live', roomId, key: null });
  }, [isErased, urlKey, roomId, store]);

  if (!record) {
    return (
      <section className="screen">
        <p role="alert">{t('live.room.notJoined')}</p>
        <a href="#/join">{t('live.room.joinLink')}</a>
      </section>
    );
  }
  if (over) return <SessionOver reason={over.reason} role={record.role} erasure={over.erasure} />;
  if (room.status !== 'open') {
    return (
      <section className="screen live-room">
        <ConnectionBadge state={linkState} />
        <WriteRefused state={linkState} onReload={room.reload} />
        <p className="loading">{t('live.room.loading')}</p>
      </section>
    );
  }
  return <OpenRoom session={room.session} sync={room.sync} record={record} onReload={room.reload} />;
}

/** What the room's frame shows; the board below reads its own slice, so a peer's drop leaves the frame be. */
const selectRoom = ({ setup, organisations, control }: Workshop) => ({
  title: setup.title,
  hasWarmUp: setup.hasWarmUp,
  organisations,
  phase: control.phase,
  isRevealed: control.isRevealed,
});

function OpenRoom({ session, sync, record, onReload }: { session: WorkshopSession; sync: LiveSync; record: JoinedRecord; onReload: () => void }) {
  const { t } = useT();
  const room = useWorkshopSelector(session, selectRoom, shallow);
  const linkState = useLinkState(sync);
  const peers = usePeers(sync);
  const isProjector = useUi((state) => state.isProjector);
  const organisation = room.organisations.find((candidate) => candidate.id === record.organisationId);
  const values = useValuesInPlay(session);
  // Stable, so the board (memoised) does not re-render for a peer's presence change.
  const onDragChange = useCallback((valueId: string | null) => sync.setDragging(valueId), [sync]);
  const phase = room.phase;
  const isParticipant = record.role === 'participant';
  useRememberRoom(record.roomId, room.title, room.organisations, organisation?.name);

  const countdown = isTimedPhase(phase, room.hasWarmUp) ? <PhaseCountdown key={phase} session={session} phase={phase} /> : null;
  const presence =
    record.role === 'projector' ? <RoomPresence peers={peers} organisations={room.organisations} values={values} isRevealed={room.isRevealed} /> : null;
  // The projector shows each phase in its big form, the tablet what its organisation does in it.
  const content = !isParticipant ? (
    <Suspense fallback={<ScreenLoading />}>
      <PhaseContent session={session} phase={phase} isProjector isReadOnly />
    </Suspense>
  ) : organisation ? (
    <TabletPhase session={session} organisation={organisation} phase={phase} onDragChange={onDragChange} />
  ) : null;
  // The projector during the game: the whole board to the left, the time and who is here at its side,
  // so the board has the screen's full height (docs/value-game-board.md).
  const isBoardWall = phase === 'vaerdispillet' && record.role === 'projector';

  return (
    <div className={`live-room${isProjector ? ' is-projector' : ''}${isBoardWall ? ' is-board-wall' : ''}`}>
      <div className="live-room-head">
        <h1 className="live-room-title">{room.title}</h1>
        <p className="live-room-who">
          {isParticipant ? (organisation ? t('live.room.organisation', { name: organisation.name }) : null) : t('live.room.projector')}
        </p>
        <ConnectionBadge state={linkState} />
      </div>
      <WriteRefused state={linkState} onReload={onReload} />
      {isParticipant && !organisation ? (
        <p className="banner warning" role="alert">
          {t('live.room.organisationGone')}
        </p>
      ) : null}
      {isBoardWall ? (
        <div className="live-room-stage">
          <div className="live-room-board">{content}</div>
          <div className="live-room-side board-wall-side">
            {countdown}
            {presence}
          </div>
        </div>
      ) : (
        <>
          {countdown}
          {presence}
          {content}
        </>
      )}
    </div>
  );
}

interface TabletPhaseProps {
  session: WorkshopSession;
  organisation: Organisation;
  phase: PhaseId;
  onDragChange: (valueId: string | null) => void;
}

/**
 * What an organisation's tablet shows in each phase: what it writes there, or a plain word on what to
 * do meanwhile. One case per phase, so a phase's tablet screen plugs in with a one-line change.
 */
function TabletPhase({ session, organisation, phase, onDragChange }: TabletPhaseProps) {
  switch (phase) {
    case 'forberedelse':
      return <TabletMessage messageKey="tablet.forberedelse" />;
    case 'solskinsmodellen':
      return <SunshineScreen session={session} />;
    case 'opvarmning':
      return <WarmUpTablet session={session} organisation={organisation} />;
    case 'vaerdispillet':
      return <ValueGameScreen session={session} deviceOrganisationId={organisation.id} onDragChange={onDragChange} />;
    case 'faelles-billede':
      return <TabletMessage messageKey="tablet.faellesBillede" />;
    case 'goer-hinanden-staerkere':
      return <TabletCollaboration session={session} organisationId={organisation.id} />;
    case 'aftaler':
      return <TabletAgreements session={session} organisationId={organisation.id} />;
    case 'opsamling':
      return <OrganisationPagePanel session={session} organisation={organisation} />;
  }
}

function TabletMessage({ messageKey }: { messageKey: 'tablet.forberedelse' | 'tablet.faellesBillede' }) {
  const { t } = useT();
  return (
    <p className="live-waiting" role="status">
      {t(messageKey)}
    </p>
  );
}

/** Keeps what the device saw of the room with its record: the start page's list shows it. */
function useRememberRoom(roomId: string, title: string, organisations: readonly { id: string }[], organisationName: string | undefined) {
  const organisationIds = organisations.map((candidate) => candidate.id).join('\n');
  useEffect(() => {
    noteJoinedRoom(roomId, { title, organisationIds: organisationIds ? organisationIds.split('\n') : [], organisationName });
  }, [roomId, title, organisationIds, organisationName]);
}
