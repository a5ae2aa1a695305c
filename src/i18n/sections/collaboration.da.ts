/** Danish texts for the collaboration feature. Keys are prefixed; `collaboration.en.ts` must have the same keys. */
export const collaborationDa = {
} as const;
