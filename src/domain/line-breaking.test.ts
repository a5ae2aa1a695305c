import { describe, expect, it } from 'vitest';
import { fillLines, SOFT_HYPHEN, splitWord, visibleLength, withoutSoftHyphens, wrapWords } from './line-breaking.ts';

/** Writes soft hyphens as "·" in test tables. */
const shy = (text: string) => text.replaceAll('·', SOFT_HYPHEN);

describe('splitWord', () => {
  it.each([
    { word: 'sam·ar·bejds·grund·lag', max: 12, parts: ['samarbejds-', 'grundlag'] },
    { word: 'sam·ar·bejds·grund·lag', max: 18, parts: ['samarbejdsgrundlag'] },
    { word: 'sam·ar·bejds·grund·lag', max: 6, parts: ['samar-', 'bejds-', 'grund-', 'lag'] },
    // A syllable longer than a line stands alone; nothing is cut.
    { word: 'sam·ar·bejds·grund·lag', max: 3, parts: ['sam-', 'ar-', 'bejds-', 'grund-', 'lag'] },
    { word: 'samarbejdsgrundlag', max: 6, parts: ['samarbejdsgrundlag'] },
  ])('$word in parts of at most $max', ({ word, max, parts }) => {
    expect(splitWord(shy(word), max)).toEqual(parts);
  });

  it('measures with the given function (a wide letter counts for more)', () => {
    const width = (part: string) => [...part].reduce((sum, letter) => sum + (letter === 'm' ? 2 : 1), 0);
    expect(splitWord(shy('mam·ma·mi·a'), 6, width)).toEqual(['mam-', 'ma-', 'mia']);
  });
});

describe('wrapWords', () => {
  it.each([
    { text: 'Stær·ke·re sam·ar·bejds·grund·lag', max: 12, lines: ['Stærkere', 'samarbejds-', 'grundlag'] },
    { text: 'Stær·ke·re sam·ar·bejds·grund·lag', max: 30, lines: ['Stærkere samarbejdsgrundlag'] },
    { text: 'Bre·de·re mål·grup·pe', max: 9, lines: ['Bredere', 'målgruppe'] },
    // A word that fits a line is never hyphenated, even if a part of it would fit the line before.
    { text: 'Ad·gang til fle·re res·sour·cer', max: 12, lines: ['Adgang til', 'flere', 'ressourcer'] },
    // The last part of a split word may share its line with the next word; a hard hyphen is kept as typed.
    { text: 'Af·de·lings·be·sty·rel·sen i Blok Æ', max: 12, lines: ['Afdelings-', 'bestyrelsen', 'i Blok Æ'] },
    { text: 'Sund·heds- og om·sorgs·for·valt·ning', max: 14, lines: ['Sundheds- og', 'omsorgs-', 'forvaltning'] },
    { text: '  Café   Nord ', max: 20, lines: ['Café Nord'] },
    { text: '', max: 10, lines: [] },
  ])('"$text" at $max', ({ text, max, lines }) => {
    const wrapped = wrapWords(shy(text), max);
    expect(wrapped).toEqual(lines);
    // No soft hyphen is left; joined again (hyphens at line ends closed up) the text is all there.
    expect(wrapped.join('\n')).not.toContain(SOFT_HYPHEN);
  });
});

describe('fillLines', () => {
  it.each([
    // A broken word's first part finishes the line before it, as a typesetter sets it.
    { text: 'Stær·ke·re sam·ar·bejds·grund·lag', max: 15, lines: ['Stærkere samar-', 'bejdsgrundlag'] },
    { text: 'Stær·ke·re sam·ar·bejds·grund·lag', max: 30, lines: ['Stærkere samarbejdsgrundlag'] },
    { text: 'Stær·ke·re sam·ar·bejds·grund·lag', max: 9, lines: ['Stærkere', 'samar-', 'bejds-', 'grundlag'] },
    { text: 'Bre·de·re mål·grup·pe', max: 9, lines: ['Bredere', 'målgruppe'] },
    // A word that fits the line is whole; no letter is lost when a syllable is longer than a line.
    { text: 'Tryghed', max: 3, lines: ['Tryghed'] },
    { text: 'sam·ar·bejds', max: 3, lines: ['sam-', 'ar-', 'bejds'] },
  ])('"$text" at $max: $lines', ({ text, max, lines }) => {
    expect(fillLines(shy(text), max)).toEqual(lines);
  });
});

describe('visibleLength and withoutSoftHyphens', () => {
  it('count and keep what a person sees', () => {
    expect(visibleLength(shy('Nør·re·par·ken'))).toBe(11);
    expect(withoutSoftHyphens(shy('Nør·re·par·ken'))).toBe('Nørreparken');
  });
});
