import { actorTypeColour, type ActorTypeId } from './actor-type.ts';
import { hyphenate } from './hyphenation.ts';
import { wrapWords } from './line-breaking.ts';
import { linkCounts, type Link } from './link.ts';

/*
 * The network picture of Gør hinanden stærkere, laid out as plain numbers so the screen, the summary
 * and print draw the same picture. Organisations sit on an ellipse at equal distances along it (so
 * no two touch, however many there are), sized by their number of links, with their names outside
 * the ellipse; links are curved arrows between them with a short label at the middle. Every node and
 * label box lies inside the view box. Deterministic: the same workshop gives the same picture.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NetworkNode {
  id: string;
  colour: string;
  actorType: ActorTypeId;
  x: number;
  y: number;
  r: number;
  /** Links made plus links received. */
  linkCount: number;
  /** The name in at most two lines, shortened with "…" when it does not fit. */
  labelLines: string[];
  /** Where the label's lines start (per `labelAnchor`) and its first baseline. */
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'middle' | 'end';
  labelBox: Box;
}

export interface NetworkEdge {
  id: string;
  fromId: string;
  toId: string;
  /** A quadratic curve from the edge of one node to the edge of the other. */
  start: { x: number; y: number };
  control: { x: number; y: number };
  end: { x: number; y: number };
  /** The "ved at …" text shortened, or the link's number in the list when there are many links. */
  label: string;
  /** Centre of the label. */
  labelX: number;
  labelY: number;
  labelBox: Box;
}

export interface NetworkLayout {
  width: number;
  height: number;
  nodeFontSize: number;
  edgeFontSize: number;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Whether edge labels are numbers (many links) rather than texts. */
  hasNumberedEdges: boolean;
}

export interface NetworkInput {
  organisations: readonly { id: string; name: string; actorType: ActorTypeId }[];
  links: readonly Link[];
}

/** The view box and the type sizes in its units. A screen passes its own; print and tests use the default. */
export interface NetworkView {
  width: number;
  height: number;
  nodeFontSize: number;
  edgeFontSize: number;
}

/** For the projector (and print): 1600 × 860 units, names in 28-unit type (about 25 px on a 1920 px projector). */
export const WIDE_VIEW: NetworkView = { width: 1600, height: 860, nodeFontSize: 28, edgeFontSize: 22 };

/** A conservative average glyph width for the app's sans-serif, as a share of the font size. */
const GLYPH_WIDTH = 0.6;
const LINE_HEIGHT = 1.2;
const LABEL_GAP = 8;
const EDGE_LABEL_CHARS = 22;
/** Above this many links the arrows carry numbers, and the list beside the picture gives the words. */
export const TEXT_LABEL_LIMIT = 16;
const PADDING = 12;

/** The sizes that follow from a view: names at most about 16 characters wide, nodes about two lines of type. */
function measures(view: NetworkView) {
  const labelWidthMax = Math.min(16 * view.nodeFontSize * GLYPH_WIDTH, view.width * 0.2);
  return {
    labelWidthMax,
    labelWidthMin: Math.min(labelWidthMax, 7 * view.nodeFontSize * GLYPH_WIDTH),
    radiusMax: 2.2 * view.nodeFontSize,
    radiusMin: 0.8 * view.nodeFontSize,
  };
}

