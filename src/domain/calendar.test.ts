import { describe, expect, it } from 'vitest';
import type { Agreement, AgreementStatus } from './agreement.ts';
import { calendarDates, calendarUid, escapeText, foldLine, writeCalendar } from './calendar.ts';
import { blankWorkshop } from './workshop.ts';

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('escapeText', () => {
  it.each([
    ['Kaffe, kage; snak', 'Kaffe\\, kage\\; snak'],
    ['C:\\mappe', 'C:\\\\mappe'],
    ['to\nlinjer\r\nher', 'to\\nlinjer\\nher'],
    ['Ærø', 'Ærø'],
  ])('%j → %j', (text, escaped) => {
    expect(escapeText(text)).toBe(escaped);
  });
});

describe('foldLine', () => {
  it.each([
    ['a short line', 1],
    ['x'.repeat(75), 1],
    ['x'.repeat(76), 2],
    ['æ'.repeat(60), 2],
    ['ø'.repeat(200), 6],
  ])('folds %j into %i lines of at most 75 octets, each further one starting with a space', (line, count) => {
    const folded = foldLine(line);
    expect(folded).toHaveLength(count);
    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of folded.slice(1)) expect(part.startsWith(' ')).toBe(true);
    // Unfolding (drop CRLF + one space) gives the line back, no character split.
    expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });
});

function agreement(id: string, status: AgreementStatus | null, date: string, followUpDate: string): Agreement {
  return { id, what: `Fælles sommerfest, ${id}`, organisationIds: ['cafe', 'skole'], coordinatorId: 'skole', firstStep: '', date, form: 'samordne', followUpDate, linkId: null, status, statusNote: '' };
}

describe('calendarDates', () => {
  const base = blankWorkshop('w1', 'Møde');
  const workshop = {
    ...base,
    setup: { ...base.setup, date: '2026-04-07' },
    organisations: [
      { id: 'cafe', name: 'Café Nord', actorType: 'erhvervsdrivende' as const, contact: '' },
      { id: 'skole', name: 'Nørreskolen', actorType: 'kommunale-institutioner' as const, contact: '' },
    ],
    agreements: [agreement('a', null, '2026-06-20', '2026-05-01'), agreement('b', 'gennemfoert', '2026-04-10', '2026-04-20'), agreement('c', 'i-gang', '', '2026-04-01')],
  };

  it('lists the meeting and each open agreement’s dates, earliest first, with the coordinator named', () => {
    const dates = calendarDates(workshop);
    expect(dates.map((date) => [date.kind, date.date, date.kind === 'meeting' ? '' : date.agreement.id])).toEqual([
      ['agreement-follow-up', '2026-04-01', 'c'],
      ['meeting', '2026-04-07', ''],
      ['agreement-follow-up', '2026-05-01', 'a'],
      ['agreement-date', '2026-06-20', 'a'],
    ]);
    expect(dates[0]).toMatchObject({ coordinator: 'Nørreskolen', organisations: ['Café Nord', 'Nørreskolen'] });
  });

  it('gives each date a UID that stays the same for the same agreement in a later meeting', () => {
    const [first] = calendarDates(workshop);
    const [later] = calendarDates({ ...workshop, setup: { ...workshop.setup, date: '' } });
    expect(first && calendarUid('w1', first)).toBe('aftale-c-opfoelgning@vaerdispillet');
    expect(later && calendarUid('w2', later)).toBe('aftale-c-opfoelgning@vaerdispillet');
  });
});

describe('writeCalendar', () => {
  const text = writeCalendar(
    [
      { uid: 'aftale-a-dato@vaerdispillet', date: '2026-12-31', summary: 'Aftale: Fælles sommerfest, med kage; og musik', description: `Tovholder: Nørreskolen\n${'Lang tekst '.repeat(12)}` },
      { uid: 'moede-w1@vaerdispillet', date: '2026-04-07', summary: 'Møde', description: '' },
    ],
    { calendarName: 'Værdispillet', stampedAt: new Date('2026-12-07T06:30:05.123Z') },
  );
  const lines = text.split('\r\n');

  it('uses CRLF only, ends with one, and folds every line to 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/gu, '').includes('\n')).toBe(false);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('writes one all-day VEVENT per event, with UID, DTSTAMP and escaped texts', () => {
    const unfolded = text.replace(/\r\n /gu, '').split('\r\n');
    expect(unfolded.slice(0, 3)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Vaerdispillet//Vaerdispillet//DA']);
    expect(unfolded.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(unfolded).toContain('UID:aftale-a-dato@vaerdispillet');
    expect(unfolded).toContain('DTSTAMP:20261207T063005Z');
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20261231');
    expect(unfolded).toContain('DTEND;VALUE=DATE:20270101');
    expect(unfolded).toContain('SUMMARY:Aftale: Fælles sommerfest\\, med kage\\; og musik');
    expect(unfolded.find((line) => line.startsWith('DESCRIPTION:'))).toMatch(/^DESCRIPTION:Tovholder: Nørreskolen\\nLang tekst/u);
    // An event with no description has no DESCRIPTION line.
    expect(unfolded.filter((line) => line.startsWith('DESCRIPTION:'))).toHaveLength(1);
    expect(unfolded.at(-2)).toBe('END:VCALENDAR');
  });
});
