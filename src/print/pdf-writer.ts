import { jsPDF, type TextOptionsLight } from 'jspdf';
import type { PathSegment } from '../domain/piece-shape.ts';
import { wrapLabel } from '../domain/sunshine-geometry.ts';
import { translate, type Language } from '../i18n/translate.ts';
import { FONT_FAMILY, registerFonts, type PrintFonts } from './print-fonts.ts';
import { EmojiPrinter, emojiPieces, EMOJI_FAMILY, parsedFont, pdfTextString, visualRuns, type BidiReorder } from './emoji-print.ts';
import { printableText, type GlyphCheck, type GlyphFallback } from './printable-text.ts';
import type { PaperSize } from './print-request.ts';

/**
 * A thin layer over jsPDF that every printable draws through: millimetres, the embedded font, text
 * that flows down the page and breaks onto the next one line by line, a footer with page numbers,
 * and the document's metadata. All text goes through `printableText`, so nothing is dropped.
 */

export const PAPER: Record<PaperSize, { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  a3: { width: 297, height: 420 },
};

/** Millimetres per typographic point. */
export const PT = 25.4 / 72;
const LINE_FACTOR = 1.3;
const FOOTER_SIZE = 8;
const MUTED = '#4b5563';
export const INK = '#111827';

export interface TextStyle {
  /** Font size in points. */
  size: number;
  isBold?: boolean;
  colour?: string;
}

export interface WriterOptions {
  paper: PaperSize;
  fonts: PrintFonts;
  language: Language;
  /** Printed left in every page's footer: the workshop's title and date. */
  footer: string;
  metadata: { title: string; subject: string; author: string };
  /** Page margin in millimetres (default 16 on A4, scaled up on A3). */
  margin?: number;
  /** Landscape pages (the paper turned); portrait by default. */
  isLandscape?: boolean;
}

/**
 * jsPDF reorders right-to-left text for display, but by default it treats its input as already in
 * display order and reverses Latin words next to Arabic or Hebrew. Our text is in typing (logical)
 * order, on left-to-right pages.
 */
const BIDI = { isInputVisual: false, isOutputVisual: true, isInputRtl: false, isOutputRtl: false };
/** Text already in display order (shaped and reordered by `drawText`): jsPDF leaves it as it is. */
const IN_DISPLAY_ORDER = { isInputVisual: true, isOutputVisual: true, isInputRtl: false, isOutputRtl: false };

/** jsPDF's bidi engine (`jsPDF.__bidiEngine__`, not in its type declarations), set up as `BIDI`. */
function bidiReorder(): BidiReorder {
  const factory: unknown = (jsPDF as unknown as Record<string, unknown>).__bidiEngine__;
  if (typeof factory !== 'function') return (text) => text;
  const engine: unknown = Reflect.construct(factory, [BIDI]);
  if (typeof engine !== 'object' || engine === null || !('doBidiReorder' in engine) || typeof engine.doBidiReorder !== 'function') return (text) => text;
  const { doBidiReorder } = engine;
  return (text, targetToSource) => {
    const result: unknown = Reflect.apply(doBidiReorder, engine, [text, targetToSource]);
    return typeof result === 'string' ? result : text;
  };
}

/** `text` in about `lineCount` lines of even length, broken where `wrapLabel` may break it. */
function wrapIntoLines(text: string, lineCount: number): string[] {
  const chars = [...text].length;
  for (let maxChars = Math.ceil(chars / lineCount); maxChars <= chars; maxChars++) {
    const lines = wrapLabel(text, maxChars);
    if (lines.length <= lineCount) return lines;
  }
  return [text];
}

export class PdfWriter {
  readonly doc: jsPDF;
  readonly width: number;
  readonly height: number;
  readonly margin: number;
  readonly language: Language;
  /** How much larger than A4 the paper is: type and rules grow with it (1 on A4, about 1.41 on A3). */
  readonly scale: number;
  /** Where the next block of flowing text starts, from the top of the page. */
  y: number;
  private readonly footer: string;
  private readonly metadata: WriterOptions['metadata'];
  private readonly glyphs: Record<'normal' | 'bold', GlyphCheck>;
  private readonly emoji: EmojiPrinter | null;
  private readonly fallbacks: Record<'normal' | 'bold', GlyphFallback | undefined>;
  private readonly reorder = bidiReorder();