/** Lays out the network of `organisations` and `links` in the view box of `view`. */
export function layoutNetwork({ organisations, links }: NetworkInput, view: NetworkView = WIDE_VIEW): NetworkLayout {
  const size = measures(view);
  const NODE_FONT = view.nodeFontSize;
  const ids = organisations.map((organisation) => organisation.id);
  const known = new Set(ids);
  const shown = links.filter((link) => known.has(link.fromId) && known.has(link.toId) && link.fromId !== link.toId);
  const counts = linkCounts(ids, shown);
  const totals = ids.map((id) => (counts[id]?.out ?? 0) + (counts[id]?.in ?? 0));
  const maxTotal = Math.max(1, ...totals);

  const labelHeight = 2 * NODE_FONT * LINE_HEIGHT;
  const rx = Math.max(view.width * 0.1, view.width / 2 - size.labelWidthMax - size.radiusMax - LABEL_GAP - PADDING);
  const ry = Math.max(view.height * 0.1, view.height / 2 - labelHeight - size.radiusMax - LABEL_GAP - PADDING);
  const centres = pointsOnEllipse(organisations.length, rx, ry);
  const spacing = minimumSpacing(centres);
  // Many organisations sit close together: their names get smaller type (down to 70 %), so that about
  // seven letters fit between two neighbours. The ellipse was sized for the full type, so all still fits.
  const nameFont = Math.max(0.7 * view.nodeFontSize, Math.min(view.nodeFontSize, spacing / (7 * GLYPH_WIDTH)));
  const nameView = { ...view, nodeFontSize: nameFont };
  // Half the distance to the nearest neighbour, less a gap: no two circles can then meet.
  const radiusMax = Math.max(2, Math.min(size.radiusMax, spacing / 2 - 4));
  const radiusMin = Math.min(size.radiusMin, radiusMax);

  const circles = organisations.map((_, index): Circle => {
    const centre = centres[index] ?? { x: 0, y: 0 };
    const r = radiusMin + (radiusMax - radiusMin) * Math.sqrt((totals[index] ?? 0) / maxTotal);
    return { centre, x: view.width / 2 + centre.x, y: view.height / 2 + centre.y, r };
  });
  const namePlaces: Box[] = [];
  const nodes = organisations.map((organisation, index): NetworkNode => {
    const circle = circles[index] ?? { centre: { x: 0, y: 0 }, x: 0, y: 0, r: 0 };
    const label = nodeLabel(organisation.name, circle, spacing, nameView, measures(nameView), { circles, labels: namePlaces });
    namePlaces.push(label.labelBox);
    const { x, y, r } = circle;
    return { id: organisation.id, colour: actorTypeColour(organisation.actorType), actorType: organisation.actorType, x, y, r, linkCount: totals[index] ?? 0, ...label };
  });

  const hasNumberedEdges = shown.length > TEXT_LABEL_LIMIT;
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const seen = new Map<string, number>();
  const placed: Box[] = [];
  const edges = shown.map((link, index): NetworkEdge => {
    const from = byId.get(link.fromId);
    const to = byId.get(link.toId);
    if (!from || !to) throw new Error('layoutNetwork: links are filtered to known organisations');
    const pair = `${link.fromId}→${link.toId}`;
    const repeat = seen.get(pair) ?? 0;
    seen.set(pair, repeat + 1);
    const label = hasNumberedEdges ? String(index + 1) : shorten(link.text, EDGE_LABEL_CHARS);
    const geometry = edgeGeometry(from, to, repeat, label, view, { nodes, labels: placed });
    placed.push(geometry.labelBox);
    return { id: link.id, fromId: link.fromId, toId: link.toId, label, ...geometry };
  });

  return { width: view.width, height: view.height, nodeFontSize: nameFont, edgeFontSize: view.edgeFontSize, nodes, edges, hasNumberedEdges };
}

/**
 * `count` points at equal distances along an ellipse (relative to its centre), the first at the left.
 * One point sits in the middle.
 */
function pointsOnEllipse(count: number, rx: number, ry: number): { x: number; y: number }[] {
  if (count === 0) return [];
  if (count === 1) return [{ x: 0, y: 0 }];
  const samples = 720;
  const at = (angle: number) => ({ x: -rx * Math.cos(angle), y: -ry * Math.sin(angle) });
  const lengths = [0];
  for (let step = 1; step <= samples; step += 1) {
    const a = at(((step - 1) / samples) * 2 * Math.PI);
    const b = at((step / samples) * 2 * Math.PI);
    lengths.push((lengths[step - 1] ?? 0) + Math.hypot(b.x - a.x, b.y - a.y));
  }
  const perimeter = lengths[samples] ?? 0;
  const points: { x: number; y: number }[] = [];
  let step = 0;
  for (let index = 0; index < count; index += 1) {
    const wanted = (index / count) * perimeter;
    while ((lengths[step + 1] ?? perimeter) < wanted) step += 1;
    const before = lengths[step] ?? 0;
    const after = lengths[step + 1] ?? perimeter;
    const share = after > before ? (wanted - before) / (after - before) : 0;
    points.push(at(((step + share) / samples) * 2 * Math.PI));
  }
  return points;
}

function minimumSpacing(points: readonly { x: number; y: number }[]): number {
  let spacing = Number.POSITIVE_INFINITY;
  for (let i = 0; i < points.length; i += 1) {
    for (let j = i + 1; j < points.length; j += 1) {
      const a = points[i];
      const b = points[j];
      if (a && b) spacing = Math.min(spacing, Math.hypot(a.x - b.x, a.y - b.y));
    }
  }
  return Number.isFinite(spacing) ? spacing : Number.MAX_SAFE_INTEGER;
}

