import type { jsPDF } from 'jspdf';
import { fontFile } from './print-fonts.ts';
import { isIgnorable, type GlyphCheck } from './printable-text.ts';

/**
 * Emoji on paper. DejaVu Sans has no emoji, and jsPDF can neither fall back from one font to another
 * nor encode a character outside the Basic Multilingual Plane (where nearly all emoji are). So an
 * emoji goes into the text as a stand-in: a private-use character (a "token") that the text fonts
 * measure as one em of room and that the emoji font (Noto Emoji, monochrome) draws as the emoji's
 * glyph. `PdfWriter` draws a line's tokens with the emoji font, each inside a marked-content span
 * whose ActualText is what the person typed, so copying or extracting the text gives the emoji back.
 * The emoji font is registered with a document only when its first emoji is met; jsPDF embeds only
 * the glyphs used.
 */

export const EMOJI_FAMILY = 'NotoEmoji';

/** One part of a grapheme as printed: text the main font draws, or a code point the emoji font draws. */
export type EmojiPiece = { font: 'main'; text: string } | { font: 'emoji'; codePoint: number; actual: string };

/** Skin-tone modifiers and tag characters: they change the emoji before them, and are not drawn alone. */
function isModifier(codePoint: number): boolean {
  return (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) || (codePoint >= 0xe0020 && codePoint <= 0xe007f);
}

/**
 * How a grapheme the main font cannot draw prints with the emoji font's help, or null when some
 * visible part of it is in neither font. Each visible code point is drawn by the main font if it has
 * it, else by the emoji font; the invisible parts after an emoji (joiner, variation selector, skin
 * tone) go with it into its `actual` text, so nothing typed is lost when the text is read back. The
 * emoji font draws no joined forms: a family (people joined by ZWJ) prints as its people, a flag as
 * its two letters.
 */
export function emojiPieces(codePoints: readonly number[], hasMain: GlyphCheck, hasEmoji: GlyphCheck): EmojiPiece[] | null {
  const pieces: EmojiPiece[] = [];
  for (const codePoint of codePoints) {
    const last = pieces.at(-1);
    const isQuiet = isIgnorable(codePoint) || isModifier(codePoint);
    if (isQuiet && last?.font === 'emoji') {
      last.actual += String.fromCodePoint(codePoint);
    } else if (codePoint <= 0xffff && hasMain(codePoint)) {
      pieces.push({ font: 'main', text: String.fromCodePoint(codePoint) });
    } else if (hasEmoji(codePoint)) {
      pieces.push({ font: 'emoji', codePoint, actual: String.fromCodePoint(codePoint) });
    } else if (!isIgnorable(codePoint)) {
      return null;
    }
  }
  return pieces.length === 0 ? null : pieces;
}

/** A TrueType font's table, by its tag. */
function table(view: DataView, tag: string): { offset: number; length: number } | null {
  const count = view.getUint16(4);
  for (let index = 0; index < count; index++) {
    const record = 12 + index * 16;
    const name = String.fromCharCode(view.getUint8(record), view.getUint8(record + 1), view.getUint8(record + 2), view.getUint8(record + 3));
    if (name === tag) return { offset: view.getUint32(record + 8), length: view.getUint32(record + 12) };
  }
  return null;
}

/**
 * The font's full Unicode character map (cmap format 12, platform 3 or 0), as code point → glyph id.
 * jsPDF reads only the 16-bit map (format 4), which cannot hold the emoji outside the BMP.
 */
export function fullCharacterMap(bytes: Uint8Array): Map<number, number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const map = new Map<number, number>();
  const cmap = table(view, 'cmap');
  if (!cmap) return map;
  const subtables = view.getUint16(cmap.offset + 2);
  for (let index = 0; index < subtables; index++) {
    const record = cmap.offset + 4 + index * 8;
    const platform = view.getUint16(record);
    const start = cmap.offset + view.getUint32(record + 4);
    if ((platform !== 0 && platform !== 3) || view.getUint16(start) !== 12) continue;
    const groups = view.getUint32(start + 12);
    for (let group = 0; group < groups; group++) {
      const at = start + 16 + group * 12;
      const first = view.getUint32(at);
      const last = view.getUint32(at + 4);
      const glyph = view.getUint32(at + 8);
      for (let codePoint = first; codePoint <= last; codePoint++) map.set(codePoint, glyph + codePoint - first);
    }
    return map;
  }
  return map;
}

/** jsPDF's parsed TrueType font, as far as it is used here; not in its type declarations, so checked at run time. */
export interface ParsedFont {
  metadata: {
    characterToGlyph(codePoint: number): number;
    widthOfGlyph(glyph: number): number;
    cmap: { unicode: { codeMap: Record<number, number> } };
  };
}

export function isParsedFont(font: unknown): font is ParsedFont {
  if (typeof font !== 'object' || font === null || !('metadata' in font)) return false;
  const { metadata } = font;
  return (
    typeof metadata === 'object' &&
    metadata !== null &&
    'characterToGlyph' in metadata &&
    typeof metadata.characterToGlyph === 'function' &&
    'widthOfGlyph' in metadata &&
    'cmap' in metadata
  );
}

