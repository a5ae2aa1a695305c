import type { Workshop } from '../domain/workshop.ts';
import { translate } from '../i18n/translate.ts';
import { documentMetadata, footerText } from './print-labels.ts';
import { PdfWriter } from './pdf-writer.ts';
import type { BuildOptions } from './print-options.ts';
import { agreementLines } from './summary-content.ts';
import { writeAgreements } from './summary-pdf.ts';

/** The agreements list (A4): a page for the minutes with every agreement, as in the summary. */
export function buildAgreementsPdf(workshop: Workshop, options: BuildOptions): Uint8Array {
  const { language } = options;
  const kind = translate(language, 'print.kind.agreements');
  const footer = footerText(workshop, language);
  const writer = new PdfWriter({ paper: 'a4', fonts: options.fonts, language, footer, metadata: documentMetadata(workshop, kind, language) });
  writer.write(translate(language, 'print.agreements.heading'), { size: 18, isBold: true }, { gapAfter: 1 });
  writer.write(footer, { size: 10.5, colour: '#374151' }, { gapAfter: 6 });
  writeAgreements(writer, agreementLines(workshop, language));
  const bytes = writer.finish();
  options.onProgress?.(1);
  return bytes;
}
