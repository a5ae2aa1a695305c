import { describe, expect, it } from 'vitest';
import { clockTime, PAUSE_MINUTES, PHASE_TIMES, planAgenda, type AgendaItem } from './agenda.ts';

const sum = (items: readonly AgendaItem[]) => items.reduce((total, item) => total + item.minutes, 0);
const minutesOf = (items: readonly AgendaItem[], id: AgendaItem['id']) => items.find((item) => item.id === id)?.minutes ?? 0;

describe('planAgenda', () => {
  it.each([
    [3, 120, false],
    [8, 120, false],
    [15, 120, false],
    [3, 150, true],
    [8, 150, true],
    [15, 150, true],
    [8, 180, true],
    [15, 97, false],
    [8, 133, true],
  ])('%i organisations, %i minutes, warm-up %s: the times add up exactly to the meeting', (organisations, minutes, hasWarmUp) => {
    const agenda = planAgenda(minutes, organisations, hasWarmUp);
    expect(agenda.status).toBe('fits');
    expect(sum(agenda.items)).toBe(minutes);
    expect(agenda.totalMinutes).toBe(minutes);
    for (const item of agenda.items) {
      if (item.id === 'pause') continue;
      expect(item.minutes).toBeGreaterThanOrEqual(PHASE_TIMES[item.id].minimum);
    }
  });

  it('runs the phases in order, each starting where the one before ended', () => {
    const agenda = planAgenda(150, 8, true);
    expect(agenda.items.map((item) => item.id)).toEqual([
      'solskinsmodellen',
      'opvarmning',
      'vaerdispillet',
      'faelles-billede',
      'pause',
      'goer-hinanden-staerkere',
      'aftaler',
      'opsamling',
    ]);
    agenda.items.forEach((item, index) => {
      const before = agenda.items[index - 1];
      expect(item.startsAt).toBe(before ? before.startsAt + before.minutes : 0);
    });
  });

  it('leaves out the warm-up when it is off, and the break in a short meeting', () => {
    const ids = planAgenda(120, 8, false).items.map((item) => item.id);
    expect(ids).not.toContain('opvarmning');
    expect(ids).not.toContain('pause');
    expect(minutesOf(planAgenda(150, 8, false).items, 'pause')).toBe(PAUSE_MINUTES);
  });

  it('gives the phases where every organisation takes part more time as the group grows, at the same length', () => {
    const small = planAgenda(150, 3, false).items;
    const large = planAgenda(150, 15, false).items;
    const growing = (items: readonly AgendaItem[]) =>
      (['vaerdispillet', 'faelles-billede', 'goer-hinanden-staerkere', 'aftaler'] as const).reduce((total, id) => total + minutesOf(items, id), 0);
    expect(growing(large)).toBeGreaterThan(growing(small));
    expect(minutesOf(large, 'solskinsmodellen')).toBeLessThan(minutesOf(small, 'solskinsmodellen'));
  });

  it('keeps the minutes in five-minute steps when the length is a multiple of five', () => {
    for (const organisations of [3, 8, 15]) {
      for (const item of planAgenda(120, organisations, true).items) expect(item.minutes % 5).toBe(0);
    }
  });

  it('says plainly when the meeting is too short, and how long it needs to be', () => {
    const agenda = planAgenda(45, 8, true);
    expect(agenda.status).toBe('too-short');
    if (agenda.status !== 'too-short') return;
    expect(agenda.neededMinutes).toBe(70);
    expect(sum(agenda.items)).toBe(70);
    expect(planAgenda(70, 8, true).status).toBe('fits');
    expect(planAgenda(65, 8, false).status).toBe('fits');
    expect(planAgenda(64, 8, false).status).toBe('too-short');
  });

  it('at the shortest length every phase has its minimum; a big group in a short meeting gets the minimums, not more', () => {
    const agenda = planAgenda(70, 15, true);
    expect(agenda.status).toBe('fits');
    for (const item of agenda.items) if (item.id !== 'pause') expect(item.minutes).toBe(PHASE_TIMES[item.id].minimum);
  });

  it('copes with no organisations yet and with nonsense numbers', () => {
    expect(sum(planAgenda(120, 0, false).items)).toBe(120);
    expect(planAgenda(Number.NaN, 3, false).status).toBe('too-short');
    expect(planAgenda(-10, -3, false).status).toBe('too-short');
  });
});

describe('clockTime', () => {
  it.each([
    ['13:00', 0, '13:00'],
    ['13:00', 75, '14:15'],
    ['9:30', 45, '10:15'],
    ['23:30', 45, '00:15'],
    ['', 10, null],
    ['kl. 13', 10, null],
  ])('%s plus %i minutes is %s', (start, minutes, expected) => {
    expect(clockTime(start, minutes)).toBe(expected);
  });
});