interface Circle {
  /** Relative to the middle of the view. */
  centre: { x: number; y: number };
  x: number;
  y: number;
  r: number;
}

type Anchor = 'start' | 'middle' | 'end';

/**
 * The name beside its circle. First choice: outside the ellipse, away from the middle — to the right
 * of circles on the right, to the left on the left, above or below at the top and bottom (narrower
 * there, as the neighbours are close). Where that would cover another circle or a name placed before
 * (many organisations), the next places are tried: further out, then inside the ellipse, then in one
 * line; the first that is clear wins, or else the one that covers least. Always inside the view box.
 */
function nodeLabel(
  name: string,
  { centre, x, y, r }: Circle,
  spacing: number,
  view: NetworkView,
  size: ReturnType<typeof measures>,
  obstacles: { circles: readonly Circle[]; labels: readonly Box[] },
) {
  const font = view.nodeFontSize;
  const length = Math.hypot(centre.x, centre.y);
  const cos = length === 0 ? 0 : centre.x / length;
  const sin = length === 0 ? 1 : centre.y / length;
  const isSide = Math.abs(cos) > 0.55;
  const maxWidth = isSide ? size.labelWidthMax : Math.max(size.labelWidthMin, Math.min(size.labelWidthMax, spacing - LABEL_GAP));
  const maxChars = Math.max(4, Math.floor(maxWidth / (font * GLYPH_WIDTH)));
  const twoLines = wrapLabel(name, maxChars);
  const oneLine = [shorten(name, Math.max(4, Math.floor(size.labelWidthMax / (font * GLYPH_WIDTH))))];
  const outward = isSide ? (cos > 0 ? 'right' : 'left') : sin > 0 ? 'below' : 'above';
  const inward = { right: 'left', left: 'right', below: 'above', above: 'below' } as const;
  const sides = [outward, inward[outward], outward === 'left' || outward === 'right' ? (sin > 0 ? 'below' : 'above') : cos > 0 ? 'right' : 'left'] as const;

  const place = (lines: string[], side: 'right' | 'left' | 'above' | 'below', further: number) => {
    const width = Math.max(...lines.map((line) => textWidth(line, font)));
    const height = lines.length * font * LINE_HEIGHT;
    const gap = r + LABEL_GAP + further;
    const box =
      side === 'right' ? { x: x + gap, y: y - height / 2, width, height }
      : side === 'left' ? { x: x - gap - width, y: y - height / 2, width, height }
      : side === 'below' ? { x: x - width / 2, y: y + gap, width, height }
      : { x: x - width / 2, y: y - gap - height, width, height };
    const anchor: Anchor = side === 'right' ? 'start' : side === 'left' ? 'end' : 'middle';
    return { lines, box: clampBox(box, view), anchor };
  };
  const candidates = [twoLines, oneLine].flatMap((lines) =>
    [place(lines, sides[0], 0), place(lines, sides[0], font * LINE_HEIGHT), place(lines, sides[1], 0), place(lines, sides[2], 0)],
  );
  const cost = (box: Box) =>
    obstacles.circles.reduce((sum, circle) => sum + (boxMeetsCircle(box, circle) ? 100 : 0), 0) + obstacles.labels.filter((other) => boxesMeet(box, other)).length * 10;
  let best = candidates[0] ?? place(twoLines, outward, 0);
  let bestCost = cost(best.box);
  for (const candidate of candidates.slice(1)) {
    if (bestCost === 0) break;
    const candidateCost = cost(candidate.box);
    if (candidateCost < bestCost) [best, bestCost] = [candidate, candidateCost];
  }
  const { box, anchor } = best;
  const labelX = anchor === 'start' ? box.x : anchor === 'end' ? box.x + box.width : box.x + box.width / 2;
  // A baseline sits about 0.8 of the font size below the top of its line.
  return { labelLines: best.lines, labelX, labelY: box.y + font * 0.95, labelAnchor: anchor, labelBox: box };
}

/**
 * A curved arrow from the rim of `from` to the rim of `to`. It bends to the right of its direction,
 * so a link back (Y to X) takes the other side; a second link X to Y bends further.
 */
