import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTOR_TYPE_IDS } from '../domain/actor-type.ts';
import { AGREEMENT_STATUSES, COLLABORATION_FORMS } from '../domain/agreement.ts';
import { CARD_KINDS, CARD_SIDES } from '../domain/offer-need.ts';
import { PHASE_IDS } from '../domain/phase.ts';
import { CORE_VALUE_IDS } from '../domain/value.ts';
import { da } from './da.ts';
import { en } from './en.ts';

/*
 * docs/glossary.md is the one list of the app's terms in Danish and English. The terms tied to ids come
 * from src/domain/ (not written twice here): every id has a row, and the row says exactly what each
 * catalogue says.
 */

const GLOSSARY = readFileSync(new URL('../../docs/glossary.md', import.meta.url), 'utf8');
const DA: Record<string, string> = da;
const EN: Record<string, string> = en;

const GROUPS: [string, readonly string[], (id: string) => string][] = [
  ['Phases', PHASE_IDS, (id) => `phase.${id}`],
  ['Values', CORE_VALUE_IDS, (id) => `value.${id}.name`],
  ['Actor types', ACTOR_TYPE_IDS, (id) => `actor.${id}`],
  ['Collaboration forms', COLLABORATION_FORMS, (id) => `agreements.form.${id}`],
  ['Card sides', CARD_SIDES, (id) => `collaboration.side.${id}`],
  ['Card kinds', CARD_KINDS, (id) => `collaboration.kind.${id}`],
  ['Agreement statuses', AGREEMENT_STATUSES, (id) => `agreements.status.${id}`],
];

/** The rows of the table under `### <heading>`, as cells. */
function rows(heading: string): string[][] {
  const start = GLOSSARY.indexOf(`\n### ${heading}\n`);
  if (start === -1) return [];
  const section = GLOSSARY.slice(start + 1).split(/\n#{2,3} /u)[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| id ') && !line.startsWith('| ---'))
    .map((line) => line.slice(1, -1).split(' | ').map((cell) => cell.trim()));
}

/** The word table of "Words the texts use". */
function words(): string[][] {
  const start = GLOSSARY.indexOf('\n## Words the texts use\n');
  const section = GLOSSARY.slice(start + 1).split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| Dansk ') && !line.startsWith('| ---'))
    .map((line) => line.slice(1, -1).split(' | ').map((cell) => cell.trim()));
}

describe('the glossary (docs/glossary.md)', () => {
  it.each(GROUPS)('lists every id of %s, in the domain’s order, with the catalogues’ exact terms', (heading, ids, key) => {
    const table = rows(heading);
    expect(table.map(([id]) => id?.replaceAll('`', ''))).toEqual([...ids]);
    for (const [index, id] of ids.entries()) {
      expect(table[index]?.[1], `${id} in Danish`).toBe(DA[key(id)]);
      expect(table[index]?.[2], `${id} in English`).toBe(EN[key(id)]);
    }
  });

  it('has no English text that still uses a Danish term (except in the brackets kept on purpose)', () => {
    const danishOnly = GROUPS.flatMap(([, ids, key]) => ids.map((id): [string, string] => [DA[key(id)] ?? '', EN[key(id)] ?? ''])).filter(
      ([danish, english]) => danish !== '' && !english.includes(danish),
    );
    const leftovers = Object.entries(EN).flatMap(([textKey, text]) =>
      danishOnly.filter(([danish]) => new RegExp(`(^|[^\\p{L}])${danish}($|[^\\p{L}])`, 'u').test(text)).map(([danish]) => `${textKey}: ${danish}`),
    );
    expect(leftovers).toEqual([]);
  });

  it('lists words each catalogue really uses', () => {
    const table = words();
    expect(table.length).toBeGreaterThan(10);
    const danishTexts = Object.values(DA).join('\n').toLocaleLowerCase('da');
    const englishTexts = Object.values(EN).join('\n').toLocaleLowerCase('en');
    for (const [danish, english] of table) {
      expect(danishTexts, `Danish "${danish}"`).toContain(danish?.toLocaleLowerCase('da'));
      expect(englishTexts, `English "${english}"`).toContain(english?.toLocaleLowerCase('en'));
    }
  });
});
