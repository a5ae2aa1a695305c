import type { Workshop } from '../domain/workshop.ts';
import { buildAgreementsPdf } from './agreements-pdf.ts';
import { buildGuidePdf } from './guide-pdf.ts';
import { buildNetworkPdf } from './network-pdf.ts';
import { buildPiecesPdf } from './pieces-pdf.ts';
import type { BuildOptions } from './print-options.ts';
import type { PrintRequest } from './print-request.ts';
import { buildBlankSunPdf, buildSunPdf } from './sun-pdf.ts';
import { buildOrganisationPdf, buildSummaryPdf } from './summary-pdf.ts';

/**
 * One entry point for every printable, used alike by the app's export worker and the Node CLI:
 * which document (`PrintRequest`), for which workshop, in which language.
 */
export function buildPrint(workshop: Workshop, request: PrintRequest, options: BuildOptions): Uint8Array {
  switch (request.kind) {
    case 'summary':
      return buildSummaryPdf(workshop, options);
    case 'sun':
      return buildSunPdf(workshop, { ...options, paper: request.paper });
    case 'sun-blank':
      return buildBlankSunPdf({ ...options, paper: request.paper });
    case 'pieces':
      return buildPiecesPdf(workshop, { ...options, target: request.target });
    case 'agreements':
      return buildAgreementsPdf(workshop, options);
    case 'organisation':
      return buildOrganisationPdf(workshop, request.organisationId, options);
    case 'guide':
      return buildGuidePdf(workshop, request.preparation, options);
    case 'network':
      return buildNetworkPdf(workshop, request.comparison, { ...options, paper: request.paper });
  }
}
