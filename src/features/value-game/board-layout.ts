import { TAB_SHARE, type PieceEdges } from '../../domain/piece-shape.ts';

/*
 * Sizes of the board and the tray, worked out from the room they have. Pure: the label sizes come from
 * the caller (`labelSize`, which hyphenates and measures as the pieces draw), so it is tested in Node.
 *
 * The projector shows the whole board at once: its rows shrink to the height of the screen, never below
 * what an organisation's name at 18 px needs; more organisations than that fit are shown a page at a
 * time (up to `PROJECTOR_MAX_ORGANISATIONS`, docs/value-game-board.md). A tablet or laptop scrolls the
 * board; the row that takes drops is made tall enough for its labels to be read (14 px or more).
 */

/** The smallest type on the projector, for value and organisation names alike. */
export const PROJECTOR_MIN_TYPE = 18;
/** The smallest label on the pieces of the row that takes drops, and in the tray. */
export const PLAY_MIN_LABEL = 14;
/** Below this the other rows' pieces show no names (their colours and the column heads tell them). */
export const STILL_MIN_LABEL = 12;
/**
 * The shortest projector row: two lines of an organisation's name at 18 px. With the head and the
 * room's frame, a 1920 × 1080 projector has room for 15 such rows; more go on pages.
 */
export const PROJECTOR_MIN_ROW = 44;
const PROJECTOR_MAX_ROW = 110;
/** The most organisations the projector shows on one page before it splits the board. */
export const PROJECTOR_MAX_ORGANISATIONS = 40;
/** What the page buttons under a paged board take. */
export const PAGE_BAR_HEIGHT = 64;
/** The board's own padding above and below the grid. */
const BOARD_PADDING = 32;
/** The most lines a label of the row that takes drops may take on a narrow board. */
const PLAY_MAX_LABEL_LINES = 6;
/** The tab reach on a projector board whose pieces carry no names (a share of the shorter side). */
export const UNLABELLED_TAB_SHARE = 0.33;
/**
 * The tab reaches tried on a narrow board (shares of the shorter side), largest first: the first that
 * lets every placed piece keep its name is taken, else the largest.
 */
const NARROW_TAB_SHARES = [0.2, 0.16, 0.12, 0.09];
/** The tallest row on a tablet or laptop besides the one that places. */
const PLAY_MAX_ROW = 76;
/** The organisation names' line height on a tablet or laptop (styles.css). */
const PLAY_NAME_LINE_HEIGHT = 1.2;
/** The row that takes drops is at most this many rows tall. */
const ACTIVE_ROW_MAX_ROWS = 3;

/** How a label is fitted into a piece (see `pieceLabelLayout`). */
export interface LabelFit {
  tabSize: number;
  maxLines: number;
  /** Words are broken only when keeping them whole would make the label smaller than this. */
  readableSize: number;
}

/**
 * The size of a value's label on a piece (its font size), as the piece would draw it: fitted to a piece
 * with these `edges` (only its blanks cut into the label's room), or to any piece when not given.
 */
export type LabelSize = (name: string, width: number, height: number, fit: LabelFit, edges?: PieceEdges) => number;

/**
 * The two kinds of inner piece on the board (`slotEdges`): blanks above and below, or blanks left and
 * right. Every other piece has a flat side or a tab where one of these has a blank, so a label that fits
 * both fits every piece of the board.
 */
export const INNER_PIECES: readonly PieceEdges[] = [
  { top: 'blank', right: 'tab', bottom: 'blank', left: 'tab' },
  { top: 'tab', right: 'blank', bottom: 'tab', left: 'blank' },
];

/** A value's label size on every piece of a board: the smaller of its sizes on the two inner kinds. */
function boardLabelSize(labelSize: LabelSize, name: string, width: number, height: number, fit: LabelFit): number {
  return Math.min(...INNER_PIECES.map((edges) => labelSize(name, width, height, fit, edges)));
}