  constructor(options: WriterOptions) {
    const paper = PAPER[options.paper];
    const [width, height] = options.isLandscape ? [paper.height, paper.width] : [paper.width, paper.height];
    this.doc = new jsPDF({ unit: 'mm', format: [width, height], orientation: options.isLandscape ? 'landscape' : 'portrait', compress: true, putOnlyUsedFonts: true });
    registerFonts(this.doc, options.fonts);
    this.width = width;
    this.height = height;
    this.scale = paper.width / PAPER.a4.width;
    this.margin = options.margin ?? 16 * this.scale;
    this.language = options.language;
    this.footer = options.footer;
    this.metadata = options.metadata;
    this.glyphs = { normal: this.glyphCheck('normal'), bold: this.glyphCheck('bold') };
    const emojiBytes = options.fonts.emoji;
    this.emoji = emojiBytes ? new EmojiPrinter(this.doc, emojiBytes, [parsedFont(this.doc, FONT_FAMILY, 'normal'), parsedFont(this.doc, FONT_FAMILY, 'bold')]) : null;
    this.fallbacks = { normal: this.emojiFallback('normal'), bold: this.emojiFallback('bold') };
    this.y = this.margin;
  }

  /** The width between the side margins. */
  get contentWidth(): number {
    return this.width - 2 * this.margin;
  }

  /** The lowest a line of flowing text may reach, above the footer. */
  get bottom(): number {
    return this.height - this.margin - FOOTER_SIZE * this.scale * PT * 2;
  }

  private glyphCheck(style: 'normal' | 'bold'): GlyphCheck {
    const font = parsedFont(this.doc, FONT_FAMILY, style);
    const cache = new Map<number, boolean>();
    return (codePoint) => {
      // The private-use area is where the emoji's stand-ins go (`EmojiPrinter`): asked afresh each time.
      if (codePoint >= 0xe000 && codePoint <= 0xf8ff) return font.metadata.characterToGlyph(codePoint) > 0;
      let has = cache.get(codePoint);
      if (has === undefined) {
        has = font.metadata.characterToGlyph(codePoint) > 0;
        cache.set(codePoint, has);
      }
      return has;
    };
  }

  /** An emoji the text font lacks, as the emoji font's stand-ins (see `emoji-print.ts`), when there is an emoji font. */
  private emojiFallback(style: 'normal' | 'bold'): GlyphFallback | undefined {
    const { emoji } = this;
    if (!emoji) return undefined;
    return (codePoints) => {
      const pieces = emojiPieces(codePoints, this.glyphs[style], (codePoint) => emoji.has(codePoint));
      if (!pieces) return null;
      const parts = pieces.map((piece) => (piece.font === 'main' ? piece.text : emoji.token(piece.codePoint, piece.actual)));
      return parts.includes('') ? null : parts.join('');
    };
  }

  /** `text` as the font in `style` can print it (see `printableText`), emoji drawn by the emoji font. */
  printable(text: string, style: TextStyle): string {
    const weight = style.isBold ? 'bold' : 'normal';
    return printableText(text, this.glyphs[weight], this.fallbacks[weight]);
  }

  /**
   * Draws one printable line at (`x`, `y`) from its top. A line with emoji is drawn in runs: the text
   * runs in the text font, each emoji in the emoji font, centred in the em of room the text font
   * measured for it and marked with what was typed (ActualText), so the text reads back whole.
   */
  private drawText(text: string, x: number, y: number, style: TextStyle, align: 'left' | 'center' | 'right'): void {
    this.useStyle(style);
    const { emoji } = this;
    if (!emoji?.hasTokens(text)) {
      const options: TextOptionsLight & typeof BIDI = { baseline: 'top', align, ...BIDI };
      this.doc.text(text, x, y, options);
      return;
    }
    // jsPDF shapes Arabic and reorders right-to-left text per call: here the whole line is shaped and
    // reordered first, then drawn run by run in display order (as jsPDF would have placed it).
    const runs = visualRuns(this.shapeArabic(text), (character) => emoji.actualOf(character) !== undefined, this.reorder);
    const width = this.doc.getTextWidth(runs.join(''));
    let cursor = align === 'center' ? x - width / 2 : align === 'right' ? x - width : x;
    // jsPDF's 'top' puts the baseline this far down (its default line height factor is 1.15).
    const baseline = y + style.size * PT * (2 - 1.15);
    for (const run of runs) {
      this.useStyle(style);
      const runWidth = this.doc.getTextWidth(run);
      const actual = emoji.actualOf(run);
      if (actual === undefined) {
        this.doc.text(run, cursor, y, { baseline: 'top', ...IN_DISPLAY_ORDER });
      } else {
        const size = style.size * emoji.scaleFor(run);
        this.doc.setFont(EMOJI_FAMILY, 'normal');
        this.doc.setFontSize(size);
        const glyphWidth = this.doc.getTextWidth(run);
        this.writeOperator(`/Span <</ActualText ${pdfTextString(actual)}>> BDC`);
        this.doc.text(run, cursor + (runWidth - glyphWidth) / 2, baseline);
        this.writeOperator('EMC');
      }
      cursor += runWidth;
    }
    this.useStyle(style);
  }

