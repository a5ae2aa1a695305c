import type { paperDa } from './paper.da.ts';

/** English texts for the printables laid out for the paper. Same keys as `paper.da.ts`. */
export const paperEn = {
  'paper.pieces.blankHint': "Write the organisation's name and an example on each piece. All sets fit together: lay them one under another and they become rows, as on the board.",
  'paper.pieces.exampleHint': 'Write an example on each piece.',
  'paper.pieces.organisation': 'Organisation',
  'paper.pieces.example': 'Example',
} satisfies Record<keyof typeof paperDa, string>;
