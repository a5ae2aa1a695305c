import { describe, expect, it } from 'vitest';
import { emojiPieces, fullCharacterMap, pdfTextString, visualRuns, type BidiReorder } from './emoji-print.ts';
import { loadNodeFonts } from './node-fonts.ts';
import { mayNeedEmojiFont } from './print-fonts.ts';

/** A text font with Latin-1 only; an emoji font with the pictographs below, the regional indicators and nothing else. */
const latin = (codePoint: number) => codePoint <= 0xff;
const EMOJI = new Set([0x1f370, 0x1f91d, 0x1f468, 0x1f469, 0x1f467, 0x1f44d, 0x1f1e9, 0x1f1f0, 0x2615]);
const emoji = (codePoint: number) => EMOJI.has(codePoint);
const points = (text: string) => [...text].map((character) => character.codePointAt(0) ?? 0);

describe('emojiPieces', () => {
  it.each([
    ['🍰', [{ font: 'emoji', codePoint: 0x1f370, actual: '🍰' }]],
    // A BMP emoji the text font lacks, with its variation selector kept for reading back.
    ['☕\ufe0f', [{ font: 'emoji', codePoint: 0x2615, actual: '☕\ufe0f' }]],
    // A skin tone goes with the hand it colours; it is not drawn on its own.
    ['👍🏽', [{ font: 'emoji', codePoint: 0x1f44d, actual: '👍🏽' }]],
    // A family is drawn as its people, each with its joiner, so it reads back as typed.
    [
      '👨‍👩‍👧',
      [
        { font: 'emoji', codePoint: 0x1f468, actual: '👨\u200d' },
        { font: 'emoji', codePoint: 0x1f469, actual: '👩\u200d' },
        { font: 'emoji', codePoint: 0x1f467, actual: '👧' },
      ],
    ],
    [
      '🇩🇰',
      [
        { font: 'emoji', codePoint: 0x1f1e9, actual: '🇩' },
        { font: 'emoji', codePoint: 0x1f1f0, actual: '🇰' },
      ],
    ],
    // A letter the text font has stays with it (a keycap: the digit, and the cap the emoji font lacks).
    ['1\ufe0f\u20e3', null],
    // A character neither font has.
    ['漢', null],
  ] as const)('%j → %j', (grapheme, expected) => {
    expect(emojiPieces(points(grapheme), latin, emoji)).toEqual(expected);
  });
});

describe('fullCharacterMap', () => {
  it('reads the emoji outside the Basic Multilingual Plane from Noto Emoji', () => {
    const emojiFont = loadNodeFonts().emoji;
    if (!emojiFont) throw new Error('the Node fonts include Noto Emoji');
    const map = fullCharacterMap(emojiFont);
    for (const character of ['🍰', '🤝', '😀', '🎉', '🇩', '☕']) expect(map.get(character.codePointAt(0) ?? 0) ?? 0).toBeGreaterThan(0);
    expect(map.get(0x6f22)).toBeUndefined();
  });

  it('is empty for bytes without a full character map', () => {
    const latinOnly = loadNodeFonts().regular;
    expect(fullCharacterMap(new Uint8Array(16)).size).toBe(0);
    // DejaVu Sans has a 32-bit map too (its mathematical letters): it is read the same way.
    expect(fullCharacterMap(latinOnly).get(0x41)).toBeGreaterThan(0);
  });
});

describe('pdfTextString', () => {
  it('writes UTF-16BE with a byte-order mark, surrogate pairs for emoji', () => {
    expect(pdfTextString('🍰')).toBe('<FEFFD83CDF70>');
    expect(pdfTextString('Æ')).toBe('<FEFF00C6>');
  });
});

describe('mayNeedEmojiFont', () => {
  it.each([
    [{ name: 'Børnehuset Åkanden' }, false],
    [{ name: 'جمعية الحي שלום' }, false],
    [{ name: 'Café «Ø» & Co. 🍰' }, true],
    [{ deep: [{ example: 'Vi ☕ sammen' }] }, true],
    [{ name: 'Flag 🇩🇰' }, true],
  ])('%j → %s', (data, expected) => {
    expect(mayNeedEmojiFont(data)).toBe(expected);
  });
});

describe('visualRuns', () => {
  /** A stand-in for the bidi algorithm: a line with an upper-case ("right-to-left") letter in it is reversed whole. */
  const reorder: BidiReorder = (text, map) => {
    const order = text.split('').map((_, index) => index);
    if (/[A-Z]/u.test(text)) order.reverse();
    map.splice(0, map.length, ...order);
    return order.map((index) => text.charAt(index)).join('');
  };
  const isToken = (character: string) => character === '#' || character === '%';

  it.each([
    ['abc # def', ['abc ', '#', ' def']],
    // A right-to-left phrase with an emoji inside keeps its words in order around it.
    ['AB # CD', ['DC ', '#', ' BA']],
    ['x ##', ['x ', '#', '#']],
    ['ab #% cd', ['ab ', '#', '%', ' cd']],
    // Reversed, the tokens change places with the text around them, and each stays itself.
    ['AB #% CD', ['DC ', '%', '#', ' BA']],
  ])('%j → %j', (text, expected) => {
    expect(visualRuns(text, isToken, reorder)).toEqual(expected);
  });
});
