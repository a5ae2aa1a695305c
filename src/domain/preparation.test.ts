import { describe, expect, it } from 'vitest';
import { MEETING_MINUTES_DEFAULT } from './agenda.ts';
import { clampMeetingMinutes, EMPTY_PREPARATION, isStartTime, readPreparation, workshopAgenda } from './preparation.ts';
import { blankWorkshop } from './workshop.ts';

describe('readPreparation', () => {
  it.each([
    ['nothing stored', null, EMPTY_PREPARATION],
    ['not an object', 'hej', EMPTY_PREPARATION],
    ['a good record', { meetingMinutes: 120, startTime: '13:00', checked: ['room', 'helper'] }, { meetingMinutes: 120, startTime: '13:00', checked: ['room', 'helper'] }],
    ['minutes as text', { meetingMinutes: '120' }, { ...EMPTY_PREPARATION }],
    ['minutes out of range', { meetingMinutes: 5000 }, { ...EMPTY_PREPARATION, meetingMinutes: 480 }],
    ['a time that is not one', { startTime: '25:99' }, EMPTY_PREPARATION],
    ['ticks unknown, doubled or not text', { checked: ['room', 'room', 'gone', 7, null, 'tablets-charged'] }, { ...EMPTY_PREPARATION, checked: ['room', 'tablets-charged'] }],
    ['ticks not a list', { checked: 'room' }, EMPTY_PREPARATION],
    ['a field from a newer version', { meetingMinutes: 90, colour: 'red' }, { ...EMPTY_PREPARATION, meetingMinutes: 90 }],
  ])('%s', (_name, raw, expected) => {
    expect(readPreparation(raw)).toEqual(expected);
  });
});

describe('clampMeetingMinutes and isStartTime', () => {
  it.each([
    [90, 90],
    [89.6, 90],
    [10, 30],
    [100_000, 480],
    [Number.NaN, MEETING_MINUTES_DEFAULT],
  ])('%d minutes → %d', (raw, expected) => expect(clampMeetingMinutes(raw)).toBe(expected));

  it.each([
    ['13:00', true],
    ['9:30', true],
    ['23:59', true],
    ['24:00', false],
    ['13.00', false],
    ['', false],
  ])('%s is a start time: %s', (text, expected) => expect(isStartTime(text)).toBe(expected));
});

it('the workshop’s agenda counts its organisations and its warm-up', () => {
  const workshop = blankWorkshop('w', 'Møde');
  workshop.setup.hasWarmUp = true;
  const agenda = workshopAgenda(workshop, { meetingMinutes: 120 });
  expect(agenda.items.map((item) => item.id)).toContain('opvarmning');
  expect(agenda.items.reduce((sum, item) => sum + item.minutes, 0)).toBe(120);
});
