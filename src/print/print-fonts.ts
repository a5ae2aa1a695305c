import type { jsPDF } from 'jspdf';

/**
 * The TrueType fonts every printable embeds (DejaVu Sans, regular and bold), as raw bytes. How they
 * are loaded depends on where the PDF is made (a file in Node, a fetched asset in the browser), so
 * the loading lives at the edges (`node-fonts.ts`, the app's export worker); the builders only take
 * the bytes. jsPDF embeds a subset: only the glyphs a document uses.
 */
export interface PrintFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  /**
   * Noto Emoji (monochrome), the fallback for emoji DejaVu lacks (`emoji-print.ts`); without it an
   * emoji prints as a box. Registered with a document only when the document has an emoji.
   */
  emoji?: Uint8Array;
}

/**
 * Whether printing `data` (a workshop) may need the emoji font: it holds a pictograph, a regional
 * indicator (flags) or any other character outside the Basic Multilingual Plane. The app fetches the
 * emoji font only then.
 */
export function mayNeedEmojiFont(data: unknown): boolean {
  return /\p{Extended_Pictographic}|[\u{10000}-\u{10FFFF}]/u.test(JSON.stringify(data) ?? '');
}

export const FONT_FAMILY = 'DejaVuSans';

/** jsPDF's virtual file system takes a font as a "binary string" (one char per byte). */
function binaryString(bytes: Uint8Array): string {
  const chunk = 0x8000;
  let result = '';
  for (let start = 0; start < bytes.length; start += chunk) {
    result += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  return result;
}

const encoded = new WeakMap<Uint8Array, string>();

/** The font as jsPDF takes it, converted once per font (a batch of PDFs reuses it). */
export function fontFile(bytes: Uint8Array): string {
  let file = encoded.get(bytes);
  if (file === undefined) {
    file = binaryString(bytes);
    encoded.set(bytes, file);
  }
  return file;
}

/** Registers both fonts with a document as `FONT_FAMILY` normal and bold, with Unicode encoding. */
export function registerFonts(doc: jsPDF, fonts: PrintFonts): void {
  doc.addFileToVFS('DejaVuSans.ttf', fontFile(fonts.regular));
  doc.addFileToVFS('DejaVuSans-Bold.ttf', fontFile(fonts.bold));
  doc.addFont('DejaVuSans.ttf', FONT_FAMILY, 'normal', undefined, 'Identity-H');
  doc.addFont('DejaVuSans-Bold.ttf', FONT_FAMILY, 'bold', undefined, 'Identity-H');
}
