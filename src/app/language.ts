import { LANGUAGES, type Language } from '../i18n/translate.ts';

const KEY = 'vaerdispil.language';

function isLanguage(value: string | null): value is Language {
  return value !== null && (LANGUAGES as readonly string[]).includes(value);
}

/** Danish unless the user chose English on this device before. */
export function loadLanguage(): Language {
  try {
    const stored = localStorage.getItem(KEY);
    return isLanguage(stored) ? stored : 'da';
  } catch {
    return 'da';
  }
}

export function saveLanguage(language: Language): void {
  try {
    localStorage.setItem(KEY, language);
  } catch {
    // Storage refused (private browsing): the choice lasts for this visit only.
  }
}
