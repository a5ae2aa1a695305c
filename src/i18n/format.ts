/**
 * Numbers, sizes, dates and lists as each language writes them (Intl), in one place: Danish with a
 * decimal comma and a dot between thousands ("21,0 MB", "1.024"), English as in Britain. Screens,
 * printables and the catalogue's placeholders all go through these.
 */
export type Language = 'da' | 'en';

export const LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.ListFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.ListFormat>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

/** A whole or decimal number: 1024 → "1.024" (da) / "1,024" (en); up to three decimals as given. */
export function formatNumber(value: number, language: Language): string {
  return cached(`n:${language}`, () => new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 3 })).format(value);
}

/** A number with exactly `digits` decimals: 21 → "21,0" (da) / "21.0" (en). */
export function formatDecimal(value: number, digits: number, language: Language): string {
  return cached(`d:${digits}:${language}`, () => new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: digits, maximumFractionDigits: digits })).format(value);
}

const BYTE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** A rough size for people, 1024-based: "512 B", "1,5 MB" (one decimal below 10), "21 MB", "300 GB". */
export function formatBytes(bytes: number, language: Language): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${formatDecimal(value, unit > 0 && value < 10 ? 1 : 0, language)} ${BYTE_UNITS[unit]}`;
}

/** Which plural form a count takes in the language ("one", "other", …). */
export function pluralCategory(count: number, language: Language): Intl.LDMLPluralRule {
  return cached(`p:${language}`, () => new Intl.PluralRules(LOCALES[language])).select(count);
}

/** `2026-11-22` as "22. november 2026" ("22 November 2026"); anything else as it is. */
export function formatDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return cached(`date:${language}`, () => new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** A moment with date and time: "22. nov. 2026 14.05" (da). */
export function formatDateTime(epochMs: number, language: Language): string {
  return cached(`dt:${language}`, () => new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' })).format(new Date(epochMs));
}

/** A clock time: "14.05" (da) / "14:05" (en). */
export function formatTime(epochMs: number, language: Language): string {
  return cached(`t:${language}`, () => new Intl.DateTimeFormat(LOCALES[language], { hour: '2-digit', minute: '2-digit' })).format(new Date(epochMs));
}

/** "A, B og C" / "A, B and C". */
export function formatList(items: readonly string[], language: Language): string {
  return cached(`l:${language}`, () => new Intl.ListFormat(LOCALES[language], { style: 'long', type: 'conjunction' })).format(items);
}
