import type { liveDa } from './live.da.ts';

/** English texts for the live feature (same keys as `live.da.ts`). */
export const liveEn = {
} satisfies Record<keyof typeof liveDa, string>;
