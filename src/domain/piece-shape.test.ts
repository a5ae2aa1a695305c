import { describe, expect, it } from 'vitest';
import {
  ALL_SIDES,
  drawnSides,
  pieceBounds,
  pieceCuts,
  pieceLabelLayout,
  pieceOutline,
  slotEdges,
  stackableEdges,
  tabReach,
  toSvgPath,
  type Edge,
  type PathSegment,
  type PieceEdges,
  type PieceSides,
} from './piece-shape.ts';

type Side = keyof PieceEdges;
type Point = { x: number; y: number };

const SIDES: readonly Side[] = ['top', 'right', 'bottom', 'left'];
const EDGES: readonly Edge[] = ['flat', 'tab', 'blank'];
const FLAT: PieceEdges = { top: 'flat', right: 'flat', bottom: 'flat', left: 'flat' };

/** Every one of the 81 combinations of edges. */
const ALL_EDGES: PieceEdges[] = EDGES.flatMap((top) =>
  EDGES.flatMap((right) => EDGES.flatMap((bottom) => EDGES.map((left) => ({ top, right, bottom, left })))),
);

/** The end points of the curves: the knob's shape without its control points. */
function curveEnds(segments: readonly PathSegment[]): Point[] {
  return segments.flatMap((segment) => (segment.kind === 'C' ? [{ x: segment.x, y: segment.y }] : []));
}

/** End points and control points of the segments: a cubic Bézier lies inside their hull. */
function points(segments: readonly PathSegment[], only?: PathSegment['kind']): Point[] {
  return segments.flatMap((segment): Point[] => {
    if (only && segment.kind !== only) return [];
    switch (segment.kind) {
      case 'M':
      case 'L':
        return [{ x: segment.x, y: segment.y }];
      case 'C':
        return [
          { x: segment.x1, y: segment.y1 },
          { x: segment.x2, y: segment.y2 },
          { x: segment.x, y: segment.y },
        ];
      case 'Z':
        return [];
    }
  });
}

function withOnly(side: Side, edge: Edge): PieceEdges {
  return { ...FLAT, [side]: edge };
}

/**
 * The distinct points of an outline, shifted by (dx, dy), that lie on the line `axis` = `line` or up
 * to `reach` beyond it: for two neighbours, the shared side with its knob and nothing else.
 */
function sharedSide(segments: readonly PathSegment[], shift: Point, axis: 'x' | 'y', line: number, reach: number): string[] {
  const shifted = points(segments).map(({ x, y }) => ({ x: x + shift.x, y: y + shift.y }));
  const near = shifted.filter((point) => point[axis] >= line - 1e-9 && point[axis] <= line + reach + 1e-9);
  return [...new Set(near.map(({ x, y }) => `${x.toFixed(6)},${y.toFixed(6)}`))].sort();
}

const W = 160;
const H = 110;
const REACH = tabReach(W, H);

/**
 * How far a point lies outside the body across `side` (negative: inside), and where it lies along
 * that side measured from the side's middle.
 */
function across(side: Side, { x, y }: Point): number {
  return { top: -y, right: x - W, bottom: y - H, left: -x }[side];
}
function along(side: Side, { x, y }: Point): number {
  return side === 'top' || side === 'bottom' ? x - W / 2 : y - H / 2;
}

describe('slotEdges', () => {
  it.each([
    [1, 1],
    [3, 5],
    [5, 3],
    [8, 15],
    [15, 8],
  ])('makes neighbours interlock and the outside flat in a grid of %i × %i', (columns, rows) => {
    for (let row = 0; row < rows; row++) {
      for (let column = 0; column < columns; column++) {
        const edges = slotEdges(column, row, columns, rows);
        if (column === columns - 1) expect(edges.right).toBe('flat');
        else {
          const pair = [edges.right, slotEdges(column + 1, row, columns, rows).left].sort();
          expect(pair, `right of ${column},${row}`).toEqual(['blank', 'tab']);
        }
        if (row === rows - 1) expect(edges.bottom).toBe('flat');
        else {
          const pair = [edges.bottom, slotEdges(column, row + 1, columns, rows).top].sort();
          expect(pair, `bottom of ${column},${row}`).toEqual(['blank', 'tab']);
        }
        if (column === 0) expect(edges.left).toBe('flat');
        if (row === 0) expect(edges.top).toBe('flat');
      }
    }
  });

  it.each([
    [3, 5],
    [8, 15],
  ])('gives every inner piece of a %i × %i grid two tabs and two blanks', (columns, rows) => {
    for (let row = 1; row < rows - 1; row++) {
      for (let column = 1; column < columns - 1; column++) {
        const sides = Object.values(slotEdges(column, row, columns, rows)).sort();
        expect(sides).toEqual(['blank', 'blank', 'tab', 'tab']);
      }
    }
  });

  it('is the same for the same slot every time (deterministic)', () => {
    expect(slotEdges(4, 7, 8, 15)).toEqual(slotEdges(4, 7, 8, 15));
  });
});