function edgeGeometry(
  from: NetworkNode,
  to: NetworkNode,
  repeat: number,
  label: string,
  view: NetworkView,
  obstacles: { nodes: readonly NetworkNode[]; labels: readonly Box[] },
) {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  // The right-hand normal of the direction in screen coordinates (y grows downwards).
  const nx = -uy;
  const ny = ux;
  const bend = length * 0.12 + repeat * 1.3 * view.edgeFontSize;
  const control = { x: (from.x + to.x) / 2 + nx * bend * 2, y: (from.y + to.y) / 2 + ny * bend * 2 };
  const towards = (node: NetworkNode, target: { x: number; y: number }, extra: number) => {
    const ex = target.x - node.x;
    const ey = target.y - node.y;
    const d = Math.hypot(ex, ey) || 1;
    return { x: node.x + (ex / d) * (node.r + extra), y: node.y + (ey / d) * (node.r + extra) };
  };
  const start = towards(from, control, 2);
  // Leaves room for the arrowhead, which ends at the rim.
  const end = towards(to, control, 4);
  // The curve's middle (t = ½) is halfway between the chord's middle and the control point.
  const middle = { x: 0.25 * start.x + 0.5 * control.x + 0.25 * end.x, y: 0.25 * start.y + 0.5 * control.y + 0.25 * end.y };
  const width = textWidth(label, view.edgeFontSize) + 12;
  const height = view.edgeFontSize * LINE_HEIGHT + 6;
  // Near other organisations (two close neighbours, say) the middle of the arrow may lie on a circle,
  // a name or another arrow's label: the label then moves out across the arrow, first to its own side
  // (a link back takes the other), to the nearest place that is clear — or, when none is, to the one
  // that hides least (a circle worst, then a name, then another label).
  const at = (shift: number) => clampBox({ x: middle.x + nx * shift - width / 2, y: middle.y + ny * shift - height / 2, width, height }, view);
  const cost = (box: Box) =>
    obstacles.nodes.reduce((sum, node) => sum + (boxMeetsCircle(box, node) ? 100 : 0) + (boxesMeet(box, node.labelBox) ? 10 : 0), 0) +
    obstacles.labels.filter((other) => boxesMeet(box, other)).length;
  const step = view.edgeFontSize / 2;
  const shifts = [0, ...Array.from({ length: 16 }, (_, index) => [(index + 1) * step, -(index + 1) * step]).flat()];
  let labelBox = at(0);
  let best = cost(labelBox);
  for (const shift of shifts.slice(1)) {
    if (best === 0) break;
    const candidate = at(shift);
    const candidateCost = cost(candidate);
    if (candidateCost < best) [labelBox, best] = [candidate, candidateCost];
  }
  return { start, control, end, labelX: labelBox.x + width / 2, labelY: labelBox.y + height / 2, labelBox };
}

function boxesMeet(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function boxMeetsCircle(box: Box, node: Pick<Circle, 'x' | 'y' | 'r'>): boolean {
  const nearestX = Math.min(Math.max(node.x, box.x), box.x + box.width);
  const nearestY = Math.min(Math.max(node.y, box.y), box.y + box.height);
  return Math.hypot(node.x - nearestX, node.y - nearestY) < node.r + 2;
}

/** The width a text takes at `fontSize`, estimated generously (the view box scales as a whole). */
export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * GLYPH_WIDTH;
}

function clampBox(box: Box, view: NetworkView): Box {
  const x = Math.min(Math.max(box.x, PADDING), view.width - PADDING - box.width);
  const y = Math.min(Math.max(box.y, PADDING), view.height - PADDING - box.height);
  return { ...box, x, y };
}

/** Shortens `text` to `max` characters, ending it with "…" when something was cut. */
export function shorten(text: string, max: number): string {
  const characters = [...text];
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('').trimEnd()}…`;
}

/**
 * Breaks a name into at most two lines of `maxChars`, by words where it can, and inside a word longer
 * than a line only where Danish hyphenates it (with a hyphen); whatever does not fit the second line is
 * cut with "…", between words or syllables where there is room for it.
 */
export function wrapLabel(name: string, maxChars: number): string[] {
  const text = name.trim().replace(/\s+/gu, ' ');
  const lines = wrapWords(hyphenate(text), maxChars);
  const [first = '', second] = lines;
  if (second === undefined || lines.length <= 2) return lines;
  // Cut where the second line ends (between words or syllables) if "…" fits there, else inside it.
  const cut = `${second.replace(/-$/u, '')}…`;
  if ([...cut].length <= maxChars) return [first, cut];
  // The rest of the name after the first line (a word split there goes on where it was broken).
  const isSplit = first.endsWith('-') && !text.startsWith(first);
  const rest = text.slice((isSplit ? first.slice(0, -1) : first).length).trim();
  return [first, shorten(rest, maxChars)];
}
