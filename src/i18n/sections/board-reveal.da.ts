/** Danish texts for the board's jigsaw and its reveal. Keys are prefixed; `board-reveal.en.ts` must have the same keys. */
export const boardRevealDa = {
  'board.shared.caption': 'Fælles',
  'board.shared.value': '{name} ({count} af {total})',
  'board.shared.none': 'Ingen værdi er lagt af mere end én organisation endnu.',
  'board.puzzle.title': 'Hele puslespillet',
  'board.puzzle.count': '{count} af {total}',
  'board.puzzle.placed': 'lagt',
};
