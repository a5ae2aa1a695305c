import { describe, expect, it } from 'vitest';
import { hyphenate } from '../../domain/hyphenation.ts';
import { wrapWords } from '../../domain/line-breaking.ts';
import { pieceLabelLayout } from '../../domain/piece-shape.ts';
import {
  areLabelsShown,
  boardLayout,
  INNER_PIECES,
  PAGE_BAR_HEIGHT,
  PLAY_MIN_LABEL,
  PROJECTOR_MIN_ROW,
  PROJECTOR_MIN_TYPE,
  STILL_MIN_LABEL,
  trayPieceSize,
  type BoardRoom,
  type BoardType,
} from './board-layout.ts';

/** The type as the pieces and the browser would set it, with the layout's letter-width estimate. */
const TYPE: BoardType = {
  labelSize: (name, width, height, fit, edges) => pieceLabelLayout(hyphenate(name), width, height, { ...fit, ...(edges ? { edges } : {}) }).fontSize,
  lineCount: (text, width, fontSize) => wrapWords(hyphenate(text), Math.floor(width / (fontSize * 0.66))).length,
};

const VALUES = ['Bredere målgruppe', 'Øget faglighed', 'Stærkere samarbejdsgrundlag', 'Større socialt ansvar', 'Adgang til flere ressourcer', 'Tryghed', 'Synlighed i lokalområdet', 'Nærmiljø'];
const organisations = (count: number) => Array.from({ length: count }, (_, index) => `Beboerforeningen Nørreparken ${index + 1}`);

function room(overrides: Partial<BoardRoom>): BoardRoom {
  return { width: 1500, columns: 8, rows: 15, isProjector: true, height: 860, headHeight: 100, names: VALUES, organisationNames: organisations(15), ...overrides };
}

describe('boardLayout on the projector', () => {
  it.each([
    { rows: 8, pages: 1 },
    { rows: 15, pages: 1 },
    { rows: 20, pages: 2 },
    { rows: 40, pages: 3 },
  ])('$rows organisations on a 1920 × 1080 wall: $pages page(s), every row inside the screen', ({ rows, pages }) => {
    const board = room({ rows, organisationNames: organisations(rows) });
    const layout = boardLayout(board, TYPE);
    expect(Math.ceil(rows / layout.rowsPerPage)).toBe(pages);
    expect(layout.rowHeight).toBeGreaterThanOrEqual(PROJECTOR_MIN_ROW);
    const pageBar = pages > 1 ? PAGE_BAR_HEIGHT : 0;
    expect(board.headHeight + layout.rowsPerPage * layout.rowHeight + pageBar).toBeLessThanOrEqual(board.height);
    expect(layout.nameFontSize).toBeGreaterThanOrEqual(PROJECTOR_MIN_TYPE);
    expect(layout.headFontSize).toBeGreaterThanOrEqual(PROJECTOR_MIN_TYPE);
    expect(layout.nameWidth + layout.cellWidth * board.columns).toBeLessThanOrEqual(board.width);
  });

  it('shows a value’s name on the pieces only where it is 18 px or more', () => {
    const roomy = boardLayout(room({ rows: 6, columns: 6, names: VALUES.slice(0, 6), organisationNames: organisations(6) }), TYPE);
    const tight = boardLayout(room({ rows: 15 }), TYPE);
    expect(roomy.areStillLabelsShown).toBe(true);
    expect(tight.areStillLabelsShown).toBe(false);
    for (const [column, size] of roomy.stillLabelSizes.entries()) {
      // The size holds on both kinds of inner piece, so on every piece of the column.
      for (const edges of INNER_PIECES) expect(TYPE.labelSize(VALUES[column] ?? '', roomy.cellWidth, roomy.rowHeight, roomy.stillFit, edges)).toBeGreaterThanOrEqual(size);
      expect(size).toBeGreaterThanOrEqual(PROJECTOR_MIN_TYPE);
    }
  });

  it('sizes organisation names so each takes two lines at most, or 18 px', () => {
    const short = boardLayout(room({ rows: 8, organisationNames: ['Café Nord', 'Netto'] }), TYPE);
    const long = boardLayout(room({ rows: 8, organisationNames: ['Afdelingsbestyrelsen i Blok Æ og Blok Ø, Nørreparken Øst'] }), TYPE);
    expect(short.nameFontSize).toBeGreaterThan(long.nameFontSize);
    expect(long.nameFontSize).toBe(PROJECTOR_MIN_TYPE);
  });
});