describe('stackableEdges', () => {
  it.each([1, 2, 5, 8])('makes a row of %i that interlocks across and with any row like it above or below', (columns) => {
    for (let column = 0; column < columns; column++) {
      const edges = stackableEdges(column, columns);
      // Any row under any other: this piece's tab below meets the blank on top of the piece under it.
      expect([edges.bottom, stackableEdges(column, columns).top].sort()).toEqual(['blank', 'tab']);
      if (column === 0) expect(edges.left).toBe('flat');
      if (column === columns - 1) expect(edges.right).toBe('flat');
      else expect([edges.right, stackableEdges(column + 1, columns).left].sort(), `right of ${column}`).toEqual(['blank', 'tab']);
    }
  });
});

describe('tabReach', () => {
  it.each([
    ['22% of the shorter side by default', 160, 110, {}, 110 * 0.22],
    ['the same for a tall piece', 80, 200, {}, 80 * 0.22],
    ['the size asked for', 160, 110, { tabSize: 30 }, 30],
    ['at most 40% of the shorter side', 160, 110, { tabSize: 60 }, 44],
  ])('is %s', (_case, width, height, options, expected) => {
    expect(tabReach(width, height, options)).toBeCloseTo(expected, 9);
  });
});

describe('pieceOutline', () => {
  it.each(ALL_EDGES)('starts with M at the top-left corner, returns there and ends with Z (%o)', (edges) => {
    const outline = pieceOutline(W, H, edges);
    expect(outline[0]).toEqual({ kind: 'M', x: 0, y: 0 });
    expect(outline.at(-1)).toEqual({ kind: 'Z' });
    const last = outline.at(-2);
    expect(last && last.kind !== 'Z' && [last.x, last.y]).toEqual([0, 0]);
  });

  it('is the bare rectangle when every edge is flat', () => {
    expect(pieceOutline(100, 50, FLAT)).toEqual([
      { kind: 'M', x: 0, y: 0 },
      { kind: 'L', x: 100, y: 0 },
      { kind: 'L', x: 100, y: 50 },
      { kind: 'L', x: 0, y: 50 },
      { kind: 'L', x: 0, y: 0 },
      { kind: 'Z' },
    ]);
  });

  it.each(SIDES)('bulges a tab on the %s out of the body, up to the tab reach, centred', (side) => {
    const knob = points(pieceOutline(W, H, withOnly(side, 'tab')), 'C');
    const distances = knob.map((point) => across(side, point));
    expect(Math.max(...distances)).toBeCloseTo(REACH, 9);
    expect(Math.min(...distances)).toBeGreaterThanOrEqual(0);
    const tip = curveEnds(pieceOutline(W, H, withOnly(side, 'tab'))).find((point) => Math.abs(across(side, point) - REACH) < 1e-9);
    expect(tip && along(side, tip)).toBeCloseTo(0, 9);
  });

  it.each(SIDES)('cuts a blank on the %s into the body, as deep as a tab reaches, centred', (side) => {
    const knob = points(pieceOutline(W, H, withOnly(side, 'blank')), 'C');
    const distances = knob.map((point) => across(side, point));
    expect(Math.min(...distances)).toBeCloseTo(-REACH, 9);
    expect(Math.max(...distances)).toBeLessThanOrEqual(0);
    const tip = curveEnds(pieceOutline(W, H, withOnly(side, 'blank'))).find((point) => Math.abs(across(side, point) + REACH) < 1e-9);
    expect(tip && along(side, tip)).toBeCloseTo(0, 9);
  });

  it.each(SIDES)('leaves the other sides of a piece with a knob on the %s straight', (side) => {
    for (const edge of ['tab', 'blank'] as const) {
      const all = points(pieceOutline(W, H, withOnly(side, edge)));
      for (const other of SIDES.filter((candidate) => candidate !== side)) {
        expect(Math.max(...all.map((point) => across(other, point)))).toBeCloseTo(0, 9);
      }
    }
  });

  it.each(SIDES)('gives the knob on the %s a neck narrower than its head', (side) => {
    // The knob's own points, off the body's line (the shoulders lie on it).
    const knob = curveEnds(pieceOutline(W, H, withOnly(side, 'tab'))).filter((point) => across(side, point) > 1e-9);
    const halfWidth = (point: Point) => Math.abs(along(side, point));
    const head = Math.max(...knob.map(halfWidth));
    const widest = knob.find((point) => halfWidth(point) === head);
    const neck = knob.filter((point) => widest && across(side, point) < across(side, widest));
    expect(neck.length).toBeGreaterThan(0);
    for (const point of neck) expect(halfWidth(point)).toBeLessThan(head * 0.75);
  });

  /** Points along the drawn curves themselves (not their control points), 24 per curve. */
  function sampled(segments: readonly PathSegment[]): Point[] {
    const result: Point[] = [];
    let at: Point = { x: 0, y: 0 };
    for (const segment of segments) {
      if (segment.kind === 'C') {
        for (let step = 0; step <= 24; step++) {
          const t = step / 24;
          const u = 1 - t;
          const mix = (a: number, b: number, c: number, d: number) => u * u * u * a + 3 * u * u * t * b + 3 * u * t * t * c + t * t * t * d;
          result.push({ x: mix(at.x, segment.x1, segment.x2, segment.x), y: mix(at.y, segment.y1, segment.y2, segment.y) });
        }
      }
      if (segment.kind !== 'Z') at = { x: segment.x, y: segment.y };
    }
    return result;
  }

  it.each(
    [
      [160, 110],
      [157, 48],
      [210, 93],
      [84, 52],
    ].flatMap(([width = 0, height = 0]) => SIDES.map((side) => [side, width, height] as const)),
  )('draws a classic jigsaw tab on the %s of a %i × %i piece: a round head wider than its neck, within the reach', (side, width, height) => {
    const reach = tabReach(width, height);
    const middle = { top: width / 2, bottom: width / 2, left: height / 2, right: height / 2 }[side];
    const outside = { top: (p: Point) => -p.y, right: (p: Point) => p.x - width, bottom: (p: Point) => p.y - height, left: (p: Point) => -p.x }[side];
    const offset = (p: Point) => Math.abs((side === 'top' || side === 'bottom' ? p.x : p.y) - middle);
    const curve = sampled(pieceOutline(width, height, withOnly(side, 'tab'), {}));
    // The outline never leaves the reach: not further out, nor into the body.
    for (const point of curve) {
      expect(outside(point)).toBeGreaterThanOrEqual(-1e-9);
      expect(outside(point)).toBeLessThanOrEqual(reach + 1e-9);
    }
    // Widths of the knob low (the neck) and high (the head), across the side.
    const widthBetween = (from: number, to: number) => 2 * Math.max(...curve.filter((p) => outside(p) >= from * reach && outside(p) <= to * reach).map(offset));
    const neck = Math.min(...[0.15, 0.2, 0.25].map((level) => widthBetween(level - 0.03, level + 0.03)));
    const head = widthBetween(0.4, 0.9);
    expect(head).toBeGreaterThan(neck * 1.5);
    // The head is about as wide as the tab is long: it reads as a tab, not as a pin.
    expect(head).toBeGreaterThanOrEqual(reach);
    // A blank is the same knob cut in: as deep, never deeper.
    const blank = sampled(pieceOutline(width, height, withOnly(side, 'blank'), {}));
    expect(Math.min(...blank.map(outside))).toBeCloseTo(-reach, 6);
    expect(Math.max(...blank.map(outside))).toBeLessThanOrEqual(1e-9);
  });

  it.each([
    ['side by side', 'right', 'left', 'x', W],
    ['one above the other', 'bottom', 'top', 'y', H],
  ] as const)('fits a tab into the neighbour’s blank exactly, %s', (_case, near, far, axis, line) => {
    // The neighbour sits one body further on; in the same frame its blank must trace the tab's curve.
    const shift = axis === 'x' ? { x: W, y: 0 } : { x: 0, y: H };
    const tab = sharedSide(pieceOutline(W, H, withOnly(near, 'tab')), { x: 0, y: 0 }, axis, line, REACH);
    const blank = sharedSide(pieceOutline(W, H, withOnly(far, 'blank')), shift, axis, line, REACH);
    expect(tab.length).toBeGreaterThan(10);
    expect(blank).toEqual(tab);
    // A tab does not fit a tab: the test can tell them apart.
    const otherTab = sharedSide(pieceOutline(W, H, withOnly(far, 'tab')), shift, axis, line - REACH, REACH);
    expect(otherTab).not.toEqual(tab);
  });

  it.each([
    [8, 15],
    [15, 8],
  ])('fits every pair of neighbours on a %i × %i board', (columns, rows) => {
    const origin = { x: 0, y: 0 };
    for (let row = 0; row < rows; row++) {
      for (let column = 0; column < columns; column++) {
        const edges = slotEdges(column, row, columns, rows);
        if (column < columns - 1) {
          const right = slotEdges(column + 1, row, columns, rows);
          // Only the shared side is drawn, so other knobs cannot stray into the compared strip.
          const near = sharedSide(pieceOutline(W, H, { ...FLAT, right: edges.right }), origin, 'x', W - REACH, 2 * REACH);
          const far = sharedSide(pieceOutline(W, H, { ...FLAT, left: right.left }), { x: W, y: 0 }, 'x', W - REACH, 2 * REACH);
          expect(far, `${column},${row} and the piece to its right`).toEqual(near);
        }
        if (row < rows - 1) {
          const below = slotEdges(column, row + 1, columns, rows);
          const near = sharedSide(pieceOutline(W, H, { ...FLAT, bottom: edges.bottom }), origin, 'y', H - REACH, 2 * REACH);
          const far = sharedSide(pieceOutline(W, H, { ...FLAT, top: below.top }), { x: 0, y: H }, 'y', H - REACH, 2 * REACH);
          expect(far, `${column},${row} and the piece below`).toEqual(near);
        }
      }
    }
  });
});

