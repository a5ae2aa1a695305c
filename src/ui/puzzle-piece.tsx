import { memo } from 'react';
import { hyphenate } from '../domain/hyphenation.ts';
import { pieceLabelLayout, pieceOutline, toSvgPath, type PieceEdges, type PieceLabelLayout } from '../domain/piece-shape.ts';
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
  /** Draw the empty slot the piece fits into instead of the piece. */
  isGhost?: boolean;
  /** Mark the piece or slot, e.g. as the drop target under a dragged piece. */
  isHighlighted?: boolean;
  className?: string;
}

const GHOST_TEXT = '#1f2937';
const HIGHLIGHT_STROKE = '#111827';

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
  className,
  tabSize,
  maxLabelLines,
  readableSize,
}: PuzzlePieceProps) {
  const path = outlineOf(width, height, edges, tabSize);
  const text = pieceLabel(label, width, height, { tabSize, maxLines: maxLabelLines, readableSize });

  // An empty slot is an outline in the value's colour; under a dragged piece it is tinted and solid.
  const fill = isGhost ? (isHighlighted ? colour : 'none') : colour;
  const stroke = isGhost ? colour : isHighlighted ? HIGHLIGHT_STROKE : '#ffffff';
  return (
    <svg
      className={className}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      overflow="visible"
      aria-hidden="true"
    >
      <path
        d={path}
        fill={fill}
        fillOpacity={isGhost && isHighlighted ? 0.18 : 1}
        stroke={stroke}
        strokeWidth={isHighlighted ? 3 : 1.5}
        strokeDasharray={isGhost && !isHighlighted ? '6 4' : undefined}
        strokeLinejoin="round"
        vectorEffect="non-scaling-stroke"
      />
      <text
        x={text.x}
        y={text.firstLineY}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={text.fontSize}
        fontWeight={700}
        fill={isGhost ? GHOST_TEXT : '#ffffff'}
      >
        {text.lines.map((line, index) => (
          <tspan key={index} x={text.x} dy={index === 0 ? 0 : text.lineGap}>
            {line}
          </tspan>
        ))}
      </text>
    </svg>
  );
}, arePropsEqual);

/**
 * A board has only a handful of different outlines (its edge patterns at one size) and labels (its
 * values at one size), drawn hundreds of times: each is worked out once and kept. The caches are
 * emptied when they grow past what one board needs (after resizes).
 */
const CACHE_LIMIT = 1_000;
const outlines = new Map<string, string>();
const labelLayouts = new Map<string, PieceLabelLayout>();

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
  { tabSize, maxLines, readableSize }: { tabSize?: number | undefined; maxLines?: number | undefined; readableSize?: number | undefined } = {},
): PieceLabelLayout {
  return remembered(labelLayouts, `${width}|${height}|${tabSize}|${maxLines}|${readableSize}|${label}`, () =>
    pieceLabelLayout(hyphenate(label), width, height, {
      ...(tabSize === undefined ? {} : { tabSize }),
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
    before.className === after.className &&
    before.tabSize === after.tabSize &&
    before.maxLabelLines === after.maxLabelLines &&
    before.readableSize === after.readableSize &&
    before.edges.top === after.edges.top &&
    before.edges.right === after.edges.right &&
    before.edges.bottom === after.edges.bottom &&
    before.edges.left === after.edges.left
  );
}
