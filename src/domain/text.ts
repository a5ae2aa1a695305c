import { ok, refuse, type Result } from './result.ts';

export const NAME_MAX = 80;
export const SHORT_TEXT_MAX = 120;

/** Trims and folds inner runs of white space, so "  Café   Nord " and "Café Nord" are the same name. */
export function normaliseText(raw: string): string {
  return raw.replace(/\s+/gu, ' ').trim();
}

/** Names compare without regard to case or surrounding space (Danish collation: "Å" and "å" are equal). */
export function isSameName(a: string, b: string): boolean {
  return normaliseText(a).localeCompare(normaliseText(b), 'da', { sensitivity: 'accent' }) === 0;
}

/** A required name (title, organisation, custom value): trimmed, 1–80 characters. */
export function validateName(raw: string): Result<string> {
  const name = normaliseText(raw);
  if (name.length === 0) return refuse('name-empty');
  if (name.length > NAME_MAX) return refuse('name-too-long', { max: NAME_MAX, length: name.length });
  return ok(name);
}

/**
 * Shortens a generated name (say "Kopi af …" of a long title) to the name limit, ending it with "…"
 * when something was cut. For names the app makes, not for what a user typed (that is refused).
 */
export function fitName(raw: string, max = NAME_MAX): string {
  const name = normaliseText(raw);
  const characters = [...name];
  return characters.length <= max ? name : `${characters.slice(0, max - 1).join('').trimEnd()}…`;
}

/** A name that must not equal any of `taken` (already normalised names of the same kind). */
export function validateUniqueName(raw: string, taken: readonly string[]): Result<string> {
  const result = validateName(raw);
  if (!result.ok) return result;
  const clash = taken.find((other) => isSameName(other, result.value));
  return clash === undefined ? result : refuse('name-taken', { name: clash });
}

/** An optional short text (place, facilitator, contact): trimmed, empty allowed, at most `max`. */
export function validateOptionalText(raw: string, max = SHORT_TEXT_MAX): Result<string> {
  const text = normaliseText(raw);
  if (text.length > max) return refuse('text-too-long', { max, length: text.length });
  return ok(text);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/**
 * A calendar date as `YYYY-MM-DD` (what `<input type="date">` gives), or empty when optional.
 * Rejects impossible dates such as 2026-02-30 and years outside 1900–2200.
 */
export function validateDate(raw: string, { isOptional = true } = {}): Result<string> {
  const text = raw.trim();
  if (text === '') return isOptional ? ok('') : refuse('date-invalid');
  const match = ISO_DATE.exec(text);
  if (!match) return refuse('date-invalid');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const isReal = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!isReal || year < 1900 || year > 2200) return refuse('date-invalid');
  return ok(text);
}

const HEX_COLOUR = /^#[0-9a-f]{6}$/iu;

export function validateColour(raw: string): Result<string> {
  const colour = raw.trim().toLowerCase();
  return HEX_COLOUR.test(colour) ? ok(colour) : refuse('colour-invalid');
}
