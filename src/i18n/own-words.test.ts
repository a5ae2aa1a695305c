import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHASE_GUIDES } from '../domain/guide.ts';
import { CHECKLIST_TEXT } from '../domain/preparation.ts';
import { FORM_EXAMPLES, TRUST_BY_STATUS, TRUST_NEXT_STEP, VALUE_EXAMPLES } from '../domain/practice-examples.ts';
import { da } from './da.ts';

/**
 * The app's Danish texts are ours: no run of ten words in a row is the same as in the source documents
 * (../shared/seeds, beside the repository; skipped where they are not). Checks the message catalogue and
 * the guide's data (src/domain/guide.ts, practice-examples.ts, preparation.ts).
 */

/** Every Danish text: the catalogue's and the guide's data. */
function danishTexts(): string[] {
  const texts: string[] = Object.values(da);
  for (const guide of Object.values(PHASE_GUIDES)) {
    texts.push(guide.purpose.da, guide.time.da, ...guide.script.map((line) => line.da), ...guide.watchFor.map((line) => line.da), ...guide.tips.map((tip) => tip.text.da));
  }
  for (const example of [...Object.values(VALUE_EXAMPLES), ...Object.values(FORM_EXAMPLES)]) texts.push(example.title.da, example.text.da);
  for (const note of [...Object.values(TRUST_NEXT_STEP), ...Object.values(TRUST_BY_STATUS)]) texts.push(note.text.da);
  texts.push(...Object.values(CHECKLIST_TEXT).map((text) => text.da));
  return texts;
}

/** Lower-case words, with the PDF extraction's hyphenation at line ends joined up. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/-\s*\n\s*/gu, '')
    .split(/[^a-zæøåéü0-9]+/u)
    .filter(Boolean);
}

const RUN = 10;
const SEEDS = join(import.meta.dirname, '../../../shared/seeds');

describe.skipIf(!existsSync(SEEDS))('the app’s Danish is in our own words', () => {
  it(`shares no run of ${RUN} words with the source documents`, () => {
    const runs = new Set<string>();
    for (const file of readdirSync(SEEDS)) {
      const seedWords = words(readFileSync(join(SEEDS, file), 'utf8'));
      for (let index = 0; index + RUN <= seedWords.length; index++) runs.add(seedWords.slice(index, index + RUN).join(' '));
    }
    expect(runs.size).toBeGreaterThan(1000);
    const copied: string[] = [];
    for (const text of danishTexts()) {
      const textWords = words(text);
      for (let index = 0; index + RUN <= textWords.length; index++) {
        const run = textWords.slice(index, index + RUN).join(' ');
        if (runs.has(run)) copied.push(run);
      }
    }
    expect(copied).toEqual([]);
  });
});
