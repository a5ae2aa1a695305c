import { useCallback, useRef, useSyncExternalStore } from 'react';
import { shallow } from 'zustand/shallow';
import type { PhaseId } from '../domain/phase.ts';
import type { Workshop } from '../domain/workshop.ts';
import { readDone, readLockedPhases } from '../state/workshop-layout.ts';
import type { WorkshopSession } from '../state/workshop-session.ts';
import { useWorkshopSelector } from './use-workshop.ts';

/*
 * The tablets' phases as the facilitator steers them (src/domain/progress.ts): which phases are locked,
 * and which each organisation has said it is done with. Not part of the workshop's snapshot (they are
 * not exported), so read from the documents on every change; each read is remembered until its
 * document changes, so an unchanged answer keeps its identity.
 */

/** Whether the tablets' writing in `phase` is locked now. */
export function useIsPhaseLocked(session: WorkshopSession, phase: PhaseId): boolean {
  return useSyncExternalStore(session.subscribe, () => readLockedPhases(session.docs).includes(phase));
}

type DoneByOrganisation = Readonly<Record<string, readonly PhaseId[]>>;

const selectOrganisations = (workshop: Workshop) => workshop.organisations;

/** The phases each organisation of the workshop has said it is done with, by organisation id. */
export function useDone(session: WorkshopSession): DoneByOrganisation {
  const organisations = useWorkshopSelector(session, selectOrganisations);
  const last = useRef<DoneByOrganisation | null>(null);
  const read = useCallback(() => {
    const next = Object.fromEntries(organisations.map(({ id }) => [id, readDone(session.docs, id)]));
    // The same object while every organisation's list is the same (useSyncExternalStore compares by identity).
    if (last.current && shallow(last.current, next)) return last.current;
    last.current = next;
    return next;
  }, [session, organisations]);
  return useSyncExternalStore(session.subscribe, read);
}
