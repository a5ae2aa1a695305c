import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The PDF checks the print tests share, run with poppler-utils and qpdf on a real file: the text
 * a reader's tools extract, the structure check, the page count, and rendering every page.
 */

const directory = mkdtempSync(join(tmpdir(), 'vaerdispil-print-'));
let fileCount = 0;

/** Writes `bytes` to a temporary file and returns its path. */
export function savePdf(bytes: Uint8Array, name = 'print'): string {
  fileCount += 1;
  const file = join(directory, `${name}-${fileCount}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

/**
 * The text pdftotext extracts, made comparable: Unicode compatibility forms folded (Arabic is
 * drawn with presentation forms), direction marks the tool adds removed, all white space one space.
 */
export function extractText(file: string, pages?: { first: number; last: number }): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  return normaliseText(execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' }));
}

export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** qpdf's structural check; throws (with qpdf's output) when the file is broken. */
export function qpdfCheck(file: string): string {
  return execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
}

export function pageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/mu.exec(info)?.[1] ?? 0);
}

export function pdfInfo(file: string): Record<string, string> {
  const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
  return Object.fromEntries(info.split('\n').flatMap((line) => {
    const match = /^([^:]+):\s*(.*)$/u.exec(line);
    return match?.[1] && match[2] !== undefined ? [[match[1], match[2]]] : [];
  }));
}

/** Renders every page with pdftoppm at low resolution and returns how many images it made. */
export function renderedPages(file: string): number {
  const prefix = `${file}-page`;
  execFileSync('pdftoppm', ['-png', '-r', '15', file, prefix]);
  const base = prefix.split('/').pop() ?? '';
  return readdirSync(directory).filter((name) => name.startsWith(base) && name.endsWith('.png')).length;
}
