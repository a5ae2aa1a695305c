/*
 * The width of a piece's label line in the font the screen draws it in (bold, the page's family), so
 * labels are fitted to the real type rather than an estimate: DejaVu Sans on Linux is about a tenth
 * wider than the iPad's system font. Measured once per line, on a canvas; where there is no canvas
 * (tests without a browser) the estimate is used.
 */

const REFERENCE_SIZE = 100;
const CACHE_LIMIT = 4_000;
const widths = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

function canvasContext(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  try {
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  } catch {
    context = null;
  }
  if (context) context.font = `700 ${REFERENCE_SIZE}px ${getComputedStyle(document.documentElement).fontFamily || 'sans-serif'}`;
  return context;
}

/** The width of `line` in em of the bold label font, or undefined where it cannot be measured. */
export function measuredLabelWidth(line: string): number | undefined {
  const known = widths.get(line);
  if (known !== undefined) return known;
  const canvas = canvasContext();
  if (!canvas) return undefined;
  const width = canvas.measureText(line).width / REFERENCE_SIZE;
  if (widths.size >= CACHE_LIMIT) widths.clear();
  widths.set(line, width);
  return width;
}

/** Whether labels can be measured here (a browser with a canvas). */
export function canMeasureLabels(): boolean {
  return canvasContext() !== null;
}
