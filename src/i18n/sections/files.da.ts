/** Danish texts for the files feature. Keys are prefixed; `files.en.ts` must have the same keys. */
export const filesDa = {
} as const;
