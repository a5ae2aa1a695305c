/**
 * The workshop's phases, in order (PRODUCT.md, "The workshop"). The facilitator steps through them;
 * each is one screen on the projector. The warm-up is optional per workshop.
 */
export const PHASE_IDS = [
  'forberedelse',
  'solskinsmodellen',
  'opvarmning',
  'vaerdispillet',
  'faelles-billede',
  'goer-hinanden-staerkere',
  'aftaler',
  'opsamling',
] as const;

export type PhaseId = (typeof PHASE_IDS)[number];

export function isPhaseId(id: string): id is PhaseId {
  return (PHASE_IDS as readonly string[]).includes(id);
}

/** The phases this workshop runs through: all of them, less the warm-up when it is switched off. */
export function phasesInPlay(hasWarmUp: boolean): PhaseId[] {
  return PHASE_IDS.filter((phase) => hasWarmUp || phase !== 'opvarmning');
}

/** The phase after `current` in this workshop, or `current` when it is the last. */
export function nextPhase(current: PhaseId, hasWarmUp: boolean): PhaseId {
  return stepPhase(current, hasWarmUp, 1);
}

/** The phase before `current` in this workshop, or `current` when it is the first. */
export function previousPhase(current: PhaseId, hasWarmUp: boolean): PhaseId {
  return stepPhase(current, hasWarmUp, -1);
}

function stepPhase(current: PhaseId, hasWarmUp: boolean, step: 1 | -1): PhaseId {
  const phases = phasesInPlay(hasWarmUp);
  // A skipped warm-up counts as sitting between the sun and the puzzle.
  const index = phases.indexOf(current);
  if (index === -1) return step === 1 ? 'vaerdispillet' : 'solskinsmodellen';
  return phases[Math.max(0, Math.min(phases.length - 1, index + step))] ?? current;
}
