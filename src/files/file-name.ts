/**
 * The name of a downloaded workshop file: `<title>-<date>.json`, the title in plain letters (æ → ae,
 * ø → oe, å → aa, other accents dropped) so the name survives any file system, mail or USB stick.
 */
export function workshopFileName(title: string, at: Date): string {
  const slug = title
    .toLowerCase()
    .replace(/æ/gu, 'ae')
    .replace(/ø/gu, 'oe')
    .replace(/å/gu, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60)
    .replace(/-+$/u, '');
  return `${slug || 'workshop'}-${localDate(at)}.json`;
}

/** `YYYY-MM-DD` in the device's own time zone (the day the user sees on the calendar). */
function localDate(at: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
