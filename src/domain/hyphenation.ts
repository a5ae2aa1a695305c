import createHyphenator, { type HyphenationFunctionSync } from 'hyphen';
import danishPatterns from 'hyphen/patterns/da.js';
import { SOFT_HYPHEN, withoutSoftHyphens } from './line-breaking.ts';

/*
 * Danish hyphenation for the names on the board, in the trays, in Det fælles billede and in the network
 * picture: value names, organisation names and custom values. Browsers cannot be trusted to do it:
 * `hyphens: auto` hyphenates Danish only where the system has a Danish dictionary (not Chromium on
 * Linux, and Safari only for the languages iPadOS ships), and SVG text is never hyphenated. So the text
 * itself carries the break points, as soft hyphens, from TeX's Danish patterns (the `hyphen` package).
 * The patterns are about 18 kB: import this module only from what loads with the board (lazily).
 */

const patternHyphenate = createHyphenator(danishPatterns, { hyphenChar: SOFT_HYPHEN }) as HyphenationFunctionSync;

/** Letters the Danish patterns do not know, read as the nearest letter they do (one for one, so positions carry over). */
const FOLDED: Readonly<Record<string, string>> = {
  á: 'a', à: 'a', â: 'a', ä: 'æ', é: 'e', è: 'e', ê: 'e', ë: 'e', í: 'i', ì: 'i', î: 'i', ï: 'i',
  ó: 'o', ò: 'o', ô: 'o', ö: 'ø', ú: 'u', ù: 'u', û: 'u', ü: 'y', ý: 'y', ñ: 'n', ç: 'c',
};
const VOWELS = new Set('aeiouyæøå');
/** Danish typesetting leaves at least two letters before and after a hyphen. */
const EDGE_MIN = 2;
const CACHE_LIMIT = 2_000;
const cache = new Map<string, string>();

/**
 * `text` with a soft hyphen (U+00AD) at each place a Danish word may be hyphenated; otherwise unchanged
 * (what was there in the way of soft hyphens is replaced). A break never leaves a part without a vowel
 * ("mål-grup-pe", not "må-l-grup-pe") or fewer than two letters at either end of a word.
 */
export function hyphenate(text: string): string {
  const known = cache.get(text);
  if (known !== undefined) return known;
  const plain = withoutSoftHyphens(text).normalize('NFC');
  const result = plain.replace(/\p{L}{5,}/gu, hyphenateWord);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, result);
  return result;
}

function hyphenateWord(word: string): string {
  const letters = [...word];
  const folded = letters.map((letter) => {
    const lower = letter.toLocaleLowerCase('da');
    return FOLDED[lower] ?? lower;
  });
  // Where the patterns break the folded word, counted in letters.
  const breaks: number[] = [];
  let index = 0;
  for (const character of patternHyphenate(folded.join(''))) {
    if (character === SOFT_HYPHEN) breaks.push(index);
    else index++;
  }
  const kept = keepDanishBreaks(folded, breaks);
  if (kept.length === 0) return word;
  const parts: string[] = [];
  let from = 0;
  for (const at of kept) {
    parts.push(letters.slice(from, at).join(''));
    from = at;
  }
  parts.push(letters.slice(from).join(''));
  return parts.join(SOFT_HYPHEN);
}

/** The breaks that leave two letters at each end and a vowel in every part; a part without one joins the part before. */
function keepDanishBreaks(letters: readonly string[], breaks: readonly number[]): number[] {
  const hasVowel = (from: number, to: number) => letters.slice(from, to).some((letter) => VOWELS.has(letter));
  const kept: number[] = [];
  const candidates = breaks.filter((at) => at >= EDGE_MIN && at <= letters.length - EDGE_MIN);
  for (const [position, at] of candidates.entries()) {
    const from = kept.at(-1) ?? 0;
    const next = candidates[position + 1] ?? letters.length;
    // Keep the break only if the part before it and the part after it (up to the next break) both have a vowel.
    if (hasVowel(from, at) && hasVowel(at, next)) kept.push(at);
  }
  // A last part without a vowel: drop the break before it.
  const last = kept.at(-1);
  if (last !== undefined && !hasVowel(last, letters.length)) kept.pop();
  return kept;
}

/**
 * Like `hyphenate`, but only the words `needsBreaks` picks get break points (those too wide for their
 * line): a word that fits its line is never hyphenated just to fill the line before.
 */
export function hyphenateWords(text: string, needsBreaks: (word: string) => boolean): string {
  return text
    .split(/(\s+)/u)
    .map((word) => (/\s/u.test(word) || !needsBreaks(withoutSoftHyphens(word)) ? withoutSoftHyphens(word) : hyphenate(word)))
    .join('');
}
