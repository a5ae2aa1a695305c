/** Every reason the domain can refuse user input. Each has a text `problem.<code>` in the catalogue. */
export const PROBLEM_CODES = [
  'name-empty',
  'name-too-long',
  'name-taken',
  'text-too-long',
  'date-invalid',
  'colour-invalid',
  'actor-type-unknown',
  'kind-unknown',
  'last-value',
  'organisation-missing',
  'value-missing',
  'board-locked',
  'piece-wrong-slot',
  'piece-already-placed',
  'piece-not-placed',
  'answer-empty',
  'answer-taken',
  'answers-full',
  'answer-missing',
  'warm-up-piece-missing',
  'warm-up-merge-self',
  'warm-up-piece-dropped',
  'timer-minutes',
  'timer-missing',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];
