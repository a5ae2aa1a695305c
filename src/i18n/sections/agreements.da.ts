/** Danish texts for the agreements feature. Keys are prefixed; `agreements.en.ts` must have the same keys. */
export const agreementsDa = {
} as const;
