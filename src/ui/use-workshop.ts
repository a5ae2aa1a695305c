import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useSyncExternalStoreWithSelector } from 'use-sync-external-store/with-selector';
import { shallow } from 'zustand/shallow';
import type { ValueInPlay } from '../domain/value.ts';
import { workshopValuesInPlay, type Workshop } from '../domain/workshop.ts';
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
  const { loadRepository } = useServices();
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    let isCurrent = true;
    let opened: WorkshopSession | null = null;
    setState({ status: 'loading' });
    void loadRepository()
      .then((repository) => repository.openWorkshop(id))
      .then(
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
  }, [loadRepository, id]);

  return state;
}

/**
 * A slice of the workshop, re-rendering only when the slice changes (by `isEqual`; identity when not
 * given). The snapshot keeps every part of an unchanged document the same object, so a selector that
 * picks parts (`(workshop) => workshop.control.phase`, `workshop.sections[orgId]`) needs no comparison
 * of its own; one that builds an object of parts compares with `shallow`. Define the selector outside
 * the component where it can be: it is run again whenever it is a new function.
 */
export function useWorkshopSelector<T>(session: WorkshopSession, selector: (workshop: Workshop) => T, isEqual?: (a: T, b: T) => boolean): T {
  return useSyncExternalStoreWithSelector(session.subscribe, session.getSnapshot, undefined, selector, isEqual);
}

const wholeWorkshop = (workshop: Workshop) => workshop;

/** The workshop's whole snapshot, re-rendering on every change: screens on a hot path select a slice instead. */
export function useWorkshop(session: WorkshopSession): Workshop {
  return useWorkshopSelector(session, wholeWorkshop);
}

const valuesInPlayInputs = ({ values, setup, warmUp }: Workshop) => ({ values, hasWarmUp: setup.hasWarmUp, pieces: warmUp.pieces });

/** The values in play: the same array while the values, the warm-up switch and its pieces are unchanged. */
export function useValuesInPlay(session: WorkshopSession): ValueInPlay[] {
  const inputs = useWorkshopSelector(session, valuesInPlayInputs, shallow);
  return useMemo(() => workshopValuesInPlay({ values: inputs.values, setup: { hasWarmUp: inputs.hasWarmUp }, warmUp: { pieces: inputs.pieces } }), [inputs]);
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
