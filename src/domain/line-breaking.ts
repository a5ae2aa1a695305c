/**
 * Breaking names onto lines where Danish breaks them: at spaces, and inside a word only where it may be
 * hyphenated. The break points inside words are soft hyphens (U+00AD), put in by `hyphenate()`
 * (hyphenation.ts) or known beforehand; this module only reads them, so it stays small enough for
 * every screen. A line broken inside a word ends with a visible hyphen; no other soft hyphen is left
 * in the lines.
 */

/** An invisible break point inside a word: a browser shows it as a hyphen only where it breaks a line. */
export const SOFT_HYPHEN = '\u00AD';

/** `text` without its soft hyphens: what it says. */
export function withoutSoftHyphens(text: string): string {
  return text.replaceAll(SOFT_HYPHEN, '');
}

/** The number of characters a person sees (code points, soft hyphens left out). */
export function visibleLength(text: string): number {
  let count = 0;
  for (const character of text) if (character !== SOFT_HYPHEN) count++;
  return count;
}

/**
 * Splits one word at its soft hyphens into the fewest parts that are each at most `maxLength` long
 * (`length` measures a part; a hyphen ends every part but the last), and of those the most even
 * split, so "samar­bejds­grund­lag" becomes "samarbejds-", "grundlag" rather than "samarbejdsgrund-",
 * "lag". A syllable longer than a line gets a part of its own. A word without soft hyphens is one part.
 */
export function splitWord(word: string, maxLength: number, length: (part: string) => number = visibleLength): string[] {
  const syllables = word.split(SOFT_HYPHEN).filter((syllable) => syllable !== '');
  if (syllables.length <= 1) return [withoutSoftHyphens(word)];
  const part = (from: number, to: number) => syllables.slice(from, to).join('') + (to < syllables.length ? '-' : '');
  // best[i]: the best split of the syllables from i to the end, as [parts, longest part, cuts].
  const best: { parts: number; longest: number; cuts: number[] }[] = [];
  best[syllables.length] = { parts: 0, longest: 0, cuts: [] };
  for (let from = syllables.length - 1; from >= 0; from--) {
    let chosen: { parts: number; longest: number; cuts: number[] } | null = null;
    for (let to = from + 1; to <= syllables.length; to++) {
      const size = length(part(from, to));
      // A part longer than a line is allowed only as a single syllable (it cannot be split further).
      if (size > maxLength && to > from + 1) continue;
      const rest = best[to];
      if (!rest) continue;
      const candidate = { parts: rest.parts + 1, longest: Math.max(size, rest.longest), cuts: [to, ...rest.cuts] };
      if (!chosen || candidate.parts < chosen.parts || (candidate.parts === chosen.parts && candidate.longest < chosen.longest)) chosen = candidate;
    }
    best[from] = chosen ?? { parts: Infinity, longest: Infinity, cuts: [] };
  }
  const cuts = best[0]?.cuts ?? [];
  const parts: string[] = [];
  let from = 0;
  for (const to of cuts) {
    parts.push(part(from, to));
    from = to;
  }
  return parts;
}

/**
 * Breaks `text` into lines of at most `maxLength` (measured by `length`): at spaces, and inside a word
 * only when the word is longer than a line, at its soft hyphens (`splitWord`). A word that cannot be
 * split gets a line of its own, never cut, so no letter is lost.
 */
export function wrapWords(text: string, maxLength: number, length: (part: string) => number = visibleLength): string[] {
  const tokens = text
    .split(/\s+/u)
    .filter((word) => withoutSoftHyphens(word) !== '')
    .flatMap((word) => {
      const whole = withoutSoftHyphens(word);
      const parts = length(whole) > maxLength ? splitWord(word, maxLength, length) : [whole];
      // Only the last part of a split word may share its line with the next word.
      return parts.map((part, index) => ({ part, isEndOfLine: index < parts.length - 1 }));
    });
  const lines: string[] = [];
  let line = '';
  let isLineClosed = false;
  for (const { part, isEndOfLine } of tokens) {
    if (line === '') line = part;
    else if (!isLineClosed && length(`${line} ${part}`) <= maxLength) line = `${line} ${part}`;
    else {
      lines.push(line);
      line = part;
    }
    isLineClosed = isEndOfLine;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Breaks `text` into lines of at most `maxLength` as a typesetter fills them: word by word, and where a
 * word does not fit on the line, as much of it as does (up to a soft hyphen, with a hyphen) ends the
 * line and the rest starts the next ("Stærkere sam-", "arbejdsgrundlag"). A syllable longer than a line
 * gets a line of its own, never cut, so no letter is lost. `wrapWords` instead keeps a broken word's
 * parts on lines of their own; a label tries both.
 */
export function fillLines(text: string, maxLength: number, length: (part: string) => number = visibleLength): string[] {
  const lines: string[] = [];
  let line = '';
  const joined = (part: string) => (line === '' ? part : `${line} ${part}`);
  for (const word of text.split(/\s+/u).filter((candidate) => withoutSoftHyphens(candidate) !== '')) {
    let syllables = word.split(SOFT_HYPHEN).filter((syllable) => syllable !== '');
    while (syllables.length > 0) {
      const whole = syllables.join('');
      if (length(joined(whole)) <= maxLength) {
        line = joined(whole);
        syllables = [];
        break;
      }
      // The most syllables that fit on this line, with a hyphen after them.
      let taken = 0;
      for (let count = syllables.length - 1; count >= 1; count--) {
        if (length(joined(`${syllables.slice(0, count).join('')}-`)) <= maxLength) {
          taken = count;
          break;
        }
      }
      if (taken > 0) {
        lines.push(joined(`${syllables.slice(0, taken).join('')}-`));
        line = '';
        syllables = syllables.slice(taken);
      } else if (line !== '') {
        lines.push(line);
        line = '';
      } else {
        // Not even one syllable fits an empty line: it gets the line to itself.
        const [first = '', ...rest] = syllables;
        line = rest.length > 0 ? `${first}-` : first;
        if (rest.length > 0) {
          lines.push(line);
          line = '';
        }
        syllables = rest;
      }
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
