import type { Agreement } from './agreement.ts';

/*
 * Which agreements are still open, and which are overdue. A module of its own with no imports that
 * cost anything: the start page (catalogue.ts) uses it, and must stay small.
 */

/** An agreement not yet finished: no status set at a follow-up, or in progress. */
export function isOpenAgreement(agreement: Pick<Agreement, 'status'>): boolean {
  return agreement.status === null || agreement.status === 'i-gang';
}

/** An open agreement whose follow-up date has passed (`today`: `YYYY-MM-DD`). */
export function isOverdue(agreement: Pick<Agreement, 'status' | 'followUpDate'>, today: string): boolean {
  return isOpenAgreement(agreement) && agreement.followUpDate !== '' && agreement.followUpDate < today;
}

/** `YYYY-MM-DD` plus `days` days (calendar days, no time zone involved). */
export function addDays(isoDate: string, days: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return date.toISOString().slice(0, 10);
}

/** Today's date on this device as `YYYY-MM-DD` (local time: the room's calendar, not UTC). */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
