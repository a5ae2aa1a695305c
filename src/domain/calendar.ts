import type { Agreement } from './agreement.ts';
import { addDays, isOpenAgreement } from './follow-up.ts';
import type { Workshop } from './workshop.ts';

/*
 * A calendar file (iCalendar, RFC 5545) of a workshop's dates: each agreement's date and follow-up
 * date, and the meeting's own day, as all-day events that Outlook, Google Calendar and the iPad's
 * calendar open. Written by hand: the format is a few lines, and the rules that matter (CRLF,
 * folding at 75 octets, escaping) are tested in calendar.test.ts.
 */

/** One all-day event. `uid` stays the same for the same date of the same agreement, so a calendar updates it. */
export interface CalendarEvent {
  uid: string;
  /** `YYYY-MM-DD`. */
  date: string;
  summary: string;
  description: string;
}

/** What a date in the workshop is: an agreement's day, its follow-up, or the meeting itself. */
export type CalendarDate =
  | { kind: 'agreement-date' | 'agreement-follow-up'; date: string; agreement: Agreement; coordinator: string; organisations: string[] }
  | { kind: 'meeting'; date: string };

/**
 * The dates a calendar file of the workshop holds, earliest first: the meeting's day, and each open
 * agreement's date and follow-up date (a finished or dropped agreement has nothing left to meet about).
 */
export function calendarDates(workshop: Pick<Workshop, 'setup' | 'agreements' | 'organisations'>): CalendarDate[] {
  const nameOf = new Map(workshop.organisations.map((organisation) => [organisation.id, organisation.name]));
  const dates: CalendarDate[] = workshop.setup.date === '' ? [] : [{ kind: 'meeting', date: workshop.setup.date }];
  for (const agreement of workshop.agreements.filter(isOpenAgreement)) {
    const about = {
      agreement,
      coordinator: nameOf.get(agreement.coordinatorId) ?? '',
      organisations: agreement.organisationIds.flatMap((id) => nameOf.get(id) ?? []),
    };
    if (agreement.date !== '') dates.push({ kind: 'agreement-date', date: agreement.date, ...about });
    if (agreement.followUpDate !== '') dates.push({ kind: 'agreement-follow-up', date: agreement.followUpDate, ...about });
  }
  return dates.sort((a, b) => a.date.localeCompare(b.date));
}

/** A stable UID for a date: the same agreement's same kind of date keeps it across meetings and exports. */
export function calendarUid(workshopId: string, date: CalendarDate): string {
  if (date.kind === 'meeting') return `moede-${workshopId}@vaerdispillet`;
  return `aftale-${date.agreement.id}-${date.kind === 'agreement-date' ? 'dato' : 'opfoelgning'}@vaerdispillet`;
}

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/gu, '\\\\')
    .replace(/;/gu, '\\;')
    .replace(/,/gu, '\\,')
    .replace(/\r\n|\r|\n/gu, '\\n');
}

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/**
 * Folds a content line at 75 octets (RFC 5545 3.1): each further line starts with a space, which
 * counts. Never inside a character (UTF-8 bytes of "æ" stay together).
 */
export function foldLine(line: string): string[] {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines;
}

function compactDate(isoDate: string): string {
  return isoDate.replace(/-/gu, '');
}

/** `20261207T063000Z` */
function utcStamp(at: Date): string {
  return at.toISOString().replace(/[-:]/gu, '').replace(/\.\d{3}/u, '');
}

/** The calendar file: CRLF line endings, folded lines, one all-day VEVENT per event. */
export function writeCalendar(events: readonly CalendarEvent[], { calendarName, stampedAt }: { calendarName: string; stampedAt: Date }): string {
  const stamp = utcStamp(stampedAt);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Vaerdispillet//Vaerdispillet//DA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendarName)}`,
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description === '' ? [] : [`DESCRIPTION:${escapeText(event.description)}`]),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return `${lines.flatMap(foldLine).join('\r\n')}\r\n`;
}