  /** jsPDF's Arabic shaping (its `processArabic`, not in its type declarations). */
  private shapeArabic(text: string): string {
    const doc: unknown = this.doc;
    if (typeof doc === 'object' && doc !== null && 'processArabic' in doc && typeof doc.processArabic === 'function') {
      const shaped: unknown = doc.processArabic(text);
      if (typeof shaped === 'string') return shaped;
    }
    return text;
  }

  t(key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]): string {
    return translate(this.language, key, params);
  }

  useStyle(style: TextStyle): void {
    this.doc.setFont(FONT_FAMILY, style.isBold ? 'bold' : 'normal');
    this.doc.setFontSize(style.size);
    this.doc.setTextColor(style.colour ?? INK);
  }

  /** The height of one line of text in `style`. */
  lineHeight(style: TextStyle): number {
    return style.size * PT * LINE_FACTOR;
  }

  /** `text` broken into lines no wider than `width` (a word longer than a line is broken inside). */
  wrap(text: string, width: number, style: TextStyle): string[] {
    this.useStyle(style);
    const lines: unknown = this.doc.splitTextToSize(this.printable(text, style), width);
    return Array.isArray(lines) ? lines.map(String) : [String(lines)];
  }

  textWidth(text: string, style: TextStyle): number {
    this.useStyle(style);
    return this.doc.getTextWidth(this.printable(text, style));
  }

  /**
   * A short label (a value's name) in at most `maxLines` lines no wider than `width`, at the largest
   * size up to `style.size` (not below `minSize`) that fits `maxHeight`: broken at spaces and at the known compound joints
   * of the value names (`wrapLabel`), never inside another word unless nothing else fits.
   */
  fitLabel(text: string, width: number, style: TextStyle, maxLines: number, minSize = 5, maxHeight = Infinity): { lines: string[]; style: TextStyle } {
    const printable = this.printable(text.trim(), style);
    for (let size = style.size; size >= minSize; size -= 0.5) {
      const sized = { ...style, size };
      for (let lineCount = 1; lineCount <= maxLines; lineCount++) {
        const lines = wrapIntoLines(printable, lineCount);
        const fits = lines.length * this.lineHeight(sized) <= maxHeight && lines.every((line) => this.textWidth(line, sized) <= width);
        if (lines.length <= maxLines && fits) return { lines, style: sized };
      }
    }
    const sized = { ...style, size: minSize };
    // Nothing fits: more lines rather than lost letters.
    return { lines: this.wrap(printable, width, sized), style: sized };
  }

  /** The height `text` takes when wrapped to `width`. */
  measure(text: string, width: number, style: TextStyle): number {
    return this.wrap(text, width, style).length * this.lineHeight(style);
  }

  /** Starts a new page when fewer than `height` millimetres are left above the footer. */
  ensureRoom(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.margin;
  }

  /** A raw content-stream operator on the current page (jsPDF's `internal.write`, not in its type declarations). */
  private writeOperator(operator: string): void {
    const internal: unknown = this.doc.internal;
    if (typeof internal !== 'object' || internal === null || !('write' in internal) || typeof internal.write !== 'function') {
      throw new Error('jsPDF cannot write raw operators');
    }
    internal.write(operator);
  }

  /** One line at a fixed place (already printable-checked lines from `wrap` pass through unchanged). */
  line(text: string, x: number, y: number, style: TextStyle, align: 'left' | 'center' | 'right' = 'left'): void {
    this.drawText(this.printable(text, style), x, y, style, align);
  }

  /**
   * Flowing text from the cursor: wrapped to the content width (less `indent`), each line moving to
   * a new page when it would run into the footer, so a long text breaks cleanly between lines.
   */
  write(text: string, style: TextStyle, options: { indent?: number; width?: number; gapAfter?: number } = {}): void {
    const indent = options.indent ?? 0;
    const width = options.width ?? this.contentWidth - indent;
    const height = this.lineHeight(style);
    for (const line of this.wrap(text, width, style)) {
      this.ensureRoom(height);
      this.drawText(line, this.margin + indent, this.y, style, 'left');
      this.y += height;
    }
    this.y += options.gapAfter ?? 0;
  }

  /** A list item: the bullet in the margin of `indent`, its text wrapped with a hanging indent. */
  bullet(text: string, style: TextStyle, options: { indent?: number; gapAfter?: number } = {}): void {
    const indent = options.indent ?? 0;
    const hang = 1.4 * style.size * PT;
    this.ensureRoom(this.lineHeight(style));
    this.line('•', this.margin + indent, this.y, style);
    this.write(text, style, { indent: indent + hang, gapAfter: options.gapAfter ?? 0 });
  }

  /** A section heading, kept on the same page as at least `keepWith` millimetres of what follows. */
  heading(text: string, level: 1 | 2 | 3, keepWith = 20): void {
    const style: TextStyle = { size: ([0, 18, 13, 11][level] ?? 11) * this.scale, isBold: true };
    const before = this.y === this.margin ? 0 : ([0, 4, 5, 3][level] ?? 3) * this.scale;
    const gapAfter = (level === 3 ? 1 : 2) * this.scale;
    this.ensureRoom(before + this.measure(text, this.contentWidth, style) + gapAfter + keepWith);
    if (this.y !== this.margin) this.y += before;
    this.write(text, style, { gapAfter });
  }

  /** A jigsaw or any other outline, moved to (`x`, `y`) and scaled, filled and/or stroked. */
  drawPath(segments: readonly PathSegment[], x: number, y: number, scale: number, style: 'F' | 'S' | 'FD'): void {
    const at = (px: number, py: number) => [x + px * scale, y + py * scale];
    const lines = segments.map((segment) => {
      switch (segment.kind) {
        case 'M':
          return { op: 'm', c: at(segment.x, segment.y) };
        case 'L':
          return { op: 'l', c: at(segment.x, segment.y) };
        case 'C':
          return { op: 'c', c: [...at(segment.x1, segment.y1), ...at(segment.x2, segment.y2), ...at(segment.x, segment.y)] };
        case 'Z':
          return { op: 'h', c: [] };
      }
    });
    this.doc.path(lines);
    if (style === 'F') this.doc.fill();
    else if (style === 'S') this.doc.stroke();
    else this.doc.fillStroke();
  }

  /** A closed polygon. */
  drawPolygon(points: readonly (readonly [number, number])[], style: 'F' | 'S' | 'FD'): void {
    const [first, ...rest] = points;
    if (!first) return;
    const segments: PathSegment[] = [
      { kind: 'M', x: first[0], y: first[1] },
      ...rest.map(([x, y]): PathSegment => ({ kind: 'L', x, y })),
      { kind: 'Z' },
    ];
    this.drawPath(segments, 0, 0, 1, style);
  }

  /** Writes the footers and metadata and returns the finished PDF. */
  finish(): Uint8Array {
    const pages = this.doc.getNumberOfPages();
    const style: TextStyle = { size: FOOTER_SIZE * this.scale, colour: MUTED };
    const y = this.height - this.margin - style.size * PT;
    for (let page = 1; page <= pages; page++) {
      this.doc.setPage(page);
      this.doc.setDrawColor('#9ca3af');
      this.doc.setLineWidth(0.2);
      this.doc.line(this.margin, y - 1.5, this.width - this.margin, y - 1.5);
      const pageText = this.t('print.footer.page', { page, pages });
      const room = this.contentWidth - this.textWidth(pageText, style) - 6;
      const [footer = ''] = this.wrap(this.footer, room, style);
      const isCut = footer.length < this.printable(this.footer, style).length;
      this.line(isCut ? `${footer.trimEnd()} …` : footer, this.margin, y, style);
      this.line(pageText, this.width - this.margin, y, style, 'right');
    }
    this.doc.setProperties({ ...this.metadata, creator: 'Værdispillet' });
    this.doc.setLanguage(this.language === 'da' ? 'da' : 'en-GB');
    return new Uint8Array(this.doc.output('arraybuffer'));
  }
}
