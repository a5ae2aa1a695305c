/**
 * Text as the embedded font can print it. jsPDF looks glyphs up by UTF-16 code unit and silently
 * leaves out any character its font has no glyph for (an emoji, a script DejaVu lacks), so every
 * string goes through `printableText` first: a character the font cannot draw goes to a fallback
 * (the emoji font, `emoji-print.ts`), and what that cannot draw either becomes a visible box, so
 * nothing a user typed disappears without a trace.
 */

/** What a missing character prints as (WHITE SQUARE, which DejaVu Sans has). */
export const MISSING_GLYPH = '□';

/** Whether the font has a glyph for a code point. */
export type GlyphCheck = (codePoint: number) => boolean;

/**
 * Another way to print a character (a grapheme, as its code points) the font cannot draw: the text
 * to print in its place, or null when there is none either.
 */
export type GlyphFallback = (codePoints: readonly number[]) => string | null;

/**
 * Invisible helpers that carry no letter of their own: variation selectors, joiners and direction
 * marks. They may be left out when the font lacks them — the text reads the same without them.
 */
export function isIgnorable(codePoint: number): boolean {
  return (
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069) ||
    codePoint === 0x00ad
  );
}

let segmenter: Intl.Segmenter | null = null;

/**
 * `text` with every character the font cannot draw replaced by `MISSING_GLYPH`, one box per
 * character as a reader counts them (an emoji made of several code points, or a flag, is one box).
 * Characters outside the Basic Multilingual Plane always count as missing: jsPDF cannot encode
 * them. A character the font cannot draw is first offered to `fallback`. Line breaks and tabs
 * become spaces (a line of print is laid out by the builder, not by the text); invisible helpers
 * the font lacks are left out.
 */
export function printableText(text: string, hasGlyph: GlyphCheck, fallback?: GlyphFallback): string {
  if (isAllDrawable(text, hasGlyph)) return text;
  segmenter ??= new Intl.Segmenter('da', { granularity: 'grapheme' });
  let result = '';
  for (const { segment } of segmenter.segment(text.replace(/[\t\n\r\v\f\u2028\u2029]+/gu, ' '))) {
    const codePoints = [...segment].map((character) => character.codePointAt(0) ?? 0);
    const visible = codePoints.filter((codePoint) => !isIgnorable(codePoint) || hasGlyph(codePoint));
    const isDrawable = visible.every((codePoint) => codePoint <= 0xffff && hasGlyph(codePoint));
    if (!isDrawable) result += fallback?.(codePoints) ?? MISSING_GLYPH;
    else result += String.fromCodePoint(...visible);
  }
  return result;
}

/** The common case, checked without splitting into characters: every code unit a drawable BMP character. */
function isAllDrawable(text: string, hasGlyph: GlyphCheck): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || (code >= 0xd800 && code <= 0xdfff) || isIgnorable(code) || !hasGlyph(code)) return false;
  }
  return true;
}
