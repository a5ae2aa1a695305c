/**
 * Where the summary's puzzle goes, as plain numbers (no jsPDF): a puzzle is never split across
 * pages if it can be helped. It stays where it is when it fits the room left on the page, moves to
 * a fresh page when it fits there at full size, and is otherwise scaled down (rows made lower) to
 * fit one page. Only a board whose rows would be lower than `minRowHeight` on one page is split,
 * each page then a whole puzzle of its own (flat edges top and bottom, no tab hanging off a page).
 */

export interface BoardPlanInput {
  rows: number;
  /** The row height the board is drawn at when there is room. */
  rowHeight: number;
  /** The lowest row an organisation's name (two lines) and a piece still read at. */
  minRowHeight: number;
  /** What the board needs besides its rows: heading, note, value names, the last row's tabs. */
  fixedHeight: number;
  /** Room from the cursor to the foot of the page. */
  roomLeft: number;
  /** Room on a fresh page. */
  pageRoom: number;
}

export interface BoardPlan {
  /** Whether to start a fresh page first. */
  isFreshPage: boolean;
  rowHeight: number;
  /** The rows on each page, in order (one page in all but the largest workshops). */
  pages: number[][];
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, index) => from + index);
}

export function planBoard(input: BoardPlanInput): BoardPlan {
  const { rows, rowHeight, minRowHeight, fixedHeight, roomLeft, pageRoom } = input;
  const whole = [range(0, rows)];
  const height = (row: number) => fixedHeight + rows * row;
  if (height(rowHeight) <= roomLeft) return { isFreshPage: false, rowHeight, pages: whole };
  if (height(rowHeight) <= pageRoom) return { isFreshPage: true, rowHeight, pages: whole };
  const scaled = (pageRoom - fixedHeight) / Math.max(1, rows);
  if (scaled >= minRowHeight) return { isFreshPage: roomLeft < pageRoom, rowHeight: scaled, pages: whole };
  // Too many organisations for one page: as few pages as can be, the rows shared out evenly.
  const perPage = Math.max(1, Math.floor((pageRoom - fixedHeight) / minRowHeight));
  const pageCount = Math.ceil(rows / perPage);
  const evenly = Math.ceil(rows / pageCount);
  const pages = range(0, pageCount).map((page) => range(page * evenly, Math.min(rows, (page + 1) * evenly)));
  const lowest = Math.min(rowHeight, (pageRoom - fixedHeight) / evenly);
  return { isFreshPage: roomLeft < pageRoom, rowHeight: lowest, pages };
}
