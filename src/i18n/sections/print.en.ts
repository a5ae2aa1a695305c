import type { printDa } from './print.da.ts';

/** English texts for the print feature (same keys as `print.da.ts`). */
export const printEn = {
} satisfies Record<keyof typeof printDa, string>;
