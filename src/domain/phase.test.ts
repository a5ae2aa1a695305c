import { describe, expect, it } from 'vitest';
import { PHASE_IDS, isPhaseId, nextPhase, phasesInPlay, previousPhase, type PhaseId } from './phase.ts';

describe('phasesInPlay', () => {
  it('with the warm-up: every phase in order', () => {
    expect(phasesInPlay(true)).toEqual([
      'forberedelse',
      'solskinsmodellen',
      'opvarmning',
      'vaerdispillet',
      'faelles-billede',
      'goer-hinanden-staerkere',
      'aftaler',
      'opsamling',
    ]);
  });

  it('without the warm-up: every phase but opvarmning', () => {
    expect(phasesInPlay(false)).toEqual([
      'forberedelse',
      'solskinsmodellen',
      'vaerdispillet',
      'faelles-billede',
      'goer-hinanden-staerkere',
      'aftaler',
      'opsamling',
    ]);
  });

  it('returns a fresh array each time', () => {
    const phases = phasesInPlay(true);
    phases.pop();
    expect(phasesInPlay(true)).toHaveLength(PHASE_IDS.length);
  });
});

describe('isPhaseId', () => {
  it.each([
    ['forberedelse', true],
    ['opsamling', true],
    ['opvarmning', true],
    ['Forberedelse', false],
    ['', false],
    ['setup', false],
  ])('%j → %s', (id, expected) => {
    expect(isPhaseId(id)).toBe(expected);
  });
});

describe('nextPhase', () => {
  it.each<[PhaseId, boolean, PhaseId]>([
    ['forberedelse', true, 'solskinsmodellen'],
    ['solskinsmodellen', true, 'opvarmning'],
    ['opvarmning', true, 'vaerdispillet'],
    ['vaerdispillet', true, 'faelles-billede'],
    ['faelles-billede', true, 'goer-hinanden-staerkere'],
    ['goer-hinanden-staerkere', true, 'aftaler'],
    ['aftaler', true, 'opsamling'],
    ['opsamling', true, 'opsamling'],
    ['forberedelse', false, 'solskinsmodellen'],
    ['solskinsmodellen', false, 'vaerdispillet'],
    ['vaerdispillet', false, 'faelles-billede'],
    ['aftaler', false, 'opsamling'],
    ['opsamling', false, 'opsamling'],
    // Sitting on a warm-up that has since been switched off: go on to the puzzle.
    ['opvarmning', false, 'vaerdispillet'],
  ])('after %s (warm-up %s) → %s', (current, hasWarmUp, expected) => {
    expect(nextPhase(current, hasWarmUp)).toBe(expected);
  });
});

describe('previousPhase', () => {
  it.each<[PhaseId, boolean, PhaseId]>([
    ['forberedelse', true, 'forberedelse'],
    ['solskinsmodellen', true, 'forberedelse'],
    ['opvarmning', true, 'solskinsmodellen'],
    ['vaerdispillet', true, 'opvarmning'],
    ['opsamling', true, 'aftaler'],
    ['forberedelse', false, 'forberedelse'],
    ['vaerdispillet', false, 'solskinsmodellen'],
    ['faelles-billede', false, 'vaerdispillet'],
    ['opsamling', false, 'aftaler'],
    // Sitting on a warm-up that has since been switched off: go back to the sun.
    ['opvarmning', false, 'solskinsmodellen'],
  ])('before %s (warm-up %s) → %s', (current, hasWarmUp, expected) => {
    expect(previousPhase(current, hasWarmUp)).toBe(expected);
  });
});

describe('stepping through a whole workshop', () => {
  it.each([true, false])('next from the first reaches every phase in play once (warm-up %s)', (hasWarmUp) => {
    const visited: PhaseId[] = ['forberedelse'];
    for (let step = 0; step < 20; step += 1) {
      const next = nextPhase(visited.at(-1) ?? 'forberedelse', hasWarmUp);
      if (next === visited.at(-1)) break;
      visited.push(next);
    }
    expect(visited).toEqual(phasesInPlay(hasWarmUp));
  });

  it.each([true, false])('previous undoes next for every phase but the last (warm-up %s)', (hasWarmUp) => {
    const phases = phasesInPlay(hasWarmUp);
    for (const phase of phases.slice(0, -1)) expect(previousPhase(nextPhase(phase, hasWarmUp), hasWarmUp)).toBe(phase);
  });
});
