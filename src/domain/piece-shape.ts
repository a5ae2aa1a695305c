import { fillLines, visibleLength } from './line-breaking.ts';
import { wrapLabel } from './sunshine-geometry.ts';

/**
 * The jigsaw shape of the value game's pieces, as plain data: the screen turns it into an SVG path
 * and print (jsPDF) will draw the same segments for cut-out pieces, so both show the same piece.
 *
 * Coordinates: the piece's body is the rectangle (0,0)-(width,height), y points down. Tabs reach
 * outside the body, blanks cut into it. Two neighbours interlock exactly when they have the same
 * width, height and tab size and one has a tab where the other has a blank.
 */

/** What one side of a piece does: stays straight, bulges out (tab) or is cut in (blank). */
export type Edge = 'flat' | 'tab' | 'blank';

/** The four sides of a piece, named as seen on the board. */
export interface PieceEdges {
  top: Edge;
  right: Edge;
  bottom: Edge;
  left: Edge;
}

/** One step of an outline, in the terms SVG paths and jsPDF's `path()` share (absolute coordinates). */
export type PathSegment =
  | { kind: 'M'; x: number; y: number }
  | { kind: 'L'; x: number; y: number }
  | { kind: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { kind: 'Z' };

/** Options shared by the shape functions. */
export interface PieceShapeOptions {
  /** How far a tab reaches out of the body (and a blank into it). Defaults to 22% of the shorter side. */
  tabSize?: number;
}

/** The default tab reach as a share of the piece's shorter side. */
export const TAB_SHARE = 0.22;
/**
 * The largest tab reach as a share of the shorter side: blanks on opposite sides must not meet in
 * the middle (each reaches one tab size in), and the knob must fit on its edge.
 */
export const MAX_TAB_SHARE = 0.4;

type UnitPoint = readonly [u: number, v: number];
interface UnitCurve {
  from: UnitPoint;
  control1: UnitPoint;
  control2: UnitPoint;
  to: UnitPoint;
}

/*
 * The left half of a knob in units of the tab size: u runs along the edge (0 is the edge's middle),
 * v away from the body (1 is the knob's tip). Shaped like the classic jigsaw tab: the edge dips in at
 * the shoulders to a narrow neck (0.6 wide, at v = 0.2), which flares out into a round head wider than
 * the tab is long (1.08 wide, its widest at v = 0.5, a half ellipse up to the tip). The head being
 * much wider than the neck is what makes it read as a tab, not a pin, and what holds the neighbour.
 * The top of the head uses the cubic quarter-ellipse approximation (handle = 0.5523 of the radius).
 */
const SHOULDER: UnitPoint = [-0.62, 0];
const NECK: UnitPoint = [-0.3, 0.2];
const WIDEST: UnitPoint = [-0.54, 0.5];
const TIP: UnitPoint = [0, 1];
const HALF_KNOB: readonly UnitCurve[] = [
  // From the shoulder on the edge, curving in and up into the neck.
  { from: SHOULDER, control1: [-0.44, 0], control2: [-0.3, 0.06], to: NECK },
  // The neck flaring out into the head, up to its widest point.
  { from: NECK, control1: [-0.3, 0.32], control2: [-0.54, 0.3], to: WIDEST },
  // A quarter ellipse over the top to the tip.
  { from: WIDEST, control1: [-0.54, 0.7762], control2: [-0.2982, 1], to: TIP },
];

/** The knob's widths in units of the tab size, for tests and for whoever lays pieces out. */
export const KNOB_SHAPE = { shoulderWidth: -2 * SHOULDER[0], neckWidth: -2 * NECK[0], headWidth: -2 * WIDEST[0] } as const;

/**
 * The whole knob from the left shoulder to the right shoulder. The right half is the left half
 * mirrored and run backwards, so the knob is symmetric about the edge's middle: an edge traversed in
 * either direction gives the same curve, which is why a tab fits the neighbour's blank exactly.
 */
const KNOB: readonly UnitCurve[] = [
  ...HALF_KNOB,
  ...[...HALF_KNOB].reverse().map(
    ({ from, control1, control2, to }): UnitCurve => ({
      from: mirror(to),
      control1: mirror(control2),
      control2: mirror(control1),
      to: mirror(from),
    }),
  ),
];

function mirror([u, v]: UnitPoint): UnitPoint {
  return [-u, v];
}

/**
 * How far a tab reaches out of a piece of this size (and a blank into it): `options.tabSize`, or 22%
 * of the shorter side, never more than 40% of it. It is also the margin to leave on every side of a
 * piece whose edges are not known, or to give all pieces of a size one box.
 */
export function tabReach(width: number, height: number, options: PieceShapeOptions = {}): number {
  const shorter = Math.min(width, height);
  return Math.min(options.tabSize ?? shorter * TAB_SHARE, shorter * MAX_TAB_SHARE);
}

/** A box in piece coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The box the piece actually covers: its body plus the tab reach on each side that has a tab. Use
 * it as a viewBox (`${x} ${y} ${width} ${height}`) or to lay out pieces for print.
 */
export function pieceBounds(width: number, height: number, edges: PieceEdges, options: PieceShapeOptions = {}): Box {
  const reach = tabReach(width, height, options);
  const out = (edge: Edge) => (edge === 'tab' ? reach : 0);
  return {
    x: -out(edges.left),
    y: -out(edges.top),
    width: width + out(edges.left) + out(edges.right),
    height: height + out(edges.top) + out(edges.bottom),
  };
}

/** A side of the body as the outline runs along it (clockwise): where it starts, its direction, outward. */
interface Side {
  edge: Edge;
  start: UnitPoint;
  along: UnitPoint;
  outward: UnitPoint;
  length: number;
}

/**
 * The outline of one piece, clockwise from the top-left corner: straight sides, and a knob centred
 * on each side that is a tab (bulging out) or a blank (the same knob cut in). Starts with M and ends
 * with Z.
 */
export function pieceOutline(width: number, height: number, edges: PieceEdges, options: PieceShapeOptions = {}): PathSegment[] {
  const reach = tabReach(width, height, options);
  const segments: PathSegment[] = [{ kind: 'M', x: 0, y: 0 }];
  for (const side of SIDE_ORDER) segments.push(...sideSegments(sideOf(side, width, height, edges), reach));
  segments.push({ kind: 'Z' });
  return segments;
}

/** The four sides in the order the outline runs them (clockwise from the top-left corner). */
export const SIDE_ORDER = ['top', 'right', 'bottom', 'left'] as const satisfies readonly (keyof PieceEdges)[];
export type SideName = (typeof SIDE_ORDER)[number];

/** Which of a piece's sides a drawing includes. */
export type PieceSides = Record<SideName, boolean>;

/** Every side: a piece drawn on its own (the tray, the carried piece, print). */
export const ALL_SIDES: PieceSides = { top: true, right: true, bottom: true, left: true };

function sideOf(name: SideName, width: number, height: number, edges: PieceEdges): Side {
  switch (name) {
    case 'top':
      return { edge: edges.top, start: [0, 0], along: [1, 0], outward: [0, -1], length: width };
    case 'right':
      return { edge: edges.right, start: [width, 0], along: [0, 1], outward: [1, 0], length: height };
    case 'bottom':
      return { edge: edges.bottom, start: [width, height], along: [-1, 0], outward: [0, 1], length: width };
    case 'left':
      return { edge: edges.left, start: [0, height], along: [0, -1], outward: [-1, 0], length: height };
  }
}

/**
 * The cut lines of some of a piece's sides, as open lines (one M per run of neighbouring sides, no Z):
 * the same curves as `pieceOutline`, for drawing a side once where two pieces share it.
 */
export function pieceCuts(width: number, height: number, edges: PieceEdges, sides: PieceSides, options: PieceShapeOptions = {}): PathSegment[] {
  const reach = tabReach(width, height, options);
  const segments: PathSegment[] = [];
  let isJoined = false;
  for (const name of SIDE_ORDER) {
    if (!sides[name]) {
      isJoined = false;
      continue;
    }
    const side = sideOf(name, width, height, edges);
    if (!isJoined) segments.push({ kind: 'M', x: side.start[0], y: side.start[1] });
    segments.push(...sideSegments(side, reach));
    isJoined = true;
  }
  return segments;
}

/**
 * The sides whose cut line the piece in `column`, `row` draws on a board of `columns` × `rows`, so that
 * every edge of the board is drawn exactly once: each piece draws its top and left, the last column its
 * right, the last row its bottom, and so does a row whose next row draws nothing (`isRowBelowDrawn`
 * false: a row of face-down pieces before the reveal). Drawn in board order (rows top to bottom, left to
 * right), a piece's lines lie above the neighbours drawn before it, whose tabs reach into its blanks.
 */
export function drawnSides(column: number, row: number, columns: number, rows: number, isRowBelowDrawn = true): PieceSides {
  return { top: true, left: true, right: column === columns - 1, bottom: row === rows - 1 || !isRowBelowDrawn };
}

function sideSegments({ edge, start, along, outward, length }: Side, reach: number): PathSegment[] {
  const at = (u: number, v: number): { x: number; y: number } => ({
    x: start[0] + u * along[0] + v * outward[0],
    y: start[1] + u * along[1] + v * outward[1],
  });
  const end = at(length, 0);
  if (edge === 'flat') return [{ kind: 'L', ...end }];
  // A blank is the tab turned inward: the same curve with the outward distance negated.
  const depth = edge === 'tab' ? reach : -reach;
  const knob = (point: UnitPoint) => at(length / 2 + point[0] * reach, point[1] * depth);
  const curves = KNOB.map(({ control1, control2, to }): PathSegment => {
    const first = knob(control1);
    const second = knob(control2);
    return { kind: 'C', x1: first.x, y1: first.y, x2: second.x, y2: second.y, ...knob(to) };
  });
  return [{ kind: 'L', ...knob(SHOULDER) }, ...curves, { kind: 'L', ...end }];
}

/** A number as a path shows it: at most two decimals, no trailing zeros (String(-0) is "0"). */
function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** The outline as an SVG path `d` string, e.g. `M0,0 L100,0 C1,2 3,4 5,6 Z`, numbers to 2 decimals. */
export function toSvgPath(segments: readonly PathSegment[]): string {
  const pair = (x: number, y: number) => `${formatNumber(x)},${formatNumber(y)}`;
  return segments
    .map((segment) => {
      switch (segment.kind) {
        case 'M':
        case 'L':
          return `${segment.kind}${pair(segment.x, segment.y)}`;
        case 'C':
          return `C${pair(segment.x1, segment.y1)} ${pair(segment.x2, segment.y2)} ${pair(segment.x, segment.y)}`;
        case 'Z':
          return 'Z';
      }
    })
    .join(' ');
}

/**
 * The edges of the piece in `column`, `row` of a grid of `columns` × `rows` so that neighbours
 * interlock: between two pieces one always has a tab where the other has a blank, and the grid's
 * outer sides are flat. The pattern is the classic cut: pieces on "white" squares of a checkerboard
 * have tabs left and right and blanks top and bottom, those on "black" squares the opposite, so an
 * inner piece has two tabs and two blanks.
 */
export function slotEdges(column: number, row: number, columns: number, rows: number): PieceEdges {
  const isEven = (column + row) % 2 === 0;
  const across: Edge = isEven ? 'tab' : 'blank';
  const upDown: Edge = isEven ? 'blank' : 'tab';
  return {
    top: row === 0 ? 'flat' : upDown,
    right: column === columns - 1 ? 'flat' : across,
    bottom: row === rows - 1 ? 'flat' : upDown,
    left: column === 0 ? 'flat' : across,
  };
}

/**
 * The edges of the piece in `column` of a row of `columns` pieces, for rows that stack whatever their
 * order (printed sets of blank pieces): across the row tabs and blanks alternate as on the board, and
 * every piece has a blank on top and a tab below, so any set laid under any other interlocks with it.
 * The row's two ends are flat.
 */
export function stackableEdges(column: number, columns: number): PieceEdges {
  const across: Edge = column % 2 === 0 ? 'tab' : 'blank';
  return {
    top: 'blank',
    right: column === columns - 1 ? 'flat' : across,
    bottom: 'tab',
    left: column === 0 ? 'flat' : across,
  };
}

/**
 * `slotEdges`, but straight on the top or bottom where the row above or below shows no pieces (it lies
 * face down before the reveal): no tab reaches into a stack of backs, and no blank waits for a piece
 * that is not there.
 */
export function slotEdgesBeside(column: number, row: number, columns: number, rows: number, isRowAboveShown: boolean, isRowBelowShown: boolean): PieceEdges {
  const edges = slotEdges(column, row, columns, rows);
  return { ...edges, top: isRowAboveShown ? edges.top : 'flat', bottom: isRowBelowShown ? edges.bottom : 'flat' };
}

/** Where and how big a piece's label is drawn. */
export interface PieceLabelLayout {
  lines: string[];
  fontSize: number;
  /** Distance between the middles of two lines. */
  lineGap: number;
  /** The middle of the first line; the others follow `lineGap` apart, all centred on `x`. */
  x: number;
  firstLineY: number;
  /** The room the label was fitted into, centred in the body. */
  room: Box;
}

/** The distance between lines as a multiple of the font size. */
const LINE_GAP = 1.15;
/** The height a line needs with its ascenders and descenders, a little more than the gap. */
const LINE_HEIGHT = 1.25;
const MAX_LABEL_LINES = 3;
/** Padding inside the label room as a share of the shorter side, so text never touches a cut. */
const LABEL_PADDING = 0.04;
/** The default largest font size as a share of the shorter side, so a short name is not shouted. */
const LABEL_MAX_SHARE = 0.3;
/**
 * Without a measure of the real font, a letter is taken as 0.62 em; DejaVu Sans Bold, the fallback on
 * Linux machines, measures about 0.65 em on the value names, so labels are fitted to a little less
 * than the room's width.
 */
const WIDE_FONT_ALLOWANCE = 0.94;
/** A measured line is fitted to this share of the room, for the rounding of glyph positions. */
const MEASURED_ALLOWANCE = 0.98;

/** How a label is fitted into a piece. */
export interface PieceLabelOptions extends PieceShapeOptions {
  /** The largest font size; by default 30% of the piece's shorter side. */
  maxFontSize?: number;
  /** The most lines a label may take (3 by default). */
  maxLines?: number;
  /**
   * The width of one line of the label in em (its width at a font size of 1), for a label drawn in a
   * known font (the screen measures its own); by default 0.62 em a letter, a little wide for safety.
   */
  lineWidth?: (line: string) => number;
  /**
   * A size the label is readable at: of the wrappings that reach it, the one that breaks the fewest
   * words (at their soft hyphens) wins, then the largest type; where none does, the largest type.
   * Without it the largest type wins, however the words break.
   */
  readableSize?: number;
  /**
   * The piece's edges, where the label is fitted to one piece: only its blanks cut into the room
   * (tabs and flat sides leave the body whole). Without them, the room is inset by the tab reach on
   * every side, as any edges could.
   */
  edges?: PieceEdges;
}

function estimatedLineWidth(line: string): number {
  return ([...line].length * 0.62) / WIDE_FONT_ALLOWANCE;
}

/**
 * The label of a piece, wrapped onto at most three lines (or `maxLines`) and sized to fit the body.
 * The room is the body less the tab reach on every side, whatever the edges are (a blank may cut into
 * any side, and the same value's label then has the same size on every piece of that size, in the tray
 * and in its slot), or, given `options.edges`, less the reach on the piece's blanks only. Picks the wrapping that allows the largest type. Soft
 * hyphens in the label (`hyphenate()`) are where a long word may be broken, with a hyphen.
 */
export function pieceLabelLayout(label: string, width: number, height: number, options: PieceLabelOptions = {}): PieceLabelLayout {
  const reach = tabReach(width, height, options);
  const padding = Math.min(width, height) * LABEL_PADDING;
  const inset = (side: SideName) => padding + (options.edges === undefined || options.edges[side] === 'blank' ? reach : 0);
  const room: Box = {
    x: inset('left'),
    y: inset('top'),
    width: Math.max(0, width - inset('left') - inset('right')),
    height: Math.max(0, height - inset('top') - inset('bottom')),
  };
  const maxFontSize = options.maxFontSize ?? Math.min(width, height) * LABEL_MAX_SHARE;
  const maxLines = options.maxLines ?? MAX_LABEL_LINES;
  const lineWidth = options.lineWidth ?? estimatedLineWidth;
  const fitWidth = options.lineWidth ? room.width * MEASURED_ALLOWANCE : room.width;
  const text = label.trim();
  // Words that end in a hyphen as written ("Sundheds- og …"): a line ending in one breaks no word.
  const hyphenatedWords = new Set(text.split(/\s+/u).filter((word) => word.endsWith('-')));
  const breaksIn = (lines: string[]) => lines.filter((line) => line.endsWith('-') && !hyphenatedWords.has(line.split(' ').at(-1) ?? '')).length;
  let largest: { lines: string[]; fontSize: number; breaks: number } | null = null;
  let readable: { lines: string[]; fontSize: number; breaks: number } | null = null;
  // Each width is wrapped both ways: broken words on lines of their own, and lines filled as a typesetter does.
  const wrappings = Array.from({ length: visibleLength(text) }, (_, index) => visibleLength(text) - index).flatMap((maxChars) => [
    wrapLabel(text, maxChars),
    fillLines(text, maxChars),
  ]);
  for (const lines of wrappings) {
    if (lines.length > maxLines) continue;
    const widest = Math.max(...lines.map(lineWidth), 0.01);
    const fontSize = Math.min(maxFontSize, fitWidth / widest, room.height / ((lines.length - 1) * LINE_GAP + LINE_HEIGHT));
    const candidate = { lines, fontSize, breaks: breaksIn(lines) };
    // Fewer lines win a tie: they are tried first and only beaten by strictly larger type.
    if (!largest || fontSize > largest.fontSize) largest = candidate;
    // Of the readable ones: the fewest words broken, then the largest type.
    const isBetter = !readable || candidate.breaks < readable.breaks || (candidate.breaks === readable.breaks && fontSize > readable.fontSize);
    if (options.readableSize !== undefined && fontSize >= options.readableSize && isBetter) readable = candidate;
  }
  const best = readable ?? largest ?? { lines: [], fontSize: maxFontSize };
  const lineGap = best.fontSize * LINE_GAP;
  return {
    lines: best.lines,
    fontSize: best.fontSize,
    lineGap,
    x: room.x + room.width / 2,
    firstLineY: room.y + room.height / 2 - ((best.lines.length - 1) * lineGap) / 2,
    room,
  };
}
