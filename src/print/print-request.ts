import type { Workshop } from '../domain/workshop.ts';

/**
 * What can be printed, as plain data (no jsPDF): the app's menu and the CLI name a request; the
 * builders (`build-print.ts`, loaded only when a PDF is made) carry it out.
 */

export const PRINT_KINDS = ['summary', 'sun', 'sun-blank', 'pieces', 'agreements'] as const;
export type PrintKind = (typeof PRINT_KINDS)[number];

export type PaperSize = 'a4' | 'a3';

/** Whose pieces: every organisation (each from a new page), one organisation, or a blank set. */
export type PiecesTarget = { kind: 'all' } | { kind: 'organisation'; organisationId: string } | { kind: 'blank' };

export type PrintRequest =
  | { kind: 'summary' }
  | { kind: 'sun'; paper: PaperSize }
  | { kind: 'sun-blank'; paper: PaperSize }
  | { kind: 'pieces'; target: PiecesTarget }
  | { kind: 'agreements' };

export function isPrintKind(kind: string): kind is PrintKind {
  return (PRINT_KINDS as readonly string[]).includes(kind);
}

/** A file name for the PDF: the kind and the workshop's title, in letters any file system takes. */
export function printFileName(workshop: Pick<Workshop, 'setup'>, request: PrintRequest): string {
  const title = workshop.setup.title
    .replace(/[æÆ]/gu, 'ae')
    .replace(/[øØ]/gu, 'oe')
    .replace(/[åÅ]/gu, 'aa')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '')
    .toLowerCase()
    .slice(0, 60);
  const paper = 'paper' in request ? `-${request.paper}` : '';
  return `${request.kind}${paper}${title ? `-${title}` : ''}.pdf`;
}
