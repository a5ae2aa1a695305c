import { SOFT_HYPHEN, wrapWords } from './line-breaking.ts';

/**
 * The geometry of the sunshine model, shared by the screen (SVG) and print (PDF), so both draw the
 * same sun. Coordinates are in a square of side `SUN_SIZE` with the centre in the middle; y points
 * down. Ray 0 points straight up; the rest follow clockwise.
 */
export const SUN_SIZE = 1000;
export const SUN_CENTRE = SUN_SIZE / 2;

export type Point = readonly [x: number, y: number];

export interface RayGeometry {
  index: number;
  /** Direction of the ray, in degrees clockwise from straight up. */
  angle: number;
  /** The ray's outline as a closed polygon. */
  outline: Point[];
  /** Where the middle of the ray's label goes. */
  labelCentre: Point;
  /** The widest a label line may be at the label's position. */
  labelWidth: number;
}

export interface SunGeometry {
  centreRadius: number;
  rays: RayGeometry[];
}

const INNER_RADIUS = 200;
const OUTER_RADIUS = 440;
const TIP_RADIUS = 492;
const LABEL_RADIUS = 322;
/** Each ray fills this share of its sector; the rest is the gap between rays. */
const RAY_FILL = 0.9;
const ARC_STEPS = 24;
/** Half the height of a three-line label. */
const LABEL_BAND = 50;

function polar(radius: number, degrees: number): Point {
  const radians = (degrees * Math.PI) / 180;
  return [SUN_CENTRE + radius * Math.sin(radians), SUN_CENTRE - radius * Math.cos(radians)];
}

/**
 * The sun for `rayCount` rays (five in the model). Each ray is a broad sector of a ring whose outer
 * edge rises to a soft point: wide enough for a two- or three-line label, shaped like a ray.
 */
export function sunGeometry(rayCount = 5): SunGeometry {
  const sector = 360 / rayCount;
  const half = (sector * RAY_FILL) / 2;
  const rays = Array.from({ length: rayCount }, (_, index): RayGeometry => {
    const angle = index * sector;
    const inner = Array.from({ length: ARC_STEPS + 1 }, (_, step) => polar(INNER_RADIUS, angle - half + (2 * half * step) / ARC_STEPS));
    // The outer edge swells from OUTER_RADIUS at the sides to TIP_RADIUS in the middle (a cosine bump).
    const outer = Array.from({ length: ARC_STEPS + 1 }, (_, step) => {
      const offset = half - (2 * half * step) / ARC_STEPS;
      const swell = (1 + Math.cos((Math.PI * offset) / half)) / 2;
      return polar(OUTER_RADIUS + (TIP_RADIUS - OUTER_RADIUS) * swell ** 2, angle + offset);
    });
    const outline = [...inner, ...outer];
    const labelCentre = polar(LABEL_RADIUS, angle);
    // Labels are horizontal: their room is the ray's horizontal extent around the centre, over the
    // rows a three-line label covers, less a margin of 10% on each side.
    const rows = [-LABEL_BAND, 0, LABEL_BAND].map((dy) => horizontalRoom(outline, [labelCentre[0], labelCentre[1] + dy]));
    return { index, angle, outline, labelCentre, labelWidth: Math.min(...rows) * 0.8 };
  });
  return { centreRadius: INNER_RADIUS - 14, rays };
}

/**
 * Twice the horizontal distance from `point` to the nearer side of the polygon along the line
 * through it: the widest text centred on `point` that stays inside.
 */
export function horizontalRoom(polygon: readonly Point[], point: Point): number {
  const [px, py] = point;
  let left = -Infinity;
  let right = Infinity;
  polygon.forEach(([x1, y1], index) => {
    const [x2, y2] = polygon[(index + 1) % polygon.length] ?? polygon[0] ?? [x1, y1];
    if ((y1 <= py && y2 > py) || (y2 <= py && y1 > py)) {
      const x = x1 + ((py - y1) * (x2 - x1)) / (y2 - y1);
      if (x <= px) left = Math.max(left, x);
      else right = Math.min(right, x);
    }
  });
  return Number.isFinite(left) && Number.isFinite(right) ? 2 * Math.min(px - left, right - px) : 0;
}

/**
 * The font size at which every line fits `width`, at most `maxSize`. Uses a conservative average
 * glyph width (0.62 em, bold sans) so the label fits whatever font the device has.
 */
export function fitFontSize(lines: readonly string[], width: number, maxSize: number): number {
  const longest = Math.max(1, ...lines.map((line) => line.length));
  return Math.min(maxSize, width / (longest * 0.62));
}

/**
 * Where long Danish compounds in the value names may be broken with a hyphen when a label line is too
 * short for them, for text that has not been through `hyphenate()` (typesetting only; the names
 * themselves are unchanged).
 */
export const LABEL_BREAKS: Readonly<Record<string, readonly [string, string]>> = {
  samarbejdsgrundlag: ['samarbejds-', 'grundlag'],
};

/**
 * Breaks `text` into lines of at most `maxChars` characters, at spaces where possible, and inside a
 * word that is longer than a line at its soft hyphens (`hyphenate()` puts them in) or else at a known
 * compound joint (`breaks`). Any other long word gets a line of its own (never cut), so no letter is lost.
 */
export function wrapLabel(text: string, maxChars: number, breaks = LABEL_BREAKS): string[] {
  const marked = text
    .split(/(\s+)/u)
    .map((word) => {
      const parts = word.includes(SOFT_HYPHEN) ? undefined : breaks[word.toLocaleLowerCase('da')];
      if (!parts) return word;
      // The word's own letters and case, split where its lower-case form is.
      const joint = parts[0].replace(/-$/u, '').length;
      return `${word.slice(0, joint)}${SOFT_HYPHEN}${word.slice(joint)}`;
    })
    .join('');
  return wrapWords(marked, maxChars);
}
