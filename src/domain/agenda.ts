import { phasesInPlay, type PhaseId } from './phase.ts';

/**
 * The meeting's agenda: minutes per phase, worked out from the meeting's length and the number of
 * organisations. Phases where every organisation speaks or writes grow with the group; the sun and the
 * summary do not. Forberedelse happens before the meeting and is not on it.
 */

/** The phases (and the break) that take time in the meeting itself. */
export type AgendaItemId = Exclude<PhaseId, 'forberedelse'> | 'pause';

export interface AgendaItem {
  id: AgendaItemId;
  minutes: number;
  /** Minutes from the meeting's start. */
  startsAt: number;
}

export type Agenda =
  | { status: 'fits'; items: AgendaItem[]; totalMinutes: number }
  /** The meeting is shorter than the phases' minimums: the items are those minimums, which add up to `neededMinutes`. */
  | { status: 'too-short'; items: AgendaItem[]; totalMinutes: number; neededMinutes: number };

interface PhaseTime {
  /** Below this the phase cannot be done properly. */
  minimum: number;
  /** Minutes the phase wants regardless of the group's size … */
  base: number;
  /** … and for each organisation. */
  perOrganisation: number;
}

/** Our estimates (see docs/facilitator-guide.md): minimums in whole five-minute steps. */
export const PHASE_TIMES: Record<Exclude<AgendaItemId, 'pause'>, PhaseTime> = {
  solskinsmodellen: { minimum: 10, base: 10, perOrganisation: 0 },
  opvarmning: { minimum: 5, base: 5, perOrganisation: 1 },
  vaerdispillet: { minimum: 10, base: 10, perOrganisation: 2 },
  'faelles-billede': { minimum: 10, base: 10, perOrganisation: 2 },
  'goer-hinanden-staerkere': { minimum: 15, base: 15, perOrganisation: 2 },
  aftaler: { minimum: 10, base: 10, perOrganisation: 1.5 },
  opsamling: { minimum: 10, base: 10, perOrganisation: 0 },
};

/** A meeting this long or longer gets a break halfway. */
export const PAUSE_FROM_MINUTES = 150;
export const PAUSE_MINUTES = 10;
export const MEETING_MINUTES_MIN = 30;
export const MEETING_MINUTES_MAX = 8 * 60;
export const MEETING_MINUTES_DEFAULT = 150;

/**
 * The agenda for a meeting of `meetingMinutes` with `organisationCount` organisations. When it fits,
 * the items' minutes add up exactly to the meeting's length, each at least its phase's minimum, shared
 * out in proportion to what each phase wants (in five-minute steps when the length allows). When it
 * does not fit, the minimums are returned with the length the meeting needs.
 */
export function planAgenda(meetingMinutes: number, organisationCount: number, hasWarmUp: boolean): Agenda {
  const length = Number.isFinite(meetingMinutes) ? Math.max(0, Math.round(meetingMinutes)) : 0;
  const count = Number.isFinite(organisationCount) ? Math.max(0, Math.round(organisationCount)) : 0;
  const phases = phasesInPlay(hasWarmUp).filter((phase): phase is Exclude<AgendaItemId, 'pause'> => phase !== 'forberedelse');
  const hasPause = length >= PAUSE_FROM_MINUTES;
  const minimums = phases.map((phase) => PHASE_TIMES[phase].minimum);
  const needed = minimums.reduce((sum, minutes) => sum + minutes, 0) + (hasPause ? PAUSE_MINUTES : 0);
  if (length < needed) {
    const items = withStarts(phases, minimums, false);
    const total = minimums.reduce((sum, minutes) => sum + minutes, 0);
    return { status: 'too-short', items, totalMinutes: total, neededMinutes: Math.max(total, MEETING_MINUTES_MIN) };
  }
  const available = length - (hasPause ? PAUSE_MINUTES : 0);
  const step = available % 5 === 0 ? 5 : 1;
  const wants = phases.map((phase) => PHASE_TIMES[phase].base + PHASE_TIMES[phase].perOrganisation * count);
  const units = shareOut(
    available / step,
    wants,
    minimums.map((minutes) => minutes / step),
  );
  return { status: 'fits', items: withStarts(phases, units.map((unit) => unit * step), hasPause), totalMinutes: length };
}

/**
 * `total` whole units shared out in proportion to `wants`, none below its `floor`: phases whose share
 * would fall below their floor get the floor, the rest share what is left (repeated until stable); the
 * fractions are then rounded by largest remainder, so the shares add up to `total` exactly.
 */
function shareOut(total: number, wants: readonly number[], floors: readonly number[]): number[] {
  const isFixed = wants.map(() => false);
  let shares = wants.map(() => 0);
  for (;;) {
    const fixedSum = floors.reduce((sum, floor, index) => sum + (isFixed[index] ? floor : 0), 0);
    const freeWants = wants.reduce((sum, want, index) => sum + (isFixed[index] ? 0 : want), 0);
    const left = total - fixedSum;
    shares = wants.map((want, index) => (isFixed[index] ? (floors[index] ?? 0) : freeWants > 0 ? (left * want) / freeWants : 0));
    const below = shares.findIndex((share, index) => !isFixed[index] && share < (floors[index] ?? 0));
    if (below === -1) break;
    shares.forEach((share, index) => {
      if (!isFixed[index] && share < (floors[index] ?? 0)) isFixed[index] = true;
    });
  }
  const whole = shares.map((share, index) => Math.max(floors[index] ?? 0, Math.floor(share)));
  let missing = total - whole.reduce((sum, share) => sum + share, 0);
  const byRemainder = shares.map((share, index) => ({ index, remainder: share - Math.floor(share) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let turn = 0; missing > 0; turn++) {
    const next = byRemainder[turn % byRemainder.length];
    if (!next) break;
    whole[next.index] = (whole[next.index] ?? 0) + 1;
    missing--;
  }
  return whole;
}

function withStarts(phases: readonly Exclude<AgendaItemId, 'pause'>[], minutes: readonly number[], hasPause: boolean): AgendaItem[] {
  const items: AgendaItem[] = [];
  let at = 0;
  phases.forEach((id, index) => {
    const length = minutes[index] ?? 0;
    items.push({ id, minutes: length, startsAt: at });
    at += length;
    // The break falls after the common picture: the group has seen its values and can talk over coffee.
    if (hasPause && id === 'faelles-billede') {
      items.push({ id: 'pause', minutes: PAUSE_MINUTES, startsAt: at });
      at += PAUSE_MINUTES;
    }
  });
  return items;
}

/** `startsAt` minutes after `start` (`HH:MM`) as `HH:MM`, or null when no start time is set. */
export function clockTime(start: string, startsAt: number): string | null {
  const match = /^(\d{1,2}):(\d{2})$/u.exec(start);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]) + startsAt;
  const hours = Math.floor(minutes / 60) % 24;
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
