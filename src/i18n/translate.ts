import { da, type MessageKey } from './da.ts';
import { en } from './en.ts';
import type { Problem } from '../domain/result.ts';

export type Language = 'da' | 'en';
export const LANGUAGES: readonly Language[] = ['da', 'en'];

const CATALOGUES = { da, en } as const;

export type MessageParams = Record<string, string | number>;

/** The text for `key` in `language`, with `{placeholders}` filled in from `params`. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const template: string = CATALOGUES[language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The text of a domain refusal. */
export function problemText(language: Language, problem: Problem): string {
  return translate(language, `problem.${problem.code}`, problem.params);
}

export type { MessageKey };
