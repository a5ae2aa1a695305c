import type { Language } from '../i18n/translate.ts';
import type { PrintFonts } from './print-fonts.ts';

/** What every builder needs besides the workshop: the fonts to embed, the language, progress. */
export interface BuildOptions {
  fonts: PrintFonts;
  language: Language;
  /** Called with the share done (0 to 1) as a long document is built. */
  onProgress?: (share: number) => void;
}
