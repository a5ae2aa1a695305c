/** Danish texts for the print feature. Keys are prefixed; `print.en.ts` must have the same keys. */
export const printDa = {
} as const;
