import { describe, expect, it } from 'vitest';
import { MISSING_GLYPH, printableText } from './printable-text.ts';

/** A font that has Latin-1, Hebrew, the white square and the zero-width joiner, nothing else. */
const latinAndHebrew = (codePoint: number) =>
  codePoint <= 0xff || (codePoint >= 0x0590 && codePoint <= 0x05ff) || codePoint === 0x25a1 || codePoint === 0x200d;

describe('printableText', () => {
  it.each([
    ['Blåbærgrød ÆØÅ', 'Blåbærgrød ÆØÅ'],
    ['Café 😀 og mere', `Café ${MISSING_GLYPH} og mere`],
    // A family emoji (four people joined by ZWJ) is one character to a reader: one box.
    ['Familie 👨‍👩‍👧‍👦!', `Familie ${MISSING_GLYPH}!`],
    // A flag is two regional indicators: still one box.
    ['Flag 🇩🇰', `Flag ${MISSING_GLYPH}`],
    // A BMP character the font lacks (CJK) is boxed too.
    ['漢字', `${MISSING_GLYPH}${MISSING_GLYPH}`],
    ['שלום עולם', 'שלום עולם'],
    ['<b>fed</b> & "citat"', '<b>fed</b> & "citat"'],
    ['linje 1\nlinje 2\tfane', 'linje 1 linje 2 fane'],
    // A variation selector the font lacks is invisible and left out; the heart it follows is drawn if the font has it.
    ['\u00e6\ufe0f', 'æ'],
    ['', ''],
  ])('%j prints as %j', (text, expected) => {
    expect(printableText(text, latinAndHebrew)).toBe(expected);
  });

  it('never makes text shorter than the characters a reader counts', () => {
    const text = 'Vi 🤝 deler 🏠 og 🍎 med 👩🏽‍🍳';
    const printed = printableText(text, latinAndHebrew);
    expect([...new Intl.Segmenter('da', { granularity: 'grapheme' }).segment(printed)]).toHaveLength(
      [...new Intl.Segmenter('da', { granularity: 'grapheme' }).segment(text)].length,
    );
    expect(printed).toBe(`Vi ${MISSING_GLYPH} deler ${MISSING_GLYPH} og ${MISSING_GLYPH} med ${MISSING_GLYPH}`);
  });

  it('offers what the font cannot draw to a fallback, and boxes what the fallback cannot draw either', () => {
    const fallback = (codePoints: readonly number[]) => (codePoints[0] === 0x1f370 ? '<kage>' : null);
    expect(printableText('Café 🍰 og 😀', latinAndHebrew, fallback)).toBe(`Café <kage> og ${MISSING_GLYPH}`);
  });

  it('boxes characters outside the Basic Multilingual Plane even if the font claims them', () => {
    expect(printableText('𝐀', () => true)).toBe(MISSING_GLYPH);
  });
});
