import { memo, type ReactNode } from 'react';
import { hyphenate } from '../domain/hyphenation.ts';
import { ALL_SIDES, pieceCuts, pieceLabelLayout, pieceOutline, toSvgPath, type PieceEdges, type PieceLabelLayout, type PieceSides } from '../domain/piece-shape.ts';
import { canMeasureLabels, measuredLabelWidth } from './label-measure.ts';

interface PuzzlePieceProps {
  /** The size of the piece's body; tabs are drawn outside it. */
  width: number;
  height: number;
  edges: PieceEdges;
  /** The value's colour; white text on it keeps a contrast of at least 4.5:1. */
  colour: string;
  /** The value's name ('' for none); broken where Danish hyphenates it. */
  label: string;
  /** How far tabs reach out (and blanks in): the same for every piece of a board, so they interlock. */
  tabSize?: number;
  /** The most lines the label may take (3 by default). */
  maxLabelLines?: number;
  /** A readable label size: words are broken only when keeping them whole would make the label smaller. */
  readableSize?: number;
  /**
   * Fit the label to this piece's own edges (only its blanks cut into the room; on the board), at most
   * `labelSize` px so a value's name has one size on every piece; by default to any edges (the tray).
   */
  isLabelFitToEdges?: boolean;
  /** The largest size of the label (px). */
  labelSize?: number;
  /** Draw the empty slot the piece fits into instead of the piece. */
  isGhost?: boolean;
  /** Mark the piece or slot, e.g. as the drop target under a dragged piece. */
  isHighlighted?: boolean;
  /** Draw the back of the piece (before the reveal): a card-back pattern, no colour, no name. */
  isFaceDown?: boolean;
  /**
   * The sides whose cut line this piece draws (all by default). On the board each edge is drawn by one
   * of its two pieces only (`drawnSides`), so neighbours never draw it twice.
   */
  cuts?: PieceSides;
  className?: string;
}

const GHOST_TEXT = '#1f2937';
const HIGHLIGHT_STROKE = '#111827';
/** The cut between two pieces: dark and see-through, so it reads on every colour and stays faint on an empty slot. */
const CUT_STROKE = 'rgb(15 23 42 / 0.3)';
/** An empty slot: a whisper of its value's colour, so the placed pieces stand out. */
const GHOST_FILL_OPACITY = 0.07;
/** The ids of the shared paint servers (`PieceDefs`). */
const SHEEN_ID = 'vp-piece-sheen';
const BACK_ID = 'vp-piece-back';

/**
 * One jigsaw piece of the value game, or the empty slot it fits into (`isGhost`), as an inline SVG.
 *
 * The svg is exactly the body's box and draws its tabs outside it (`overflow: visible`), so pieces
 * laid out edge to edge with no gap interlock: each tab fills the neighbour's blank. A container
 * that clips its overflow would cut the tabs off, and a highlighted piece needs to be raised above
 * its neighbours (z-index) for its whole outline to show. The svg is hidden from assistive
 * technology; the button or slot around it carries the accessible name.
 *
 * Memoised and compared by value (edges included), because the board renders one per value and
 * organisation (120 and more) and re-renders them while a piece is dragged.
 */
