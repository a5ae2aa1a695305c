import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareNetworks } from '../domain/network-over-time.ts';
import { autumnMeeting, springMeeting } from '../../tests/support/network-meetings.ts';
import { extractText, pageCount, qpdfCheck, renderedPages, savePdf } from '../../tests/support/pdf-checks.ts';
import { buildPrint } from './build-print.ts';
import { loadNodeFonts } from './node-fonts.ts';
import type { PrintFonts } from './print-fonts.ts';
import { printFileName, type PaperSize } from './print-request.ts';

/** The network over time as a PDF: both meetings and every measure on one landscape sheet, A4 and A3. */

/** The PDF's text as laid out (the two tables of measures side by side stay row by row), white space folded. */
function layoutText(file: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/[ \t]+/gu, ' ');
}

let fonts: PrintFonts;
beforeAll(() => {
  fonts = loadNodeFonts();
});

describe('the network over time PDF', () => {
  it.each(['a4', 'a3'] as const)('fits the two pictures and the measures on one %s sheet', (paper: PaperSize) => {
    const after = autumnMeeting();
    const request = { kind: 'network', paper, comparison: compareNetworks(springMeeting(), after) } as const;
    const file = savePdf(buildPrint(after, request, { fonts, language: 'da' }), `network-${paper}`);
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors');
    expect(pageCount(file)).toBe(1);
    expect(renderedPages(file)).toBe(1);
    const text = layoutText(file);
    expect(text).toMatch(/^ ?Relationer 1 4 \+3/mu);
    expect(text).toContain('Tæthed (relationer ud af alle mulige par) 0,17 0,27 +0,10');
    expect(text).toContain('Andel relationer på tværs af sektorer 100 % 75 % −25 pct.-point');
    expect(text).toContain('Frivillige organisationer (0 → 1 org.) 0 2 +2');
    expect(extractText(file)).toContain('Organisationer uden relationer. Før: Boligselskabet Ålykke og Købmanden i Nørreparken. Efter: Biblioteket Nørreparken.');
    expect(text).toContain('Side 1 af 1');
    expect(printFileName(after, request, 'da')).toBe(`netvaerket-over-tid-${paper}-samarbejdsgruppen-i-noerreparken-efteraar.pdf`);
    expect(printFileName(after, request, 'en')).toBe(`network-over-time-${paper}-samarbejdsgruppen-i-noerreparken-efteraar.pdf`);
  });

  it('is in English when asked', () => {
    const after = autumnMeeting();
    const file = savePdf(buildPrint(after, { kind: 'network', paper: 'a4', comparison: compareNetworks(springMeeting(), after) }, { fonts, language: 'en' }), 'network-en');
    const text = layoutText(file);
    expect(text).toContain('THE NETWORK OVER TIME');
    expect(text).toContain('Density (ties out of all possible pairs) 0.17 0.27 +0.10');
  });
});

describe('the summary', () => {
  it('has the workshop’s own network picture, with its legend', () => {
    const file = savePdf(buildPrint(autumnMeeting(), { kind: 'summary' }, { fonts, language: 'da' }), 'summary-network');
    const text = extractText(file);
    expect(text).toContain('Netværket Cirklens farve er aktørtypen, størrelsen antallet af relationer.');
    // The names in the picture and the forms in the legend.
    for (const word of ['Røde Kors Nørreparken', 'Frivillige organisationer', 'Kun forbindelser', 'Samordne', 'Samskabe']) expect(text).toContain(word);
  });
});