/**
 * The label rule of the rows that only show: either every placed piece carries its value's name, or
 * none does (the column heads name them) — never some names and not others on pieces of one size. They
 * are shown when every value's name reaches `min` px (`sizes`: one per value, as `boardLabelSize`).
 */
export function areLabelsShown(sizes: readonly number[], min: number): boolean {
  return sizes.length > 0 && sizes.every((size) => size >= min);
}

/** How many lines `text` takes in a box `width` px wide at `fontSize` px, broken as the screen breaks it. */
export type LineCount = (text: string, width: number, fontSize: number) => number;

/** What the layout asks of the screen's type. */
export interface BoardType {
  labelSize: LabelSize;
  lineCount: LineCount;
}

/** What a row head's padding, dot and turn mark take of the name column's width (styles.css). */
export const NAME_PADDING = 44;
/** The largest organisation names on the projector. */
const PROJECTOR_MAX_NAME = 26;

/** Sizes of the board's grid. */
export interface BoardLayout {
  nameWidth: number;
  cellWidth: number;
  /** The rows that only show (every row on the projector). */
  rowHeight: number;
  /** The row that takes drops; taller than the others where its labels need it. */
  activeRowHeight: number;
  /** The tab reach of every piece on the board, so rows of different heights interlock. */
  tabSize: number;
  /** How labels are fitted on the row that takes drops. */
  activeFit: LabelFit;
  /** How labels are fitted on the other rows. */
  stillFit: LabelFit;
  /**
   * Whether the other rows' placed pieces carry their value's name: all of them, where every name is
   * readable, or none (the column heads name them) — `areLabelsShown`.
   */
  areStillLabelsShown: boolean;
  /**
   * Per value (column): its label's font size on the other rows, the same on every piece of the column
   * (the largest that fits both kinds of inner piece; each piece wraps the name to its own room).
   */
  stillLabelSizes: number[];
  /** The value names' font size in the column heads (px). */
  headFontSize: number;
  /** Organisations on one page of the projector's board (all of them when they fit). */
  rowsPerPage: number;
  /** The organisation names' font size (px). */
  nameFontSize: number;
}

