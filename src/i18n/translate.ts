import { da, type MessageKey } from './da.ts';
import { en } from './en.ts';
import type { Problem } from '../domain/result.ts';
import { fileProblemSentence } from './file-problem.ts';
import { formatNumber, pluralCategory, type Language } from './format.ts';

export type { Language };
export const LANGUAGES: readonly Language[] = ['da', 'en'];

const CATALOGUES = { da, en } as const;

export type MessageParams = Record<string, string | number>;

/**
 * A text that depends on a count: the catalogue holds one key per plural form the languages need,
 * `<key>.one` and `<key>.other` (Danish and English have only these two; `.other` is the fallback), each
 * with `{count}`. `translate(language, '<key>', { count })` picks the form by `Intl.PluralRules`.
 */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}.other` ? Base : never }[MessageKey];

/** Every key `translate` takes: a plain text or a plural one (which needs `count`). */
export type TextKey = MessageKey | PluralKey;

const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** The plural keys of the catalogue (those with a `.other` form). */
export function pluralKeys(): PluralKey[] {
  return Object.keys(da).flatMap((key) => (key.endsWith('.other') ? [key.slice(0, -'.other'.length) as PluralKey] : []));
}

/** Whether a key is one form of a plural text (`….one`, `….other`, …). */
export function isPluralForm(key: string): boolean {
  const form = key.slice(key.lastIndexOf('.') + 1);
  return (PLURAL_FORMS as readonly string[]).includes(form) && `${key.slice(0, key.lastIndexOf('.'))}.other` in da;
}

function template(language: Language, key: TextKey, params: MessageParams | undefined): string {
  const catalogue: Record<string, string> = CATALOGUES[language];
  const plain = catalogue[key];
  if (plain !== undefined) return plain;
  const count = Number(params?.count ?? Number.NaN);
  const form = Number.isFinite(count) ? catalogue[`${key}.${pluralCategory(count, language)}`] : undefined;
  return form ?? catalogue[`${key}.other`] ?? key;
}

/**
 * The text for `key` in `language`, with `{placeholders}` filled in from `params`. Numbers are written
 * as the language writes them ("1.024", "2,5" in Danish); a plural key picks its form by `params.count`.
 */
export function translate(language: Language, key: TextKey, params?: MessageParams): string {
  const text = template(language, key, params);
  if (!params) return text;
  return text.replace(/\{(\w+)\}/gu, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    return typeof value === 'number' ? formatNumber(value, language) : String(value);
  });
}

/**
 * The technical form of a refusal, with the place in the file as the file names it
 * (`workshops[0].organisations[2].actorType`): shown as a detail under the plain text.
 */
export function problemDetail(language: Language, problem: Problem): string {
  return translate(language, `problem.${problem.code}`, problem.params);
}

/** The text of a domain refusal (a refused file's in words: what is wrong and where). */
export function problemText(language: Language, problem: Problem): string {
  const sentence = fileProblemSentence(problem, (key, params) => translate(language, key as TextKey, params));
  return sentence ?? translate(language, `problem.${problem.code}`, problem.params);
}

export type { MessageKey };
