import type { formatDa } from './format.da.ts';

/** English for ./format.da.ts. */
export const formatEn = {
  'fileName.summary': 'summary',
  'fileName.sun': 'sunshine-model',
  'fileName.sun-blank': 'sunshine-model-blank',
  'fileName.pieces': 'pieces',
  'fileName.pieces-blank': 'pieces-blank',
  'fileName.agreements': 'agreements',
  'fileName.organisation': 'organisation',
} satisfies Record<keyof typeof formatDa, string>;
