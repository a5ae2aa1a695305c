import { joinFileName } from '../domain/file-name.ts';
import type { NetworkComparison } from '../domain/network-over-time.ts';
import type { Preparation } from '../domain/preparation.ts';
import type { Workshop } from '../domain/workshop.ts';
import { translate, type Language } from '../i18n/translate.ts';

/**
 * What can be printed, as plain data (no jsPDF): the app's menu and the CLI name a request; the
 * builders (`build-print.ts`, loaded only when a PDF is made) carry it out.
 */

export const PRINT_KINDS = ['summary', 'sun', 'sun-blank', 'pieces', 'agreements', 'organisation', 'guide', 'network'] as const;
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
  | { kind: 'guide'; preparation: Preparation }
  /**
   * The network over time: two meetings compared (the workshop printed for is the later one). The
   * comparison is made by the caller, who knows which organisations are the same (see network-over-time.ts).
   */
  | { kind: 'network'; paper: PaperSize; comparison: NetworkComparison };

export function isPrintKind(kind: string): kind is PrintKind {
  return (PRINT_KINDS as readonly string[]).includes(kind);
}

/**
 * The PDF's file name in the UI's language: the kind (`referat`, `solskinsmodel-a3`, `brikker-<organisation>`,
 * `organisation-<name>` …), then the workshop's title, in letters every system takes (see `fileNameSlug`).
 */
export function printFileName(workshop: Pick<Workshop, 'setup' | 'organisations'>, request: PrintRequest, language: Language): string {
  const organisationName = (id: string) => workshop.organisations.find((candidate) => candidate.id === id)?.name ?? '';
  const kind = (): string[] => {
    switch (request.kind) {
      case 'sun':
      case 'sun-blank':
        return [translate(language, `fileName.${request.kind}`), request.paper];
      case 'pieces':
        if (request.target.kind === 'blank') return [translate(language, 'fileName.pieces-blank')];
        return [translate(language, 'fileName.pieces'), request.target.kind === 'organisation' ? organisationName(request.target.organisationId) : ''];
      case 'organisation':
        return [translate(language, 'fileName.organisation'), organisationName(request.organisationId)];
      case 'network':
        return [translate(language, 'fileName.network'), request.paper];
      default:
        return [translate(language, `fileName.${request.kind}`)];
    }
  };
  return joinFileName([...kind(), workshop.setup.title], 'pdf');
}
