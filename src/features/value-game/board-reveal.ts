import type { Section } from '../../domain/value-piece.ts';
import { sharedValues, tallyValues } from '../../domain/value-piece.ts';

/*
 * The reveal on the board, as plain rules: which values light up as shared, and when each piece settles
 * into its slot. Pure, so the timing's budget is tested in Node; the board runs it with framer-motion.
 */

/** A value several organisations placed, and how many did. */
export interface SharedOnBoard {
  valueId: string;
  count: number;
}

/**
 * The values two or more of the board's organisations placed, most holders first (ties in the values'
 * order): counted as Det fælles billede counts them (`sharedValues`), so the board and the picture agree.
 */
export function sharedOnBoard(
  valueIds: readonly string[],
  organisationIds: readonly string[],
  sections: Readonly<Record<string, Section>>,
): SharedOnBoard[] {
  const tallies = tallyValues(
    valueIds,
    organisationIds.flatMap((organisationId) => {
      const section = sections[organisationId];
      return section ? [{ organisationId, section }] : [];
    }),
  );
  return sharedValues(tallies).map((tally) => ({ valueId: tally.valueId, count: tally.holders.length }));
}

/** The whole reveal, from the first piece moving to the shared values' light fading: never longer. */
export const REVEAL_MAX_MS = 1500;
/** One piece's flight into its slot. */
const FLIGHT_MS = 420;
/** The spread of the start times over the board: the pieces follow one another, row by row. */
const STAGGER_MS = 500;
/** The longest gaps between two rows and two columns, so a small board is not slow. */
const ROW_STEP_MAX_MS = 70;
const COLUMN_STEP_MAX_MS = 22;
const LIGHT_UP_MS = 500;

/** When things happen in the reveal, in milliseconds from its start. */
export interface RevealPlan {
  /** When the piece in `row` (of the rows turned over), `column` starts its flight. */
  delay: (row: number, column: number) => number;
  flightMs: number;
  /** When the shared values light up (every piece has settled), and for how long. */
  lightUpAt: number;
  lightUpMs: number;
  /** When everything has come to rest: at most `REVEAL_MAX_MS`. */
  totalMs: number;
}

/**
 * The reveal's timing for `rows` × `columns` pieces: rows one after another, a little along each row,
 * the steps shrinking on a large board so that the whole, light-up included, keeps to 1.5 s.
 */
export function revealPlan(rows: number, columns: number): RevealPlan {
  const rowSpan = Math.max(0, rows - 1);
  const columnSpan = Math.max(0, columns - 1);
  // Rows take most of the spread; a row's pieces follow each other closely.
  const columnStep = columnSpan === 0 ? 0 : Math.min(COLUMN_STEP_MAX_MS, (STAGGER_MS * 0.25) / columnSpan);
  const rowStep = rowSpan === 0 ? 0 : Math.min(ROW_STEP_MAX_MS, (STAGGER_MS - columnStep * columnSpan) / rowSpan);
  const lastStart = rowStep * rowSpan + columnStep * columnSpan;
  const lightUpAt = Math.round(lastStart + FLIGHT_MS);
  return {
    delay: (row, column) => Math.round(row * rowStep + column * columnStep),
    flightMs: FLIGHT_MS,
    lightUpAt,
    lightUpMs: LIGHT_UP_MS,
    totalMs: lightUpAt + LIGHT_UP_MS,
  };
}

/**
 * How long after rows turn over their pieces still fly in when they arrive: a live tablet may get the
 * reveal (the control document) a moment before the sections' pieces, which then come in on their own.
 */
export const LATE_ARRIVAL_MS = 8000;

/** The rows that turned over at the reveal, when, and the pieces (`organisationId|column`) that have flown in. */
export interface RevealedRows {
  organisationIds: ReadonlySet<string>;
  at: number;
  flown: ReadonlySet<string>;
}

/**
 * The pieces of `present` (`organisationId|column`, in board order) that arrived after the reveal in a
 * row it turned over and have not flown in yet: they fly in too, as long as it is `LATE_ARRIVAL_MS` or
 * less since the reveal. After that a piece that appears is simply there (someone placed it).
 */
export function lateArrivals(revealed: RevealedRows | null, present: readonly string[], now: number): string[] {
  if (!revealed || now - revealed.at > LATE_ARRIVAL_MS) return [];
  return present.filter((key) => !revealed.flown.has(key) && revealed.organisationIds.has(key.slice(0, key.lastIndexOf('|'))));
}
