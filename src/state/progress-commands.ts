import type { PhaseId } from '../domain/phase.ts';
import { ok, refuse, type Result } from '../domain/result.ts';
import { CONTROL_RECORD } from '../domain/workshop.ts';
import type { CommandContext } from './commands.ts';
import { LOCAL_EDIT } from './origins.ts';
import { controlMap, doneMap, locksMap, organisationsMap, readDone, readLockedPhases, updateRecord } from './workshop-layout.ts';

/*
 * Steering the tablets' phases (src/domain/progress.ts): the facilitator locks writing in a phase, and
 * an organisation says it is done with one. Each writes in one transaction with origin LOCAL_EDIT, and
 * only when it changes anything, so a repeated tap leaves no undo step.
 */

/**
 * Locks or unlocks the tablets' writing in `phase`. The value game's lock is the board's own
 * (`control.isLocked`, which older devices read); every other phase has an entry in the lock map.
 */
export function setPhaseLocked({ docs }: CommandContext, phase: PhaseId, isLocked: boolean): Result<boolean> {
  if (phase === 'vaerdispillet') {
    updateRecord(docs.control, controlMap(docs), CONTROL_RECORD, { isLocked }, LOCAL_EDIT);
    return ok(isLocked);
  }
  if (readLockedPhases(docs).includes(phase) === isLocked) return ok(isLocked);
  const locks = locksMap(docs);
  docs.control.transact(() => {
    if (isLocked) locks.set(phase, true);
    else locks.delete(phase);
  }, LOCAL_EDIT);
  return ok(isLocked);
}

/** Whether writing in `phase` is locked now (for a command that writes in it). */
export function isPhaseLocked({ docs }: CommandContext, phase: PhaseId): boolean {
  return readLockedPhases(docs).includes(phase);
}

/** An organisation says it is done with `phase` ("Vi er færdige"), or takes it back. Allowed while the phase is locked. */
export function setDone({ docs }: CommandContext, orgId: string, phase: PhaseId, isDone: boolean): Result<boolean> {
  if (!organisationsMap(docs).has(orgId)) return refuse('organisation-missing');
  if (readDone(docs, orgId).includes(phase) === isDone) return ok(isDone);
  const done = doneMap(docs, orgId);
  docs.orgDoc(orgId).transact(() => {
    if (isDone) done.set(phase, true);
    else done.delete(phase);
  }, LOCAL_EDIT);
  return ok(isDone);
}
