import type { Workshop } from '../../domain/workshop.ts';
import type { Language } from '../../i18n/translate.ts';
import type { PrintRequest } from '../../print/print-request.ts';

/** What the page sends the PDF worker, and what the worker sends back while and after it builds. */
export interface ExportJob {
  workshop: Workshop;
  request: PrintRequest;
  language: Language;
}

export type ExportMessage = { type: 'progress'; share: number } | { type: 'done'; bytes: Uint8Array } | { type: 'failed'; reason: string };
