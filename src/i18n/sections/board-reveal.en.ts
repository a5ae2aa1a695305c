import type { boardRevealDa } from './board-reveal.da.ts';

/** English texts for the board's jigsaw and its reveal. Same keys as `board-reveal.da.ts`. */
export const boardRevealEn = {
  'board.shared.caption': 'Shared',
  'board.shared.value': '{name} ({count} of {total})',
  'board.shared.none': 'No value has been placed by more than one organisation yet.',
  'board.puzzle.title': 'The whole puzzle',
  'board.puzzle.count': '{count} of {total}',
  'board.puzzle.placed': 'placed',
} satisfies Record<keyof typeof boardRevealDa, string>;