/** The parsed font jsPDF has for `family`/`style` (selecting it on the way: callers restore their own). */
export function parsedFont(doc: jsPDF, family: string, style: string): ParsedFont {
  doc.setFont(family, style);
  const font: unknown = doc.getFont();
  if (!isParsedFont(font)) throw new Error(`jsPDF did not parse the embedded font ${family} ${style}`);
  return font;
}

const PRIVATE_USE_FIRST = 0xe000;
const PRIVATE_USE_LAST = 0xf8ff;
const EM_SPACE = 0x2003;

/** The emoji of one document: registers the emoji font on first use and hands out tokens. */
export class EmojiPrinter {
  private font: ParsedFont | null = null;
  private characterMap: Map<number, number> | null = null;
  private readonly tokens = new Map<string, string>();
  private readonly actuals = new Map<string, string>();
  private next = PRIVATE_USE_FIRST;

  constructor(
    private readonly doc: jsPDF,
    private readonly bytes: Uint8Array,
    /** The text fonts, whose character maps learn each token (as an em space's glyph, for measuring). */
    private readonly textFonts: readonly ParsedFont[],
  ) {}

  /** The emoji font as registered with the document (on first use; the current font stays selected). */
  private registered(): ParsedFont {
    if (this.font) return this.font;
    const { fontName, fontStyle } = this.doc.getFont();
    this.doc.addFileToVFS('NotoEmoji.ttf', fontFile(this.bytes));
    this.doc.addFont('NotoEmoji.ttf', EMOJI_FAMILY, 'normal', undefined, 'Identity-H');
    this.font = parsedFont(this.doc, EMOJI_FAMILY, 'normal');
    this.doc.setFont(fontName, fontStyle);
    return this.font;
  }

  private glyphOf(codePoint: number): number {
    this.characterMap ??= fullCharacterMap(this.bytes);
    return this.characterMap.get(codePoint) ?? 0;
  }

  /** Whether the emoji font has a glyph for `codePoint`. */
  has(codePoint: number): boolean {
    return this.glyphOf(codePoint) > 0;
  }

  /** The stand-in for an emoji code point whose typed text (with its joiners and modifiers) is `actual`. */
  token(codePoint: number, actual: string): string {
    const known = this.tokens.get(actual);
    if (known !== undefined) return known;
    const font = this.registered();
    const glyph = this.glyphOf(codePoint);
    const isTaken = (code: number) => font.metadata.characterToGlyph(code) > 0 || this.textFonts.some((text) => text.metadata.characterToGlyph(code) > 0);
    while (this.next <= PRIVATE_USE_LAST && isTaken(this.next)) this.next++;
    if (this.next > PRIVATE_USE_LAST) return '';
    const code = this.next++;
    const token = String.fromCharCode(code);
    font.metadata.cmap.unicode.codeMap[code] = glyph;
    for (const text of this.textFonts) text.metadata.cmap.unicode.codeMap[code] = text.metadata.characterToGlyph(EM_SPACE);
    this.tokens.set(actual, token);
    this.actuals.set(token, actual);
    return token;
  }

  /** What a token stands for, or undefined for any other character. */
  actualOf(character: string): string | undefined {
    return this.actuals.get(character);
  }

  /** Whether `text` has any token in it. */
  hasTokens(text: string): boolean {
    if (this.actuals.size === 0) return false;
    for (const character of text) if (this.actuals.has(character)) return true;
    return false;
  }

  /** How much smaller than the text the emoji font is set, so that its glyph fills the em of room. */
  scaleFor(token: string): number {
    const font = this.registered();
    const advance = font.metadata.widthOfGlyph(font.metadata.characterToGlyph(token.charCodeAt(0)));
    // Noto Emoji leaves a wide side bearing: a tenth more than the advance allows still keeps the ink inside its em.
    return advance > 0 ? Math.min(1, 1100 / advance) : 1;
  }
}

/** Reorders logical text into display order, filling `targetToSource` with where each display character came from. */
export type BidiReorder = (text: string, targetToSource: number[]) => string;

const EM_SPACE_CHARACTER = '\u2003';

/**
 * A line with emoji stand-ins as it is drawn from left to right: runs of text in display order (to be
 * drawn without reordering) and the tokens between them. The line is reordered as a whole, each token
 * standing in as an em space (a neutral, as an emoji is), so the words of a right-to-left phrase with an
 * emoji in it keep their order around it; then each token is put back where its em space went.
 */
export function visualRuns(text: string, isToken: (character: string) => boolean, reorder: BidiReorder): string[] {
  const characters = text.split('');
  const map: number[] = [];
  const display = reorder(characters.map((character) => (isToken(character) ? EM_SPACE_CHARACTER : character)).join(''), map).split('');
  const visual = display.map((character, index) => {
    const source = characters[map[index] ?? -1];
    return source !== undefined && isToken(source) ? source : character;
  });
  const runs: string[] = [];
  for (const character of visual) {
    const last = runs.at(-1);
    if (last !== undefined && !isToken(character) && !isToken(last.charAt(0))) runs[runs.length - 1] = last + character;
    else runs.push(character);
  }
  return runs;
}

/** `text` as a PDF hex string in UTF-16BE with a byte-order mark, as ActualText takes it. */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let index = 0; index < text.length; index++) hex += text.charCodeAt(index).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}
