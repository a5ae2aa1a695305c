import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Workshop } from '../domain/workshop.ts';
import { isTimedPhase } from '../domain/timer.ts';
import { LiveSessionBar } from '../features/live/live-session-bar.tsx';
import { BackupOffer, ExportWorkshopButton } from '../features/files/workshop-files.tsx';
import { useNoteLeaving } from '../features/files/leave-backup.tsx';
import { ExportMenu } from '../features/export/export-menu.tsx';
import { GuideButton } from '../features/guide/guide-button.tsx';
import { MeetingLinks } from '../features/next-meeting/meeting-links.tsx';
import { PhaseBar } from '../features/phase-bar/phase-bar.tsx';
import { PhaseTimer } from '../features/timer/phase-timer.tsx';
import type { WorkshopSession } from '../state/workshop-session.ts';
import { useT, useUi } from '../ui/app-context.tsx';
import { useUndoState, useWorkshopSelector, useWorkshopSession } from '../ui/use-workshop.ts';
import { PhaseContent } from './phase-content.tsx';
import { OpenFailed } from './trouble.tsx';

export { preloadBoard } from './phase-content.tsx';

/** The facilitator's guide and its texts load when it is first opened. */
const GuidePanel = lazy(() => import('../features/guide/guide-panel.tsx').then((module) => ({ default: module.GuidePanel })));

/** A workshop on screen: its toolbar, the phase bar and the current phase. */
export function WorkshopShell({ workshopId }: { workshopId: string }) {
  const { t } = useT();
  const state = useWorkshopSession(workshopId);
  if (state.status === 'loading') return <p className="loading">{t('app.loading')}</p>;
  if (state.status === 'failed') return <OpenFailed workshopId={workshopId} error={state.error} />;
  if (state.status === 'newer') {
    return (
      <section className="screen">
        <p role="alert">{t('problem.workshop-newer-version', { version: state.version })}</p>
        <a href="#/">{t('app.backToStart')}</a>
      </section>
    );
  }
  if (state.status === 'missing') {
    return (
      <section className="screen">
        <p role="alert">{t('app.notFound')}</p>
        <a href="#/">{t('app.backToStart')}</a>
      </section>
    );
  }
  return <OpenWorkshop session={state.session} />;
}

const selectTitle = (workshop: Workshop) => workshop.setup.title;
const selectPhase = (workshop: Workshop) => workshop.control.phase;
const selectHasWarmUp = (workshop: Workshop) => workshop.setup.hasWarmUp;

function OpenWorkshop({ session }: { session: WorkshopSession }) {
  // Only what the shell shows: a drop on the board does not draw the shell again.
  const title = useWorkshopSelector(session, selectTitle);
  const phase = useWorkshopSelector(session, selectPhase);
  const hasWarmUp = useWorkshopSelector(session, selectHasWarmUp);
  const isProjector = useUi((state) => state.isProjector);
  useUndoShortcuts(session);
  // The facilitator's guide: UI only, and never on the projector.
  const [isGuideOpen, setGuideOpen] = useState(false);
  const guideButton = useRef<HTMLButtonElement>(null);
  const closeGuide = () => {
    setGuideOpen(false);
    guideButton.current?.focus();
  };
  // Back on the start page, a backup is offered if the workshop changed while it was open.
  useNoteLeaving(session);

  const timer = isTimedPhase(phase, hasWarmUp) ? <PhaseTimer key={phase} session={session} phase={phase} /> : null;
  const content = <PhaseContent session={session} phase={phase} isProjector={isProjector} />;
  // The board on the projector has the screen's full height: its timer stands beside it, not above.
  const isBoardWall = isProjector && phase === 'vaerdispillet' && timer !== null;

  return (
    <div className="workshop">
      {isProjector ? null : (
        <WorkshopToolbar session={session} title={title}>
          <GuideButton ref={guideButton} isOpen={isGuideOpen} onToggle={() => (isGuideOpen ? closeGuide() : setGuideOpen(true))} />
        </WorkshopToolbar>
      )}
      {isGuideOpen && !isProjector ? (
        <Suspense fallback={null}>
          <GuidePanel session={session} phase={phase} onClose={closeGuide} />
        </Suspense>
      ) : null}
      <LiveSessionBar session={session} />
      <PhaseBar session={session} />
      {isBoardWall ? (
        <div className="workshop-stage">
          <div className="workshop-stage-main">{content}</div>
          <div className="workshop-stage-side board-wall-side">{timer}</div>
        </div>
      ) : (
        <>
          {timer}
          {content}
        </>
      )}
      {phase === 'opsamling' && !isProjector ? <BackupOffer session={session} /> : null}
    </div>
  );
}

function WorkshopToolbar({ session, title, children }: { session: WorkshopSession; title: string; children: ReactNode }) {
  const { t } = useT();
  const { canUndo, canRedo } = useUndoState(session);
  return (
    <div className="workshop-toolbar">
      <a className="back-link" href="#/">
        ← {t('app.backToStart')}
      </a>
      <div className="workshop-title-block">
        <h1 className="workshop-title">{title}</h1>
        <MeetingLinks session={session} />
      </div>
      <div className="toolbar-actions">
        {children}
        <button type="button" disabled={!canUndo} onClick={() => session.undo.undo()} aria-keyshortcuts="Control+Z">
          ↶ {t('app.undo')}
        </button>
        <button type="button" disabled={!canRedo} onClick={() => session.undo.redo()} aria-keyshortcuts="Control+Shift+Z">
          ↷ {t('app.redo')}
        </button>
        <ExportWorkshopButton session={session} />
        <ExportMenu session={session} />
      </div>
    </div>
  );
}

/**
 * Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z or Ctrl+Y redoes the workshop's last step — except while
 * typing in a text field, where the browser's own text undo is what the user expects.
 */
function useUndoShortcuts(session: WorkshopSession): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const target = event.target;
      const isTyping =
        target instanceof HTMLElement &&
        (target.isContentEditable || target.tagName === 'TEXTAREA' || (target instanceof HTMLInputElement && target.type !== 'checkbox' && target.type !== 'radio' && target.type !== 'color'));
      if (isTyping) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        session.undo.undo();
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        session.undo.redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [session]);
}
