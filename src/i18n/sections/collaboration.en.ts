import type { collaborationDa } from './collaboration.da.ts';

/** English texts for the collaboration feature (same keys as `collaboration.da.ts`). */
export const collaborationEn = {
} satisfies Record<keyof typeof collaborationDa, string>;
