import { fileNameSlug } from '../domain/file-name.ts';

/**
 * The name of a downloaded workshop file: `<title>-<date>.json`, the title in plain letters (see
 * `fileNameSlug`: æ → ae, ø → oe, å → aa, other accents dropped) so the name survives any file system.
 */
export function workshopFileName(title: string, at: Date): string {
  return `${fileNameSlug(title) || 'workshop'}-${localDate(at)}.json`;
}

/** `YYYY-MM-DD` in the device's own time zone (the day the user sees on the calendar). */
function localDate(at: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
