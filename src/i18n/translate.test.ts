import { describe, expect, it } from 'vitest';
import { ACTOR_TYPE_IDS } from '../domain/actor-type.ts';
import { PHASE_IDS } from '../domain/phase.ts';
import { PROBLEM_CODES } from '../domain/problem.ts';
import { CORE_VALUES } from '../domain/value.ts';
import { da, type MessageKey } from './da.ts';
import { en } from './en.ts';
import { LANGUAGES, problemText, translate } from './translate.ts';

const CATALOGUES = { da, en } as const;
const daKeys = Object.keys(da) as MessageKey[];

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/gu)].map((match) => match[1] ?? '').sort();
}

describe('the message catalogues', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual([...daKeys].sort());
  });

  it.each(daKeys)('%s has the same placeholders in Danish and English', (key) => {
    expect(new Set(placeholders(en[key]))).toEqual(new Set(placeholders(da[key])));
  });

  it.each(LANGUAGES)('%s has no empty or blank texts', (language) => {
    const blank = Object.entries(CATALOGUES[language])
      .filter(([, text]) => text.trim() === '')
      .map(([key]) => key);
    expect(blank).toEqual([]);
  });

  it.each(LANGUAGES)('%s has no unbalanced braces', (language) => {
    const broken = Object.entries(CATALOGUES[language])
      .filter(([, text]) => text.replace(/\{\w+\}/gu, '').match(/[{}]/u))
      .map(([key]) => key);
    expect(broken).toEqual([]);
  });

  it('name every phase, actor type, problem and core value (with its prompts)', () => {
    const needed = [
      ...PHASE_IDS.map((id) => `phase.${id}`),
      ...ACTOR_TYPE_IDS.map((id) => `actor.${id}`),
      ...PROBLEM_CODES.map((code) => `problem.${code}`),
      ...CORE_VALUES.flatMap((value) => [
        `value.${value.id}.name`,
        `value.${value.id}.description`,
        ...Array.from({ length: value.promptCount }, (_, index) => `value.${value.id}.prompt${index + 1}`),
      ]),
    ];
    expect(needed.filter((key) => !(key in da))).toEqual([]);
  });

  it('give the core values distinct names in each language', () => {
    for (const language of LANGUAGES) {
      const names = CORE_VALUES.map((value) => translate(language, `value.${value.id}.name`).toLowerCase());
      expect(new Set(names).size).toBe(names.length);
    }
  });
});

describe('translate', () => {
  it.each([
    ['da', 'app.undo', 'Fortryd'],
    ['en', 'app.undo', 'Undo'],
    ['da', 'phase.opvarmning', 'Opvarmning'],
  ] as const)('%s %s → %j', (language, key, expected) => {
    expect(translate(language, key)).toBe(expected);
  });

  it.each([
    ['da', 'start.copyTitle', { title: 'Møde' }, 'Kopi af Møde'],
    ['en', 'start.copyTitle', { title: 'Møde' }, 'Copy of Møde'],
    ['da', 'setup.org.moved', { name: 'Café Nord', position: 2 }, 'Café Nord er nu nummer 2.'],
    ['da', 'problem.name-too-long', { length: 81, max: 80 }, 'Navnet er for langt: 81 tegn. Højst 80 tegn.'],
    ['da', 'setup.organisations.count', { count: 0 }, '0 organisationer'],
  ] as const)('%s %s fills %j', (language, key, params, expected) => {
    expect(translate(language, key, params)).toBe(expected);
  });

  it('fills every occurrence of a placeholder', () => {
    const key = daKeys.find((candidate) => placeholders(da[candidate]).length > 0);
    expect(key).toBeDefined();
    if (!key) return;
    const params = Object.fromEntries(placeholders(da[key]).map((name) => [name, `<${name}>`]));
    expect(translate('da', key, params)).not.toMatch(/\{\w+\}/u);
  });

  it('leaves a placeholder without a parameter as it is', () => {
    expect(translate('da', 'setup.org.moved', { name: 'Café Nord' })).toBe('Café Nord er nu nummer {position}.');
    expect(translate('da', 'start.copyTitle')).toBe('Kopi af {title}');
  });

  it('does not read placeholders out of the filled-in values', () => {
    expect(translate('da', 'start.copyTitle', { title: '{title}' })).toBe('Kopi af {title}');
    expect(translate('en', 'setup.org.moved', { name: '{position}', position: 3 })).toBe('{position} is now number 3.');
  });

  it('ignores parameters the text does not use', () => {
    expect(translate('en', 'app.redo', { name: 'x' })).toBe('Redo');
  });

  it.each(LANGUAGES)('fills every placeholder of every %s text when given all its parameters', (language) => {
    for (const key of daKeys) {
      const params = Object.fromEntries(placeholders(CATALOGUES[language][key]).map((name) => [name, 7]));
      expect(translate(language, key, params), key).not.toMatch(/\{\w+\}/u);
    }
  });
});

describe('problemText', () => {
  const cases = LANGUAGES.flatMap((language) => PROBLEM_CODES.map((code) => [language, code] as const));

  it.each(cases)('%s has a text for %s', (language, code) => {
    const text = problemText(language, { code });
    expect(text).not.toBe(`problem.${code}`);
    expect(text).not.toMatch(/^problem\./u);
    expect(text.trim().length).toBeGreaterThan(5);
    expect(text).toBe(CATALOGUES[language][`problem.${code}`]);
  });

  it('gives different texts for different problems', () => {
    for (const language of LANGUAGES) {
      const texts = PROBLEM_CODES.map((code) => problemText(language, { code }));
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('fills in the parameters', () => {
    expect(problemText('da', { code: 'name-taken', params: { name: 'Café Nord' } })).toBe(
      '"Café Nord" findes allerede. Vælg et andet navn.',
    );
    const english = problemText('en', { code: 'text-too-long', params: { max: 120, length: 130 } });
    expect(english).toContain('120');
    expect(english).toContain('130');
    expect(english).not.toMatch(/\{\w+\}/u);
  });
});
