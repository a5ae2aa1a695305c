import type { Language } from '../i18n/translate.ts';

const LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

/** `2026-11-22` as "22. november 2026" (or "22 November 2026"). */
export function formatDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

export function formatDateTime(epochMs: number, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(epochMs));
}