/** One side alone, for `pieceCuts`. */
function only(side: Side): PieceSides {
  return { top: false, right: false, bottom: false, left: false, [side]: true };
}

/**
 * A side's line as a key that does not depend on which of its two pieces draws it, nor in which
 * direction: the set of its points on the board (end, shoulder and control points), rounded.
 */
function sideKey(segments: readonly PathSegment[], shift: Point): string {
  const near = points(segments).map(({ x, y }) => `${(x + shift.x).toFixed(4)},${(y + shift.y).toFixed(4)}`);
  return [...new Set(near)].sort().join(' ');
}

describe('pieceCuts and drawnSides: every edge of the board drawn once', () => {
  const CW = 150;
  const RH = 60;
  const TAB = 14;

  /** Every side of every shown piece as a key, each piece's four sides traced on their own. */
  function everySide(columns: number, shownRows: readonly number[], rows: number): Set<string> {
    const keys = new Set<string>();
    for (const row of shownRows) {
      for (let column = 0; column < columns; column++) {
        const edges = slotEdges(column, row, columns, rows);
        for (const side of SIDES) keys.add(sideKey(pieceCuts(CW, RH, edges, only(side), { tabSize: TAB }), { x: column * CW, y: row * RH }));
      }
    }
    return keys;
  }

  /** The lines the pieces draw (drawnSides), each drawn side as a key, with how often it is drawn. */
  function drawnCounts(columns: number, shownRows: readonly number[], rows: number): Map<string, number> {
    const counts = new Map<string, number>();
    for (const row of shownRows) {
      const sides = (column: number) => drawnSides(column, row, columns, rows, shownRows.includes(row + 1));
      for (let column = 0; column < columns; column++) {
        const edges = slotEdges(column, row, columns, rows);
        for (const side of SIDES.filter((candidate) => sides(column)[candidate])) {
          const key = sideKey(pieceCuts(CW, RH, edges, only(side), { tabSize: TAB }), { x: column * CW, y: row * RH });
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    }
    return counts;
  }

  it.each([
    ['one piece', 1, 1],
    ['a row of eight', 8, 1],
    ['8 values × 15 organisations', 8, 15],
    ['5 values × 3 organisations', 5, 3],
  ])('%s: each inner and outer edge is drawn exactly once', (_case, columns, rows) => {
    const shown = Array.from({ length: rows }, (_, row) => row);
    const counts = drawnCounts(columns, shown, rows);
    // Neighbours' shared sides are one key (the tab traces the blank), so the board has this many edges.
    const edgeCount = (columns - 1) * rows + columns * (rows - 1) + 2 * (columns + rows);
    expect(everySide(columns, shown, rows).size).toBe(edgeCount);
    expect(counts.size).toBe(edgeCount);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    expect(new Set(counts.keys())).toEqual(everySide(columns, shown, rows));
  });

  it('a row above a face-down row draws its bottom, and the row below it its top: still each edge once', () => {
    const rows = 5;
    const shown = [0, 1, 3, 4]; // row 2 lies face down: it draws no piece
    const counts = drawnCounts(8, shown, rows);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    expect(new Set(counts.keys())).toEqual(everySide(8, shown, rows));
  });

  it('a joined run of sides traces the outline (without its closing)', () => {
    const edges: PieceEdges = { top: 'blank', right: 'tab', bottom: 'tab', left: 'blank' };
    const outline = pieceOutline(W, H, edges);
    expect(pieceCuts(W, H, edges, ALL_SIDES)).toEqual(outline.slice(0, -1));
    // Top and left are not neighbours in the drawing order: two lines, each with its own start.
    const topLeft = pieceCuts(W, H, edges, { top: true, right: false, bottom: false, left: true });
    expect(topLeft.filter((segment) => segment.kind === 'M')).toEqual([
      { kind: 'M', x: 0, y: 0 },
      { kind: 'M', x: 0, y: H },
    ]);
  });
});

describe('pieceBounds', () => {
  it.each(ALL_EDGES)('holds every point of the outline and touches it on each side (%o)', (edges) => {
    const bounds = pieceBounds(W, H, edges);
    const all = points(pieceOutline(W, H, edges));
    const xs = all.map((point) => point.x);
    const ys = all.map((point) => point.y);
    expect(Math.min(...xs)).toBeCloseTo(bounds.x, 9);
    expect(Math.max(...xs)).toBeCloseTo(bounds.x + bounds.width, 9);
    expect(Math.min(...ys)).toBeCloseTo(bounds.y, 9);
    expect(Math.max(...ys)).toBeCloseTo(bounds.y + bounds.height, 9);
  });

  it('is the body grown by the tab reach on each side with a tab', () => {
    expect(pieceBounds(100, 50, { top: 'tab', right: 'blank', bottom: 'flat', left: 'tab' }, { tabSize: 10 })).toEqual({
      x: -10,
      y: -10,
      width: 110,
      height: 60,
    });
  });
});

describe('toSvgPath', () => {
  it.each([
    ['a flat piece', pieceOutline(100, 50, FLAT), 'M0,0 L100,0 L100,50 L0,50 L0,0 Z'],
    [
      'a curve, rounded to two decimals',
      [
        { kind: 'M', x: 1.005, y: 2.3333 },
        { kind: 'C', x1: 0.125, y1: 10, x2: 20.999, y2: -3.14159, x: 7, y: 8.5 },
        { kind: 'Z' },
      ],
      'M1,2.33 C0.13,10 21,-3.14 7,8.5 Z',
    ],
    ['never "-0"', [{ kind: 'M', x: -0.001, y: -0 }], 'M0,0'],
  ] satisfies [string, PathSegment[], string][])('writes %s', (_case, segments, expected) => {
    expect(toSvgPath(segments)).toBe(expected);
  });

  it('writes one command per segment', () => {
    const outline = pieceOutline(W, H, { top: 'tab', right: 'blank', bottom: 'tab', left: 'blank' });
    const commands = toSvgPath(outline).match(/[MLCZ]/gu) ?? [];
    expect(commands.join('')).toBe(outline.map((segment) => segment.kind).join(''));
  });
});

const SHY = '\u00AD';

describe('pieceLabelLayout', () => {
  const NAMES = ['Bredere målgruppe', 'Øget faglighed', 'Stærkere samarbejdsgrundlag', 'Større socialt ansvar', 'Adgang til flere ressourcer', 'Tillid'];
  const SIZES = [
    [160, 110],
    [118, 112],
    [205, 64],
    [90, 140],
  ];
  const CASES = NAMES.flatMap((name) => SIZES.map(([width = 0, height = 0]) => [name, width, height] as const));

  it.each(CASES)('fits "%s" into the body of a %i × %i piece on at most three lines', (name, width, height) => {
    const layout = pieceLabelLayout(name, width, height);
    expect(layout.lines.length).toBeGreaterThan(0);
    expect(layout.lines.length).toBeLessThanOrEqual(3);
    // No letter is lost: the lines are the name, with a break hyphen at most.
    expect(layout.lines.join(' ').replace('- ', '')).toBe(name);
    // The room keeps clear of every blank, and the text keeps inside the room.
    const reach = tabReach(width, height);
    expect(layout.room.x).toBeGreaterThanOrEqual(reach);
    expect(layout.room.y).toBeGreaterThanOrEqual(reach);
    const longest = Math.max(...layout.lines.map((line) => line.length));
    expect(longest * 0.62 * layout.fontSize).toBeLessThanOrEqual(layout.room.width);
    const top = layout.firstLineY - layout.fontSize / 2;
    const bottom = layout.firstLineY + (layout.lines.length - 1) * layout.lineGap + layout.fontSize / 2;
    expect(top).toBeGreaterThanOrEqual(layout.room.y);
    expect(bottom).toBeLessThanOrEqual(layout.room.y + layout.room.height);
    expect(layout.x).toBeCloseTo(width / 2, 9);
  });

  it('prefers the wrapping that allows the largest type', () => {
    // On a square piece one long line would be tiny; two lines are larger.
    const layout = pieceLabelLayout('Bredere målgruppe', 160, 160);
    expect(layout.lines).toEqual(['Bredere', 'målgruppe']);
  });

  it('keeps to the largest font size asked for', () => {
    expect(pieceLabelLayout('Tillid', 400, 400, { maxFontSize: 20 }).fontSize).toBe(20);
  });

  it('breaks a hyphenated name at its soft hyphens, more lines when allowed, and the type grows', () => {
    const name = `Stær${SHY}ke${SHY}re sam${SHY}ar${SHY}bejds${SHY}grund${SHY}lag`;
    const three = pieceLabelLayout(name, 86, 130, { tabSize: 11 });
    const six = pieceLabelLayout(name, 86, 130, { tabSize: 11, maxLines: 6 });
    expect(three.lines.length).toBeLessThanOrEqual(3);
    expect(six.lines.length).toBeGreaterThan(3);
    expect(six.fontSize).toBeGreaterThan(three.fontSize);
    // Every line is a whole word or a part of one ending in a hyphen; no soft hyphen is drawn.
    expect(six.lines.join('')).not.toContain(SHY);
    expect(six.lines.join(' ').replaceAll('- ', '')).toBe('Stærkere samarbejdsgrundlag');
  });

  it.each([
    // Whole words reach the readable size: no word is broken, though breaking would give larger type.
    { name: `Tryg${SHY}hed`, width: 120, height: 150, lines: ['Tryghed'] },
    { name: `Bre${SHY}de${SHY}re mål${SHY}grup${SHY}pe`, width: 150, height: 110, lines: ['Bredere', 'målgruppe'] },
    // Too narrow for whole words: as few words broken as reach it.
    { name: `Bre${SHY}de${SHY}re mål${SHY}grup${SHY}pe`, width: 92, height: 150, lines: ['Bredere', 'mål-', 'gruppe'] },
  ])('with a readable size of 14 px, breaks as few words as it can: $lines', ({ name, width, height, lines }) => {
    const layout = pieceLabelLayout(name, width, height, { tabSize: 8, maxLines: 6, readableSize: 14 });
    expect(layout.lines).toEqual(lines);
    expect(layout.fontSize).toBeGreaterThanOrEqual(14);
  });

  it('fits the widest line as the given measure has it', () => {
    // A font twice as wide as the estimate gives type about half the size.
    const estimated = pieceLabelLayout('Tryghed', 200, 200, { maxFontSize: 200 });
    const measured = pieceLabelLayout('Tryghed', 200, 200, { maxFontSize: 200, lineWidth: (line) => [...line].length * 1.3 });
    expect(measured.fontSize).toBeLessThan(estimated.fontSize * 0.6);
    expect(measured.fontSize * 7 * 1.3).toBeLessThanOrEqual(measured.room.width);
  });
});