describe('the label rule: every placed piece of a board carries its name, or none does', () => {
  const SIX = VALUES.slice(0, 6);
  it.each([
    { what: 'projector, 8 organisations × 6 values', board: { rows: 8, columns: 6, names: SIX, height: 880 }, isShown: true, min: PROJECTOR_MIN_TYPE },
    { what: 'projector, 6 organisations × 6 values', board: { rows: 6, columns: 6, names: SIX, height: 880 }, isShown: true, min: PROJECTOR_MIN_TYPE },
    { what: 'projector, 15 organisations × 8 values', board: { rows: 15, columns: 8, names: VALUES, height: 860 }, isShown: false, min: PROJECTOR_MIN_TYPE },
    { what: 'projector, 8 organisations × 8 values', board: { rows: 8, columns: 8, names: VALUES, height: 880 }, isShown: false, min: PROJECTOR_MIN_TYPE },
    { what: 'tablet upright, 8 organisations × 6 values', board: { rows: 8, columns: 6, names: SIX, width: 790, isProjector: false }, isShown: true, min: STILL_MIN_LABEL },
    { what: 'tablet upright, 15 organisations × 8 values', board: { rows: 15, columns: 8, names: VALUES, width: 790, isProjector: false }, isShown: false, min: STILL_MIN_LABEL },
    { what: 'laptop, 8 organisations × 8 values', board: { rows: 8, columns: 8, names: VALUES, width: 1880, isProjector: false }, isShown: true, min: STILL_MIN_LABEL },
  ])('$what: labels shown $isShown', ({ board, isShown, min }) => {
    const layout = boardLayout(room({ ...board, organisationNames: organisations(board.rows) }), TYPE);
    expect(layout.areStillLabelsShown).toBe(isShown);
    // All or none: shown exactly when every value's name reaches the minimum.
    expect(layout.stillLabelSizes.every((size) => size >= min)).toBe(isShown);
    if (isShown) expect(Math.min(...layout.stillLabelSizes)).toBeGreaterThanOrEqual(min);
  });

  it.each([
    { sizes: [19, 22, 18], isShown: true },
    { sizes: [19, 17.9, 25], isShown: false },
    { sizes: [], isShown: false },
  ])('sizes $sizes at 18 px: shown $isShown', ({ sizes, isShown }) => {
    expect(areLabelsShown(sizes, PROJECTOR_MIN_TYPE)).toBe(isShown);
  });
});

describe('boardLayout on a tablet or laptop', () => {
  it.each([
    { what: 'a tablet upright (820 px)', width: 790 },
    { what: 'a tablet on its side (1180 px)', width: 1150 },
    { what: 'a laptop', width: 1230 },
  ])('on $what, every value’s name in the row that places is 14 px or more; the other rows are compact', ({ width }) => {
    const layout = boardLayout(room({ width, isProjector: false, height: 0, headHeight: 0 }), TYPE);
    for (const name of VALUES) {
      for (const edges of INNER_PIECES) expect(TYPE.labelSize(name, layout.cellWidth, layout.activeRowHeight, layout.activeFit, edges)).toBeGreaterThanOrEqual(PLAY_MIN_LABEL);
    }
    expect(layout.activeRowHeight).toBeGreaterThanOrEqual(layout.rowHeight);
    expect(layout.rowHeight).toBeLessThanOrEqual(76);
    expect(layout.nameFontSize).toBeGreaterThanOrEqual(PLAY_MIN_LABEL);
    expect(layout.headFontSize).toBeGreaterThanOrEqual(PLAY_MIN_LABEL);
    expect(layout.rowsPerPage).toBe(15);
  });
});

describe('trayPieceSize', () => {
  it.each([
    { what: 'a tablet on its side fits eight in one row', width: 1088, count: 8, rows: 1 },
    { what: 'a tablet upright fits eight in two rows', width: 750, count: 8, rows: 2 },
    { what: 'five values on a tablet upright fit in one row', width: 750, count: 5, rows: 1 },
  ])('$what', ({ width, count, rows }) => {
    const size = trayPieceSize(width, count);
    const perRow = Math.floor((width + 8) / (size.width + size.tabSize + 8));
    expect(Math.ceil(count / perRow)).toBe(rows);
    expect(size.width).toBeGreaterThanOrEqual(116);
    for (const name of VALUES) {
      const label = pieceLabelLayout(hyphenate(name), size.width, size.height, { tabSize: size.tabSize, maxLines: size.maxLabelLines, readableSize: size.readableSize });
      expect(label.fontSize, name).toBeGreaterThanOrEqual(PLAY_MIN_LABEL);
    }
  });
});