export interface BoardRoom {
  /** The board's width. */
  width: number;
  columns: number;
  rows: number;
  isProjector: boolean;
  /** On the projector: the height from the board's top to the bottom of the screen (0 when not known yet). */
  height: number;
  /** On the projector: the height of the column heads as drawn (0 when not known yet). */
  headHeight: number;
  /** The names of the values in play. */
  names: readonly string[];
  /** The organisations' names (on the projector their type is sized so each takes two lines at most). */
  organisationNames: readonly string[];
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Lays out the board for the room it has. */
export function boardLayout(room: BoardRoom, type: BoardType): BoardLayout {
  return room.isProjector ? projectorLayout(room, type) : playLayout(room, type);
}

function cellWidthOf(width: number, nameWidth: number, columns: number, min: number): number {
  return Math.max(min, Math.floor((width - nameWidth - 8) / Math.max(1, columns)));
}

function allReadable(names: readonly string[], min: number, size: (name: string) => number): boolean {
  return names.every((name) => size(name) >= min);
}

function projectorLayout({ width, columns, rows, height, headHeight, names, organisationNames }: BoardRoom, { labelSize, lineCount }: BoardType): BoardLayout {
  const nameWidth = Math.round(clamp(width * 0.17, 200, 300));
  const cellWidth = cellWidthOf(width, nameWidth, columns, 60);
  const rowCount = Math.max(1, rows);
  // Before the screen is measured: the height a 1080 px projector leaves the rows.
  const room = height > 0 ? height - headHeight - BOARD_PADDING : 820;
  let rowsPerPage = rowCount;
  let rowRoom = room;
  if (rowCount * PROJECTOR_MIN_ROW > room) {
    rowRoom = room - PAGE_BAR_HEIGHT;
    const fit = Math.max(1, Math.floor(rowRoom / PROJECTOR_MIN_ROW));
    // As even as the pages can be: 40 organisations where 18 fit are three pages of 14, not 18 + 18 + 4.
    rowsPerPage = Math.ceil(rowCount / Math.ceil(rowCount / fit));
  }
  const rowHeight = Math.round(clamp(Math.floor(rowRoom / rowsPerPage), PROJECTOR_MIN_ROW, Math.min(PROJECTOR_MAX_ROW, cellWidth * 0.9)));
  const labelledFit = { tabSize: Math.round(TAB_SHARE * Math.min(cellWidth, rowHeight)), maxLines: 3, readableSize: PROJECTOR_MIN_TYPE };
  const labels = stillLabels(names, cellWidth, rowHeight, labelledFit, labelSize, PROJECTOR_MIN_TYPE);
  // Where no piece carries a name, the tabs may take more of the piece, so that they read across the room.
  const tabSize = labels.areStillLabelsShown ? labelledFit.tabSize : Math.round(UNLABELLED_TAB_SHARE * Math.min(cellWidth, rowHeight));
  const fit = { ...labelledFit, tabSize };
  return {
    nameWidth,
    cellWidth,
    rowHeight,
    activeRowHeight: rowHeight,
    tabSize,
    activeFit: fit,
    stillFit: fit,
    ...labels,
    rowsPerPage,
    headFontSize: 20,
    nameFontSize: projectorNameSize(organisationNames, nameWidth - NAME_PADDING, rowHeight, lineCount),
  };
}

function stillLabels(
  names: readonly string[],
  width: number,
  height: number,
  fit: LabelFit,
  labelSize: LabelSize,
  min: number,
): Pick<BoardLayout, 'areStillLabelsShown' | 'stillLabelSizes'> {
  const stillLabelSizes = names.map((name) => boardLabelSize(labelSize, name, width, height, fit));
  return { areStillLabelsShown: areLabelsShown(stillLabelSizes, min), stillLabelSizes };
}

/**
 * The largest size (18 to 26 px) at which every organisation's name takes at most two lines of the name
 * column and two lines fit the row. At 18 px a name still too long is cut after two lines (styles.css).
 */
function projectorNameSize(organisationNames: readonly string[], width: number, rowHeight: number, lineCount: LineCount): number {
  const cap = Math.floor(clamp(rowHeight / (2 * 1.15), PROJECTOR_MIN_TYPE, PROJECTOR_MAX_NAME));
  for (let size = cap; size > PROJECTOR_MIN_TYPE; size--) {
    if (organisationNames.every((name) => lineCount(name, width, size) <= 2)) return size;
  }
  return PROJECTOR_MIN_TYPE;
}

function playLayout({ width, columns, rows, names, organisationNames }: BoardRoom, { labelSize, lineCount }: BoardType): BoardLayout {
  const isNarrow = width < 900;
  const nameWidth = Math.round(isNarrow ? clamp(width * 0.13, 96, 150) : clamp(width * 0.18, 150, 280));
  const cellWidth = cellWidthOf(width, nameWidth, columns, 56);
  const nameFontSize = isNarrow ? 14 : 16;
  // Every row is as tall as the longest organisation's name needs (up to the tallest row), so that no row
  // grows past its pieces and leaves a gap in the puzzle.
  const nameLines = Math.max(1, ...organisationNames.map((name) => lineCount(name, nameWidth - NAME_PADDING, nameFontSize)));
  const nameHeight = Math.ceil(nameLines * nameFontSize * PLAY_NAME_LINE_HEIGHT) + 4;
  const rowHeight = Math.round(clamp(Math.max(cellWidth * 0.62, nameHeight), 48, PLAY_MAX_ROW));
  // The tabs are as large as lets the row that places read at 14 px (within three rows' height) and the
  // other rows' pieces keep their names; failing that, as large as lets the row that places read; failing
  // that, the smallest. A narrow board's pieces have little room besides their tabs.
  const shorter = Math.min(cellWidth, rowHeight);
  const shares = isNarrow ? NARROW_TAB_SHARES : [TAB_SHARE];
  const fitsFor = (share: number) => {
    const tabSize = Math.round(share * shorter);
    const stillFit: LabelFit = { tabSize, maxLines: 3, readableSize: STILL_MIN_LABEL };
    const activeFit: LabelFit = { tabSize, maxLines: PLAY_MAX_LABEL_LINES, readableSize: PLAY_MIN_LABEL };
    const activeFits = (height: number) => allReadable(names, PLAY_MIN_LABEL, (name) => boardLabelSize(labelSize, name, cellWidth, height, activeFit));
    return { tabSize, stillFit, activeFit, activeFits };
  };
  const candidates = shares.map(fitsFor);
  const canPlace = candidates.filter((candidate) => candidate.activeFits(rowHeight * ACTIVE_ROW_MAX_ROWS));
  const chosen =
    canPlace.find((candidate) => stillLabels(names, cellWidth, rowHeight, candidate.stillFit, labelSize, STILL_MIN_LABEL).areStillLabelsShown) ??
    canPlace[0] ??
    candidates.at(-1) ??
    fitsFor(TAB_SHARE);
  const { tabSize, stillFit, activeFit, activeFits: fits } = chosen;
  // The row that takes drops is made just tall enough for every value's name on it to be 14 px or more
  // (at most three rows tall); a taller piece never has smaller type, so the height is searched.
  let activeRowHeight = rowHeight;
  if (!fits(rowHeight)) {
    let low = rowHeight;
    let high = rowHeight * ACTIVE_ROW_MAX_ROWS;
    while (high - low > 2) {
      const middle = Math.round((low + high) / 2);
      if (fits(middle)) high = middle;
      else low = middle;
    }
    activeRowHeight = high;
  }
  return {
    nameWidth,
    cellWidth,
    rowHeight,
    activeRowHeight,
    tabSize,
    activeFit,
    stillFit,
    ...stillLabels(names, cellWidth, rowHeight, stillFit, labelSize, STILL_MIN_LABEL),
    rowsPerPage: Math.max(1, rows),
    headFontSize: isNarrow ? 14 : 15,
    nameFontSize,
  };
}

/** A tray piece's size. */
export interface TrayPieceSize {
  width: number;
  height: number;
  tabSize: number;
  maxLabelLines: number;
  readableSize: number;
}

const TRAY_PIECE_HEIGHT = 104;
const TRAY_TAB = 12;
/** The space between two tray pieces besides the tab that reaches into it (the column gap in styles.css is both). */
const TRAY_GAP = 8;
const TRAY_PIECE_MIN = 116;
const TRAY_PIECE_MAX = 168;

/**
 * The tray's pieces: as wide as lets all `count` of them stand in one row of `width`, or else in two,
 * between 116 and 168 px; 104 px tall, so a value's name fits on four lines at 14 px or more. More
 * than two rows' worth wrap onto further rows (the tray then scrolls).
 */
export function trayPieceSize(width: number, count: number): TrayPieceSize {
  const pieces = Math.max(1, count);
  const widthFor = (perRow: number) => Math.floor((width + TRAY_GAP) / perRow) - TRAY_TAB - TRAY_GAP;
  const oneRow = widthFor(pieces);
  const twoRows = widthFor(Math.ceil(pieces / 2));
  const pieceWidth = oneRow >= TRAY_PIECE_MIN ? oneRow : twoRows;
  return { width: clamp(pieceWidth, TRAY_PIECE_MIN, TRAY_PIECE_MAX), height: TRAY_PIECE_HEIGHT, tabSize: TRAY_TAB, maxLabelLines: 4, readableSize: PLAY_MIN_LABEL };
}

/** The room the tray's list leaves its pieces: the dock's width less the tray's frame and padding. */
export const TRAY_FRAME = 44;