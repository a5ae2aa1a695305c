import { MEETING_MINUTES_DEFAULT, MEETING_MINUTES_MAX, MEETING_MINUTES_MIN, planAgenda, type Agenda } from './agenda.ts';
import type { Bilingual } from './guide.ts';
import type { Workshop } from './workshop.ts';

/**
 * The facilitator's preparation: how long the meeting is, when it starts, and the checklist's ticks.
 * Local to the facilitator's device (docs/facilitator-guide.md): no tablet or projector needs it, it is
 * not part of the workshop's record, and it is read leniently (anything odd falls back).
 */

export const CHECKLIST_ITEMS = [
  'room',
  'invitation',
  'organisations',
  'tablets-charged',
  'app-on-tablets',
  'qr-printed',
  'sun-printed',
  'pieces-printed',
  'guide-printed',
  'helper',
] as const;
export type ChecklistItemId = (typeof CHECKLIST_ITEMS)[number];

export const CHECKLIST_TEXT: Record<ChecklistItemId, Bilingual> = {
  room: { da: 'Lokale booket, projektor og kabel afprøvet', en: 'Room booked, projector and cable tested' },
  invitation: { da: 'Invitation sendt med tid, sted og formål', en: 'Invitation sent with time, place and purpose' },
  organisations: { da: 'Organisationerne skrevet ind med aktørtype', en: 'Organisations entered with their actor type' },
  'tablets-charged': { da: 'Tabletter ladet op (og en oplader med)', en: 'Tablets charged (and a charger packed)' },
  'app-on-tablets': { da: 'Appen åbnet én gang på hver tablet, så den virker uden net', en: 'The app opened once on each tablet, so it works offline' },
  'qr-printed': { da: 'QR-kode og kode til at deltage printet eller klar på skærmen', en: 'QR code and join code printed or ready on screen' },
  'sun-printed': { da: 'Den tomme solskinsmodel printet (A3 til væggen, A4 til bordene)', en: 'The blank sunshine model printed (A3 for the wall, A4 for the tables)' },
  'pieces-printed': { da: 'Brikker til at klippe ud printet – hvis strøm eller net svigter', en: 'Cut-out pieces printed – in case power or network fails' },
  'guide-printed': { da: 'Facilitatorguiden printet med dagsorden og manuskript', en: 'Facilitator’s guide printed with agenda and script' },
  helper: { da: 'En hjælper til at tage tid og skrive nøglepunkter', en: 'A helper to keep time and note key points' },
};

export interface Preparation {
  meetingMinutes: number;
  /** `HH:MM`, or empty when not decided. */
  startTime: string;
  checked: ChecklistItemId[];
}

export const EMPTY_PREPARATION: Preparation = { meetingMinutes: MEETING_MINUTES_DEFAULT, startTime: '', checked: [] };

const TIME_PATTERN = /^([01]?\d|2[0-3]):[0-5]\d$/u;

/** A meeting length the agenda can use: whole minutes, clamped to a sensible range. */
export function clampMeetingMinutes(raw: number): number {
  if (!Number.isFinite(raw)) return MEETING_MINUTES_DEFAULT;
  return Math.min(MEETING_MINUTES_MAX, Math.max(MEETING_MINUTES_MIN, Math.round(raw)));
}

/** Stored preparation read leniently: a wrong field falls back to its default, unknown ticks are dropped. Never throws. */
export function readPreparation(raw: unknown): Preparation {
  if (typeof raw !== 'object' || raw === null) return EMPTY_PREPARATION;
  const record = raw as Record<string, unknown>;
  const minutes = typeof record.meetingMinutes === 'number' ? clampMeetingMinutes(record.meetingMinutes) : MEETING_MINUTES_DEFAULT;
  const startTime = typeof record.startTime === 'string' && TIME_PATTERN.test(record.startTime) ? record.startTime : '';
  const checked = Array.isArray(record.checked)
    ? CHECKLIST_ITEMS.filter((item) => (record.checked as unknown[]).includes(item))
    : [];
  return { meetingMinutes: minutes, startTime, checked };
}

/** Whether `text` is a start time the agenda can count from (`HH:MM`, 24-hour clock). */
export function isStartTime(text: string): boolean {
  return TIME_PATTERN.test(text);
}

/** The workshop's agenda with this preparation. */
export function workshopAgenda(workshop: Pick<Workshop, 'organisations' | 'setup'>, preparation: Pick<Preparation, 'meetingMinutes'>): Agenda {
  return planAgenda(preparation.meetingMinutes, workshop.organisations.length, workshop.setup.hasWarmUp);
}
