import type { Preparation } from '../domain/preparation.ts';
import type { Workshop } from '../domain/workshop.ts';

/**
 * What can be printed, as plain data (no jsPDF): the app's menu and the CLI name a request; the
 * builders (`build-print.ts`, loaded only when a PDF is made) carry it out.
 */

export const PRINT_KINDS = ['summary', 'sun', 'sun-blank', 'pieces', 'agreements', 'organisation', 'guide'] as const;
export type PrintKind = (typeof PRINT_KINDS)[number];

export type PaperSize = 'a4' | 'a3';

/** Whose pieces: every organisation (each from a new page), one organisation, or a blank set. */
export type PiecesTarget = { kind: 'all' } | { kind: 'organisation'; organisationId: string } | { kind: 'blank' };

export type PrintRequest =
  | { kind: 'summary' }
  | { kind: 'sun'; paper: PaperSize }
  | { kind: 'sun-blank'; paper: PaperSize }
  | { kind: 'pieces'; target: PiecesTarget }
  | { kind: 'agreements' }
  /** One organisation's own page, to take home: its values and examples, cards, links and agreements. */
  | { kind: 'organisation'; organisationId: string }
  /** The facilitator's guide: agenda (from the meeting's length), checklist and each phase's script. */
  | { kind: 'guide'; preparation: Preparation };

export function isPrintKind(kind: string): kind is PrintKind {
  return (PRINT_KINDS as readonly string[]).includes(kind);
}

/** `text` in letters any file system takes: Danish letters spelt out, the rest dashes. */
function fileNamePart(text: string): string {
  return text
    .replace(/[æÆ]/gu, 'ae')
    .replace(/[øØ]/gu, 'oe')
    .replace(/[åÅ]/gu, 'aa')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '')
    .toLowerCase()
    .slice(0, 60);
}

/** A file name for the PDF: the kind (the organisation's name for its page) and the workshop's title. */
export function printFileName(workshop: Pick<Workshop, 'setup' | 'organisations'>, request: PrintRequest): string {
  const title = fileNamePart(workshop.setup.title);
  const paper = 'paper' in request ? `-${request.paper}` : '';
  const organisation =
    request.kind === 'organisation' ? fileNamePart(workshop.organisations.find((candidate) => candidate.id === request.organisationId)?.name ?? '') : '';
  return `${request.kind}${paper}${organisation ? `-${organisation}` : ''}${title ? `-${title}` : ''}.pdf`;
}
