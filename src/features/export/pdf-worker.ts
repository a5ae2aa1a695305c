import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import { buildPrint } from '../../print/build-print.ts';
import type { PrintFonts } from '../../print/print-fonts.ts';
import type { ExportJob, ExportMessage } from './export-job.ts';

/*
 * The PDF worker: builds a printable off the page's thread, so the app stays responsive while a
 * large summary is laid out, and reports progress. jsPDF and the fonts load here, and only when the
 * user first exports (the browser's edge of font loading: the fonts are Vite assets, fetched once).
 */

let fonts: Promise<PrintFonts> | null = null;

async function fetchFont(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return new Uint8Array(await response.arrayBuffer());
}

function loadFonts(): Promise<PrintFonts> {
  fonts ??= Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)]).then(([regular, bold]) => ({ regular, bold }));
  // A failed fetch (offline before the fonts were ever loaded) is tried again on the next export.
  fonts.catch(() => {
    fonts = null;
  });
  return fonts;
}

function send(message: ExportMessage): void {
  if (message.type === 'done') self.postMessage(message, { transfer: [message.bytes.buffer] });
  else self.postMessage(message);
}

self.onmessage = async (event: MessageEvent<ExportJob>) => {
  const { workshop, request, language } = event.data;
  try {
    send({ type: 'progress', share: 0.05 });
    const loaded = await loadFonts();
    send({ type: 'progress', share: 0.15 });
    const bytes = buildPrint(workshop, request, { fonts: loaded, language, onProgress: (share) => send({ type: 'progress', share: 0.15 + share * 0.85 }) });
    send({ type: 'done', bytes });
  } catch (error) {
    send({ type: 'failed', reason: error instanceof Error ? error.message : String(error) });
  }
};
