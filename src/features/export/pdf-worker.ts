import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import emojiUrl from '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf?url';
import { buildPrint } from '../../print/build-print.ts';
import { mayNeedEmojiFont, type PrintFonts } from '../../print/print-fonts.ts';
import type { ExportJob, ExportMessage } from './export-job.ts';

/*
 * The PDF worker: builds a printable off the page's thread, so the app stays responsive while a
 * large summary is laid out, and reports progress. jsPDF and the fonts load here, and only when the
 * user first exports (the browser's edge of font loading: the fonts are Vite assets, fetched once).
 * The emoji font is fetched only for a workshop with an emoji in it.
 */

let fonts: Promise<PrintFonts> | null = null;
let emoji: Promise<Uint8Array> | null = null;

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

/** The text fonts, with the emoji font when `workshop` may need it. */
async function fontsFor(workshop: unknown): Promise<PrintFonts> {
  if (!mayNeedEmojiFont(workshop)) return loadFonts();
  emoji ??= fetchFont(emojiUrl);
  emoji.catch(() => {
    emoji = null;
  });
  const [text, emojiFont] = await Promise.all([loadFonts(), emoji]);
  return { ...text, emoji: emojiFont };
}

function send(message: ExportMessage): void {
  if (message.type === 'done') self.postMessage(message, { transfer: [message.bytes.buffer] });
  else self.postMessage(message);
}

self.onmessage = async (event: MessageEvent<ExportJob>) => {
  const { workshop, request, language } = event.data;
  try {
    send({ type: 'progress', share: 0.05 });
    // The network over time prints the earlier meeting's names too (in the request).
    const loaded = await fontsFor(request.kind === 'network' ? [workshop, request.comparison] : workshop);
    send({ type: 'progress', share: 0.15 });
    const bytes = buildPrint(workshop, request, { fonts: loaded, language, onProgress: (share) => send({ type: 'progress', share: 0.15 + share * 0.85 }) });
    send({ type: 'done', bytes });
  } catch (error) {
    send({ type: 'failed', reason: error instanceof Error ? error.message : String(error) });
  }
};
