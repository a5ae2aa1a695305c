import type { agreementsDa } from './agreements.da.ts';

/** English texts for the agreements feature (same keys as `agreements.da.ts`). */
export const agreementsEn = {
} satisfies Record<keyof typeof agreementsDa, string>;