export const PuzzlePiece = memo(function PuzzlePiece({
  width,
  height,
  edges,
  colour,
  label,
  isGhost = false,
  isHighlighted = false,
  isFaceDown = false,
  cuts = ALL_SIDES,
  className,
  tabSize,
  maxLabelLines,
  readableSize,
  isLabelFitToEdges = false,
  labelSize,
}: PuzzlePieceProps) {
  const path = outlineOf(width, height, edges, tabSize);
  const cutPath = cutsOf(width, height, edges, cuts, tabSize);
  const text = pieceLabel(isFaceDown ? '' : label, width, height, {
    tabSize,
    maxLines: maxLabelLines,
    readableSize,
    maxFontSize: labelSize,
    edges: isLabelFitToEdges ? edges : undefined,
  });
  const svg = (children: ReactNode) => (
    <svg className={className} width={width} height={height} viewBox={`0 0 ${width} ${height}`} overflow="visible" aria-hidden="true">
      {children}
    </svg>
  );
  const cutLine = cutPath === '' ? null : <path d={cutPath} fill="none" stroke={CUT_STROKE} strokeWidth={1.25} strokeLinejoin="round" vectorEffect="non-scaling-stroke" />;

  if (isFaceDown) {
    return svg(
      <>
        <path d={path} transform="translate(1 2)" fill="rgb(0 0 0 / 0.28)" />
        <path d={path} fill={`url(#${BACK_ID})`} stroke="#ffffff" strokeWidth={1.5} strokeLinejoin="round" vectorEffect="non-scaling-stroke" />
      </>,
    );
  }
  if (isGhost) {
    // An empty slot is quiet: a tint and its cut lines; under a dragged piece it is marked all round.
    return svg(
      <>
        <path d={path} fill={colour} fillOpacity={isHighlighted ? 0.22 : GHOST_FILL_OPACITY} />
        {isHighlighted ? <path d={path} fill="none" stroke={colour} strokeWidth={3} strokeLinejoin="round" vectorEffect="non-scaling-stroke" /> : cutLine}
        <PieceText text={text} fill={GHOST_TEXT} />
      </>,
    );
  }
  // A placed piece has a little depth: a shadow below and right, a sheen from the top left (one shared
  // gradient), then its cut lines.
  return svg(
    <>
      <path d={path} transform="translate(1.5 2.5)" fill="rgb(0 0 0 / 0.26)" />
      <path d={path} fill={colour} />
      <path d={path} fill={`url(#${SHEEN_ID})`} />
      {isHighlighted ? <path d={path} fill="none" stroke={HIGHLIGHT_STROKE} strokeWidth={3} strokeLinejoin="round" vectorEffect="non-scaling-stroke" /> : cutLine}
      <PieceText text={text} fill="#ffffff" />
    </>,
  );
}, arePropsEqual);

