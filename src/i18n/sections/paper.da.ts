/**
 * Danish texts for the printables laid out for the paper (the pieces to write on and cut out).
 * `paper.en.ts` has the same keys.
 */
export const paperDa = {
  'paper.pieces.blankHint': 'Skriv organisationens navn og et eksempel på hver brik. Alle sæt passer sammen: læg dem under hinanden, så bliver de rækker som på spillepladen.',
  'paper.pieces.exampleHint': 'Skriv et eksempel på hver brik.',
  'paper.pieces.organisation': 'Organisation',
  'paper.pieces.example': 'Eksempel',
} as const;
