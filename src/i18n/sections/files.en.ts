import type { filesDa } from './files.da.ts';

/** English texts for the files feature (same keys as `files.da.ts`). */
export const filesEn = {
} satisfies Record<keyof typeof filesDa, string>;
