import { lazy, Suspense } from 'react';
import type { PhaseId } from '../domain/phase.ts';
import { SetupOverview } from '../features/setup/setup-overview.tsx';
import { SetupScreen } from '../features/setup/setup-screen.tsx';
import { SunshineScreen } from '../features/sunshine/sunshine-screen.tsx';
import { WarmUpPhase } from '../features/warm-up/warm-up-screen.tsx';
import type { WorkshopSession } from '../state/workshop-session.ts';
import { preloadable } from '../ui/preloadable.tsx';
import { ScreenLoading } from './screen-loading.tsx';

/*
 * Each phase's screen, for the facilitator's own workshop and (its projector form) for the projector
 * of a live session. The board (dnd-kit, framer-motion) and the later phases load when a workshop
 * reaches them, so the start screen and Forberedelse come up fast on a tablet (bundle budget: `npm run
 * bench`). The board's code is fetched ahead (preloadBoard) and then drawn at once.
 */

const valueGame = preloadable(() => import('../features/value-game/value-game-screen.tsx').then((module) => module.ValueGameScreen), ScreenLoading);
/** The value game's board, loaded on demand (see preloadBoard). */
export const ValueGameScreen = valueGame.Component;

/** Fetches and runs the board's code, so opening a workshop at Værdispillet waits only for its documents and the drawing. */
export function preloadBoard(): Promise<unknown> {
  return valueGame.preload();
}
const CommonPictureScreen = lazy(() =>
  import('../features/common-picture/common-picture-screen.tsx').then((module) => ({ default: module.CommonPictureScreen })),
);
const CollaborationScreen = lazy(() =>
  import('../features/collaboration/collaboration-screen.tsx').then((module) => ({ default: module.CollaborationScreen })),
);
const AgreementsScreen = lazy(() =>
  import('../features/agreements/agreements-screen.tsx').then((module) => ({ default: module.AgreementsScreen })),
);
const SummaryScreen = lazy(() => import('../features/summary/summary-screen.tsx').then((module) => ({ default: module.SummaryScreen })));
const NextMeetingPanel = lazy(() => import('../features/next-meeting/next-meeting-panel.tsx').then((module) => ({ default: module.NextMeetingPanel })));
const AgreementsCalendar = lazy(() => import('../features/next-meeting/next-meeting-panel.tsx').then((module) => ({ default: module.AgreementsCalendar })));

interface PhaseContentProps {
  session: WorkshopSession;
  phase: PhaseId;
  /** Each phase's big form, for the wall: large type, no editing (every phase has one). */
  isProjector: boolean;
  /**
   * The device may write nothing at all: a live session's projector, whose key is read-only (a write
   * would close its connection). Without it the facilitator's own projector view keeps its few
   * steering buttons (the reveal).
   */
  isReadOnly?: boolean;
}

/** The current phase's screen: the facilitator's, or its big form on the projector. */
export function PhaseContent({ session, phase, isProjector, isReadOnly = false }: PhaseContentProps) {
  switch (phase) {
    case 'forberedelse':
      return isProjector ? <SetupOverview session={session} /> : <SetupScreen session={session} />;
    case 'vaerdispillet':
      return <ValueGameScreen session={session} />;
    case 'solskinsmodellen':
      return <SunshineScreen session={session} />;
    case 'opvarmning':
      return <WarmUpPhase session={session} isProjector={isProjector} isReadOnly={isReadOnly} />;
    case 'faelles-billede':
      return (
        <Suspense fallback={<ScreenLoading />}>
          <CommonPictureScreen session={session} isReadOnly={isReadOnly} />
        </Suspense>
      );
    case 'goer-hinanden-staerkere':
      return (
        <Suspense fallback={<ScreenLoading />}>
          <CollaborationScreen session={session} />
        </Suspense>
      );
    case 'aftaler':
      return (
        <Suspense fallback={<ScreenLoading />}>
          <AgreementsScreen session={session} />
          <AgreementsCalendar session={session} />
        </Suspense>
      );
    case 'opsamling':
      return (
        <Suspense fallback={<ScreenLoading />}>
          <SummaryScreen session={session} />
          <NextMeetingPanel session={session} />
        </Suspense>
      );
  }
}
