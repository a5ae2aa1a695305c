import { calendarDates, calendarUid, writeCalendar, type CalendarDate, type CalendarEvent } from '../../domain/calendar.ts';
import { joinFileName } from '../../domain/file-name.ts';
import type { Workshop } from '../../domain/workshop.ts';
import { formatList } from '../../i18n/format.ts';
import { translate, type Language } from '../../i18n/translate.ts';

/** The workshop's dates as calendar events, in `language`: each names the coordinator and the meeting. */
export function calendarEvents(workshop: Workshop, language: Language): CalendarEvent[] {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(language, key, params);
  const title = workshop.setup.title;
  const describe = (date: CalendarDate): string => {
    if (date.kind === 'meeting') return t('calendar.meetingDescription', { title });
    const { agreement } = date;
    return [
      date.coordinator === '' ? '' : t('calendar.coordinator', { name: date.coordinator }),
      date.organisations.length === 0 ? '' : t('calendar.organisations', { names: formatList(date.organisations, language) }),
      agreement.firstStep === '' ? '' : t('calendar.firstStep', { step: agreement.firstStep }),
      t('calendar.from', { title }),
    ]
      .filter((line) => line !== '')
      .join('\n');
  };
  return calendarDates(workshop).map((date) => {
    const summary =
      date.kind === 'meeting'
        ? t('calendar.meeting', { title })
        : `${t(date.kind === 'agreement-date' ? 'calendar.agreementDate' : 'calendar.agreementFollowUp', { what: date.agreement.what })}${date.coordinator === '' ? '' : ` (${t('calendar.coordinator', { name: date.coordinator })})`}`;
    return { uid: calendarUid(workshop.id, date), date: date.date, summary, description: describe(date) };
  });
}

/** The calendar file of the workshop, or null when it has no dates; with its file name (`kalender-….ics`). */
export function calendarFile(workshop: Workshop, language: Language, now: Date): { text: string; fileName: string } | null {
  const events = calendarEvents(workshop, language);
  if (events.length === 0) return null;
  const text = writeCalendar(events, { calendarName: translate(language, 'calendar.name', { title: workshop.setup.title }), stampedAt: now });
  return { text, fileName: joinFileName([translate(language, 'fileName.calendar'), workshop.setup.title], 'ics') };
}

/** Hands the file to the browser as a download (works offline: it never leaves the device). */
export function downloadCalendar(file: { text: string; fileName: string }): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
