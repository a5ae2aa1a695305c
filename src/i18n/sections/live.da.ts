/** Danish texts for the live feature. Keys are prefixed; `live.en.ts` must have the same keys. */
export const liveDa = {
} as const;
