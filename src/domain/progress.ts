import * as z from 'zod/mini';
import { PHASE_IDS, type PhaseId } from './phase.ts';
import type { Workshop } from './workshop.ts';

/*
 * Steering the phases in which every organisation writes on its own tablet: the facilitator locks
 * writing in a phase (as the value game's board is locked), an organisation says "Vi er færdige", and
 * the facilitator sees per organisation how much it has written and whether it is done. The locks live
 * in the control document (the facilitator's), each organisation's "done" in its own document (its
 * tablet's); neither is exported with the workshop: they steer a meeting while it runs.
 */

/** The phases whose writing happens on the tablets, each organisation on its own: they have a lock and "Vi er færdige". */
export const TABLET_WRITING_PHASES: readonly PhaseId[] = ['opvarmning', 'goer-hinanden-staerkere', 'aftaler'];

/** A phase as the key of a per-phase map: the control document's locks, an organisation's done marks. */
export const PHASE_KEY_SCHEMA = z.enum(PHASE_IDS);
/** The value of a per-phase mark: present and true, or absent. */
export const PHASE_MARK_SCHEMA = z.literal(true);

/**
 * Which phase's lock covers each top-level map of an organisation's documents: while that phase is
 * locked, a tablet may not write there (the value game's pieces have the board's own lock). Gør hinanden
 * stærkere covers the cards document's cards and suggestions, and the organisation document's links and
 * answers to proposals; Aftaler covers the organisation's answers to the agreements ("Vi er med", its
 * comment, the coordinator's first step).
 */
export const LOCKED_BY_PHASE: Readonly<Record<string, PhaseId>> = {
  drivers: 'opvarmning',
  cards: 'goer-hinanden-staerkere',
  suggestions: 'goer-hinanden-staerkere',
  links: 'goer-hinanden-staerkere',
  linkAnswers: 'goer-hinanden-staerkere',
  agreementAnswers: 'aftaler',
};

/**
 * The phases locked now, from the control document: the lock map, and the value game when its board is
 * locked (`isLocked`, the one lock older devices know).
 */
export function lockedPhases(isBoardLocked: boolean, locked: Iterable<string>): PhaseId[] {
  const phases = new Set<string>(locked);
  return PHASE_IDS.filter((phase) => (phase === 'vaerdispillet' ? isBoardLocked : phases.has(phase)));
}

/** One organisation's progress in a phase, as the facilitator sees it. */
export interface OrganisationProgress {
  organisationId: string;
  /** How many things it has written in the phase (answers, cards and links). */
  count: number;
  isDone: boolean;
}

/** The parts of a workshop the tablets' progress is counted from. */
export type ProgressInputs = Pick<Workshop, 'warmUp' | 'cards' | 'links' | 'agreementAnswers'>;

/**
 * How many things an organisation has written in `phase`: its warm-up answers; its cards and the links
 * it made; or the agreements it has answered (said "Vi er med", commented on, or written the first step
 * of; an answer taken back to nothing does not count).
 */
export function writtenIn(phase: PhaseId, workshop: ProgressInputs, organisationId: string): number {
  switch (phase) {
    case 'opvarmning':
      return workshop.warmUp.answers[organisationId]?.length ?? 0;
    case 'goer-hinanden-staerkere':
      return (workshop.cards[organisationId]?.length ?? 0) + workshop.links.filter((link) => link.fromId === organisationId).length;
    case 'aftaler':
      return Object.values(workshop.agreementAnswers[organisationId] ?? {}).filter((answer) => answer.isIn || answer.comment !== '' || answer.firstStep !== null).length;
    default:
      return 0;
  }
}

/** Every organisation's progress in `phase`, in the workshop's order; `done`: the phases each has said it is done with. */
export function phaseProgress(
  workshop: ProgressInputs & Pick<Workshop, 'organisations'>,
  done: Readonly<Record<string, readonly PhaseId[]>>,
  phase: PhaseId,
): OrganisationProgress[] {
  return workshop.organisations.map(({ id }) => ({ organisationId: id, count: writtenIn(phase, workshop, id), isDone: done[id]?.includes(phase) ?? false }));
}
