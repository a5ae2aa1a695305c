import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Workshop } from '../domain/workshop.ts';
import type { WorkshopSession } from '../state/workshop-session.ts';
import { useServices } from './app-context.tsx';

export type SessionState =
  | { status: 'loading' }
  | { status: 'missing' }
  /** Stored by a newer version of the app: not opened (see WorkshopRepository.openWorkshop). */
  | { status: 'newer'; version: number }
  | { status: 'open'; session: WorkshopSession }
  /** Opening threw or rejected (a damaged stored document, content that cannot be read): the screen says why. */
  | { status: 'failed'; error: unknown };

/** Opens the workshop `id` for as long as the calling screen is shown. */
export function useWorkshopSession(id: string): SessionState {
  const { repository } = useServices();
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    let isCurrent = true;
    let opened: WorkshopSession | null = null;
    setState({ status: 'loading' });
    void repository.openWorkshop(id).then(
      (outcome) => {
        const session = outcome.status === 'open' ? outcome.session : null;
        opened = session;
        if (!isCurrent) {
          void session?.close();
          return;
        }
        setState(outcome);
      },
      (error: unknown) => {
        console.error(error);
        if (isCurrent) setState({ status: 'failed', error });
      },
    );
    return () => {
      isCurrent = false;
      void opened?.close();
    };
  }, [repository, id]);

  return state;
}

/** The workshop's snapshot, re-rendering when it changes. */
export function useWorkshop(session: WorkshopSession): Workshop {
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
}

/** Whether undo and redo are possible now. */
export function useUndoState(session: WorkshopSession): { canUndo: boolean; canRedo: boolean } {
  const undo = session.undo;
  const canUndo = useSyncExternalStore(
    (listener) => undo.subscribe(listener),
    () => undo.canUndo,
  );
  const canRedo = useSyncExternalStore(
    (listener) => undo.subscribe(listener),
    () => undo.canRedo,
  );
  return { canUndo, canRedo };
}