function PieceText({ text, fill }: { text: PieceLabelLayout; fill: string }) {
  if (text.lines.length === 0) return null;
  return (
    <text x={text.x} y={text.firstLineY} textAnchor="middle" dominantBaseline="central" fontSize={text.fontSize} fontWeight={700} fill={fill}>
      {text.lines.map((line, index) => (
        <tspan key={index} x={text.x} dy={index === 0 ? 0 : text.lineGap}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * The paint the pieces share, drawn once per screen that shows pieces (the board): the sheen that gives
 * a placed piece its depth and the card-back pattern of a face-down piece. Without it the pieces are
 * flat and the backs plain, nothing worse.
 */
export function PieceDefs() {
  return (
    <svg className="piece-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <linearGradient id={SHEEN_ID} x1="0" y1="0" x2="0.35" y2="1">
          <stop offset="0" stopColor="#ffffff" stopOpacity="0.34" />
          <stop offset="0.42" stopColor="#ffffff" stopOpacity="0.06" />
          <stop offset="0.7" stopColor="#000000" stopOpacity="0" />
          <stop offset="1" stopColor="#000000" stopOpacity="0.14" />
        </linearGradient>
        <pattern id={BACK_ID} width="9" height="9" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="9" height="9" fill="#26407a" />
          <path d="M0 4.5H9M4.5 0V9" stroke="#4d6fb3" strokeWidth="1.6" />
          <circle cx="0" cy="0" r="1.4" fill="#f2c94c" />
          <circle cx="9" cy="9" r="1.4" fill="#f2c94c" />
        </pattern>
      </defs>
    </svg>
  );
}

/**
 * A board has only a handful of different outlines (its edge patterns at one size) and labels (its
 * values at one size), drawn hundreds of times: each is worked out once and kept. The caches are
 * emptied when they grow past what one board needs (after resizes).
 */
const CACHE_LIMIT = 1_000;
const outlines = new Map<string, string>();
const labelLayouts = new Map<string, PieceLabelLayout>();
const cutLines = new Map<string, string>();

function remembered<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const known = cache.get(key);
  if (known !== undefined) return known;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const made = make();
  cache.set(key, made);
  return made;
}

function outlineOf(width: number, height: number, { top, right, bottom, left }: PieceEdges, tabSize: number | undefined): string {
  return remembered(outlines, `${width}|${height}|${top}|${right}|${bottom}|${left}|${tabSize}`, () =>
    toSvgPath(pieceOutline(width, height, { top, right, bottom, left }, tabSize === undefined ? {} : { tabSize })),
  );
}

function cutsOf(width: number, height: number, edges: PieceEdges, sides: PieceSides, tabSize: number | undefined): string {
  const key = `${width}|${height}|${edges.top}|${edges.right}|${edges.bottom}|${edges.left}|${tabSize}|${sides.top}${sides.right}${sides.bottom}${sides.left}`;
  return remembered(cutLines, key, () => toSvgPath(pieceCuts(width, height, edges, sides, tabSize === undefined ? {} : { tabSize })));
}

/** The label's em width as the screen draws it: measured where possible, else the layout's estimate. */
function lineWidthOption(): { lineWidth?: (line: string) => number } {
  return canMeasureLabels() ? { lineWidth: (line: string) => measuredLabelWidth(line) ?? [...line].length * 0.66 } : {};
}

/**
 * How `label` is drawn on a piece of this size: hyphenated the Danish way, measured in the screen's own
 * font. The board uses it too, to size its rows so that every label is large enough.
 */
export function pieceLabel(
  label: string,
  width: number,
  height: number,
  {
    tabSize,
    maxLines,
    readableSize,
    maxFontSize,
    edges,
  }: {
    tabSize?: number | undefined;
    maxLines?: number | undefined;
    readableSize?: number | undefined;
    maxFontSize?: number | undefined;
    edges?: PieceEdges | undefined;
  } = {},
): PieceLabelLayout {
  const edgeKey = edges === undefined ? 'any' : `${edges.top}${edges.right}${edges.bottom}${edges.left}`;
  return remembered(labelLayouts, `${width}|${height}|${tabSize}|${maxLines}|${readableSize}|${maxFontSize}|${edgeKey}|${label}`, () =>
    pieceLabelLayout(hyphenate(label), width, height, {
      ...(tabSize === undefined ? {} : { tabSize }),
      ...(maxFontSize === undefined ? {} : { maxFontSize }),
      ...(edges === undefined ? {} : { edges }),
      ...(maxLines === undefined ? {} : { maxLines }),
      ...(readableSize === undefined ? {} : { readableSize }),
      ...lineWidthOption(),
    }),
  );
}

/** Shallow equality, except that `edges` is compared by its four sides, as callers often rebuild it. */
function arePropsEqual(before: PuzzlePieceProps, after: PuzzlePieceProps): boolean {
  return (
    before.width === after.width &&
    before.height === after.height &&
    before.colour === after.colour &&
    before.label === after.label &&
    before.isGhost === after.isGhost &&
    before.isHighlighted === after.isHighlighted &&
    before.isFaceDown === after.isFaceDown &&
    (before.cuts ?? ALL_SIDES).top === (after.cuts ?? ALL_SIDES).top &&
    (before.cuts ?? ALL_SIDES).right === (after.cuts ?? ALL_SIDES).right &&
    (before.cuts ?? ALL_SIDES).bottom === (after.cuts ?? ALL_SIDES).bottom &&
    (before.cuts ?? ALL_SIDES).left === (after.cuts ?? ALL_SIDES).left &&
    before.className === after.className &&
    before.tabSize === after.tabSize &&
    before.maxLabelLines === after.maxLabelLines &&
    before.readableSize === after.readableSize &&
    before.isLabelFitToEdges === after.isLabelFitToEdges &&
    before.labelSize === after.labelSize &&
    before.edges.top === after.edges.top &&
    before.edges.right === after.edges.right &&
    before.edges.bottom === after.edges.bottom &&
    before.edges.left === after.edges.left
  );
}
