import type { Workshop } from '../../domain/workshop.ts';
import type { WorkshopSummary } from '../../state/catalogue.ts';

/*
 * The backup offered when the facilitator leaves a workshop for the start page: Safari on iPad and
 * iPhone deletes a site's data after seven days without use, so the end of a session is the moment to
 * save a file. It never blocks, and asks once per state of a workshop: only after changes made while
 * the workshop was open, and never twice for the same "last changed" time.
 */

/** The workshop left last in this visit: its "last changed" time when it was opened, and how it was left. */
export interface LeftWorkshop {
  id: string;
  updatedAtOnOpen: number;
  /**
   * The workshop as it stood on screen when it was left. The backup is made of this, not read back
   * from storage: when the device could not store the last changes (storage full), the file still has them.
   */
  snapshot: Workshop;
}

/** Workshop id → the "last changed" time a backup was offered for. */
export type OfferedBackups = Readonly<Record<string, number>>;

// Only this visit's navigation counts: after a reload no workshop has been left, so nothing is offered.
let leftWorkshop: LeftWorkshop | null = null;
let offeredBackups: OfferedBackups = {};

export function noteLeftWorkshop(left: LeftWorkshop): void {
  leftWorkshop = left;
}

export function lastLeftWorkshop(): LeftWorkshop | null {
  return leftWorkshop;
}

/**
 * Whether to offer a backup of the workshop just left: it still exists, changed while it was open,
 * changed after its last backup file, and was not offered already in this state (the start page can
 * come up again without the workshop being opened in between: from the join screen, say).
 */
export function shouldOfferBackup(
  left: LeftWorkshop | null,
  summary: WorkshopSummary | undefined,
  lastBackupAt: number | null,
  offered: OfferedBackups,
): boolean {
  if (left === null || summary === undefined || summary.id !== left.id) return false;
  const isChangedWhileOpen = summary.updatedAt > left.updatedAtOnOpen;
  const isNewerThanBackup = lastBackupAt === null || summary.updatedAt > lastBackupAt;
  return isChangedWhileOpen && isNewerThanBackup && offered[summary.id] !== summary.updatedAt;
}

export function offeredSoFar(): OfferedBackups {
  return offeredBackups;
}

/** Notes that the workshop `id` was offered a backup in the state changed at `updatedAt`. */
export function noteOffered(id: string, updatedAt: number): void {
  offeredBackups = { ...offeredBackups, [id]: updatedAt };
}
