import { SUN_CENTRE, SUN_SIZE, sunGeometry } from '../domain/sunshine-geometry.ts';
import { CORE_VALUES } from '../domain/value.ts';
import { sectionOf, workshopValuesInPlay, type Workshop } from '../domain/workshop.ts';
import { translate, type Language } from '../i18n/translate.ts';
import { documentMetadata, footerText, printValueName } from './print-labels.ts';
import { ColumnFlow } from './column-flow.ts';
import { PAPER, PdfWriter, type TextStyle } from './pdf-writer.ts';
import type { PaperSize } from './print-request.ts';
import type { BuildOptions } from './print-options.ts';

/**
 * The sunshine model on A4 or A3: the same sun as the screen (`sunGeometry`), drawn as vector
 * shapes. Blank, it carries each value's description and questions, to take to a meeting; filled,
 * each ray counts this workshop's examples and the examples follow under the sun, value by value.
 * A3 is laid out as a poster, not as the A4 page scaled up: a larger sun with the examples (or,
 * blank, the values and questions) on the same sheet in three columns of text at reading size.
 */

const SUN_YELLOW = '#f5b83d';
/** How wide the sun is on A4, filled and blank, as a share of the width between the margins. */
const A4_SUN = { filled: 0.78, blank: 0.95 };
const A4_CONTENT_WIDTH = PAPER.a4.width - 2 * 16;
/** Columns of text on an A3 poster, and the type there against A4's. */
const POSTER_COLUMNS = 3;
const POSTER_TYPE = 1.1;
const OFF_GREY = '#9ca3af';
const GEOMETRY = sunGeometry(CORE_VALUES.length);

export interface SunOptions extends BuildOptions {
  paper: PaperSize;
}

/** The examples of one value: who wrote what. */
interface ValueExamples {
  name: string;
  colour: string;
  examples: { organisation: string; text: string }[];
}

/** Each value in play with the examples the organisations wrote on its pieces, in board order. */
export function examplesByValue(workshop: Workshop, language: Language): (ValueExamples & { id: string; isCore: boolean })[] {
  return workshopValuesInPlay(workshop).map((value) => ({
    id: value.id,
    isCore: value.kind === 'core',
    name: printValueName(value, language),
    colour: value.colour,
    examples: workshop.organisations.flatMap((organisation) => {
      const piece = sectionOf(workshop, organisation.id).placed.find((placed) => placed.valueId === value.id);
      return piece && piece.example.trim() !== '' ? [{ organisation: organisation.name, text: piece.example }] : [];
    }),
  }));
}

/** The sun filled with this workshop's examples. */
export function buildSunPdf(workshop: Workshop, options: SunOptions): Uint8Array {
  const { language } = options;
  const writer = sunWriter(options, footerText(workshop, language), documentMetadata(workshop, translate(language, 'print.kind.sun'), language));
  const isPoster = options.paper === 'a3';
  const scale = writer.width / 210;
  const values = examplesByValue(workshop, language);
  writeSunTitle(writer, translate(language, 'sun.title'), workshop.setup.title);
  const counts = new Map(values.map((value) => [value.id, value.examples.length]));
  const core = values.filter((value) => value.isCore);
  const own = values.filter((value) => !value.isCore);
  // On a poster the sun gives way (down to about half the width) so that the examples fit on the sheet with it.
  const headingRoom = 20 * scale;
  const sunSize = isPoster
    ? Math.max(writer.contentWidth * 0.5, Math.min(writer.contentWidth * 0.72, writer.bottom - writer.y - headingRoom - posterColumnsHeight(writer, core, own)))
    : writer.contentWidth * A4_SUN.filled;
  drawSun(writer, sunSize, sunSize / (A4_CONTENT_WIDTH * A4_SUN.filled), (id) => {
    const count = counts.get(id);
    return count === undefined ? { isOff: true, note: null } : { isOff: false, note: translate(language, 'print.sun.exampleCount', { count }) };
  });
  options.onProgress?.(0.3);
  if (isPoster) {
    writer.heading(translate(language, 'print.sun.examples'), 2, 20 * scale);
    writeExampleColumns(writer, core, own);
  } else {
    writer.heading(translate(language, 'print.sun.examples'), 2, 20 * scale);
    core.forEach((value) => writeValueExamples(writer, value, scale));
    if (own.length > 0) {
      writer.heading(translate(language, 'print.sun.ownValues'), 2, 20 * scale);
      own.forEach((value) => writeValueExamples(writer, value, scale));
    }
  }
  const bytes = writer.finish();
  options.onProgress?.(1);
  return bytes;
}

/** The blank sun with each value's description and questions (no workshop data). */
export function buildBlankSunPdf(options: SunOptions): Uint8Array {
  const { language } = options;
  const title = translate(language, 'sun.title');
  const kind = translate(language, 'print.kind.sunBlank');
  const writer = sunWriter(options, title, { title: kind, subject: kind, author: translate(language, 'print.author') });
  const scale = writer.width / 210;
  writeSunTitle(writer, title, '');
  if (options.paper === 'a3') {
    // One sheet: the sun, and under it what each value is about with its questions, in three columns.
    writer.write(translate(language, 'print.sunBlank.intro'), { size: 10 * POSTER_TYPE }, { gapAfter: 6 });
    const grid = valueGrid(writer, POSTER_TYPE, POSTER_COLUMNS);
    const headingRoom = 25;
    const sunSize = Math.min(writer.contentWidth * 0.85, writer.bottom - writer.y - grid.height - headingRoom);
    drawSun(writer, sunSize, sunSize / (A4_CONTENT_WIDTH * A4_SUN.blank), () => ({ isOff: false, note: null }));
    writer.heading(translate(language, 'sun.questions'), 2, grid.height);
    drawValueGrid(writer, grid);
    writeNoteLines(writer, translate(language, 'print.sunBlank.notes'), POSTER_TYPE);
  } else {
    writer.write(translate(language, 'print.sunBlank.intro'), { size: 10 * scale }, { gapAfter: 12 * scale });
    drawSun(writer, writer.contentWidth * A4_SUN.blank, 1, () => ({ isOff: false, note: null }));
    // The back: what each value is about, the questions, and room for notes.
    writer.newPage();
    writer.heading(translate(language, 'sun.questions'), 2);
    drawValueGrid(writer, valueGrid(writer, scale, 2));
    writeNoteLines(writer, translate(language, 'print.sunBlank.notes'), scale);
  }
  options.onProgress?.(0.9);
  const bytes = writer.finish();
  options.onProgress?.(1);
  return bytes;
}

function sunWriter(options: SunOptions, footer: string, metadata: { title: string; subject: string; author: string }): PdfWriter {
  return new PdfWriter({ paper: options.paper, fonts: options.fonts, language: options.language, footer, metadata });
}

function writeSunTitle(writer: PdfWriter, title: string, subtitle: string): void {
  const scale = writer.width / 210;
  writer.write(title, { size: 20 * scale, isBold: true }, { gapAfter: 1 });
  if (subtitle !== '') writer.write(subtitle, { size: 11 * scale, colour: '#374151' }, { gapAfter: 2 });
}

/** How one ray is drawn: grey when its value is switched off; `note` is a line under its name. */
interface RayState {
  isOff: boolean;
  note: string | null;
}

/** The sun, `size` millimetres across and centred, from the cursor down; its type `typeScale` times A4's. */
function drawSun(writer: PdfWriter, size: number, typeScale: number, rayState: (valueId: string) => RayState): void {
  const scale = size / SUN_SIZE;
  const left = (writer.width - size) / 2;
  const top = writer.y;
  const at = ([x, y]: readonly [number, number]): [number, number] => [left + x * scale, top + y * scale];
  const ptScale = typeScale;
  writer.doc.setDrawColor('#ffffff');
  writer.doc.setLineWidth(0.8 * ptScale);
  // Every ray's name in one size (the largest all of them fit at), as a printed figure should be.
  const labelStyle: TextStyle = { size: 15 * ptScale, isBold: true, colour: '#ffffff' };
  const nameOf = (index: number) => translate(writer.language, `value.${CORE_VALUES[index]?.id ?? 'bredere-maalgruppe'}.name`);
  const labelSize = Math.min(...GEOMETRY.rays.map((ray) => writer.fitLabel(nameOf(ray.index), ray.labelWidth * scale, labelStyle, 3, 6 * ptScale).style.size));
  GEOMETRY.rays.forEach((ray) => {
    const value = CORE_VALUES[ray.index];
    if (!value) return;
    const { isOff, note: extra } = rayState(value.id);
    writer.doc.setFillColor(isOff ? OFF_GREY : value.colour);
    writer.drawPolygon(ray.outline.map(at), 'FD');
    const { lines, style } = writer.fitLabel(nameOf(ray.index), ray.labelWidth * scale, { ...labelStyle, size: labelSize }, 3, labelSize);
    const noteStyle: TextStyle = { size: style.size * 0.72, colour: '#ffffff' };
    const height = lines.length * writer.lineHeight(style) + (extra ? writer.lineHeight(noteStyle) : 0);
    const [cx, cy] = at(ray.labelCentre);
    let y = cy - height / 2;
    for (const line of lines) {
      writer.line(line, cx, y, style, 'center');
      y += writer.lineHeight(style);
    }
    if (extra) writer.line(extra, cx, y, noteStyle, 'center');
  });
  const [cx, cy] = at([SUN_CENTRE, SUN_CENTRE]);
  writer.doc.setFillColor(SUN_YELLOW);
  writer.doc.setLineWidth(1.2 * ptScale);
  writer.doc.circle(cx, cy, GEOMETRY.centreRadius * scale, 'FD');
  const centre = writer.fitLabel(translate(writer.language, 'sun.centre'), GEOMETRY.centreRadius * scale * 1.6, { size: 16 * ptScale, isBold: true }, 3, 6 * ptScale);
  let y = cy - (centre.lines.length * writer.lineHeight(centre.style)) / 2;
  for (const line of centre.lines) {
    writer.line(line, cx, y, centre.style, 'center');
    y += writer.lineHeight(centre.style);
  }
  writer.y = top + size + 4 * ptScale;
}

/** One value's examples: a coloured bar and name, then "organisation: example" for each. */
function writeValueExamples(writer: PdfWriter, value: ValueExamples, scale: number): void {
  const nameStyle: TextStyle = { size: 11 * scale, isBold: true };
  const bodyStyle: TextStyle = { size: 9.5 * scale };
  const whoStyle: TextStyle = { size: 9.5 * scale, isBold: true };
  const indent = 5 * scale;
  writer.ensureRoom(writer.lineHeight(nameStyle) + writer.lineHeight(bodyStyle) * 2 + 3 * scale);
  writer.y += 2 * scale;
  writer.doc.setFillColor(value.colour);
  writer.doc.rect(writer.margin, writer.y + 0.3 * scale, 3 * scale, writer.lineHeight(nameStyle) - 0.6 * scale, 'F');
  writer.write(value.name, nameStyle, { indent, gapAfter: 1 * scale });
  if (value.examples.length === 0) {
    writer.write(translate(writer.language, 'print.sun.noExamples'), { ...bodyStyle, colour: '#4b5563' }, { indent });
    return;
  }
  for (const example of value.examples) {
    const width = writer.contentWidth - indent;
    writer.ensureRoom(writer.measure(example.organisation, width, whoStyle) + writer.measure(example.text, width, bodyStyle));
    writer.write(example.organisation, whoStyle, { indent });
    writer.write(example.text, bodyStyle, { indent, gapAfter: 1.5 * scale });
  }
}

interface ValueBox {
  value: (typeof CORE_VALUES)[number];
  lines: { text: string; style: TextStyle }[];
  headerHeight: number;
  height: number;
}

/** The blank sheet's legend, measured: a box per core value with its description and questions, in `columns` columns. */
function valueGrid(writer: PdfWriter, scale: number, columns: number): { boxes: ValueBox[]; scale: number; columns: number; columnWidth: number; gap: number; height: number } {
  const gap = 5 * scale;
  const columnWidth = (writer.contentWidth - gap * (columns - 1)) / columns;
  const pad = 2.5 * scale;
  const nameStyle: TextStyle = { size: 10.5 * scale, isBold: true, colour: '#ffffff' };
  const bodyStyle: TextStyle = { size: 8.5 * scale };
  const boxes = CORE_VALUES.map((value): ValueBox => {
    const t = (key: Parameters<typeof translate>[1]) => translate(writer.language, key);
    const lines = [
      { text: t(`value.${value.id}.description`), style: bodyStyle },
      ...([1, 2, 3] as const).map((index) => ({ text: `• ${t(`value.${value.id}.prompt${index}`)}`, style: bodyStyle })),
    ];
    const headerHeight = writer.lineHeight(nameStyle) + pad;
    const bodyHeight = lines.reduce((sum, line) => sum + writer.measure(line.text, columnWidth - 2 * pad, line.style), 0) + lines.length * 0.8 * scale;
    return { value, lines, headerHeight, height: headerHeight + bodyHeight + 2 * pad };
  });
  let height = 0;
  for (let row = 0; row < boxes.length; row += columns) height += Math.max(...boxes.slice(row, row + columns).map((box) => box.height)) + gap;
  return { boxes, scale, columns, columnWidth, gap, height };
}

function drawValueGrid(writer: PdfWriter, grid: ReturnType<typeof valueGrid>): void {
  const { boxes, scale, columns, columnWidth, gap } = grid;
  const pad = 2.5 * scale;
  const nameStyle: TextStyle = { size: 10.5 * scale, isBold: true, colour: '#ffffff' };
  for (let row = 0; row < boxes.length; row += columns) {
    const group = boxes.slice(row, row + columns);
    const height = Math.max(...group.map((box) => box.height));
    writer.ensureRoom(height);
    const top = writer.y;
    group.forEach((box, index) => {
      const x = writer.margin + index * (columnWidth + gap);
      writer.doc.setDrawColor(box.value.colour);
      writer.doc.setLineWidth(0.5 * scale);
      writer.doc.rect(x, top, columnWidth, height, 'S');
      writer.doc.setFillColor(box.value.colour);
      writer.doc.rect(x, top, columnWidth, box.headerHeight, 'F');
      writer.line(translate(writer.language, `value.${box.value.id}.name`), x + pad, top + pad / 2, nameStyle);
      let y = top + box.headerHeight + pad;
      for (const line of box.lines) {
        for (const wrapped of writer.wrap(line.text, columnWidth - 2 * pad, line.style)) {
          writer.line(wrapped, x + pad, y, line.style);
          y += writer.lineHeight(line.style);
        }
        y += 0.8 * scale;
      }
    });
    writer.y = top + height + gap;
  }
}

const POSTER_STYLES = {
  name: { size: 11 * POSTER_TYPE, isBold: true },
  body: { size: 9.5 * POSTER_TYPE },
  who: { size: 9.5 * POSTER_TYPE, isBold: true },
  heading: { size: 12.5 * POSTER_TYPE, isBold: true },
} satisfies Record<string, TextStyle>;
const POSTER_INDENT = 5;
const POSTER_GAP = 8;

/** The height of one example in a poster column: who wrote it and what they wrote, kept together. */
function posterExampleHeight(writer: PdfWriter, flow: ColumnFlow, example: ValueExamples['examples'][number]): number {
  return flow.measure(example.organisation, POSTER_STYLES.who, POSTER_INDENT) + flow.measure(example.text, POSTER_STYLES.body, POSTER_INDENT);
}

/**
 * About how tall the poster's columns of examples are: everything shared over the columns, and a
 * block's height more for what does not fill a column's foot.
 */
function posterColumnsHeight(writer: PdfWriter, core: readonly ValueExamples[], own: readonly ValueExamples[]): number {
  const flow = new ColumnFlow(writer, POSTER_COLUMNS, POSTER_GAP);
  const blocks = [...core, ...own].flatMap((value) => [
    2 + writer.lineHeight(POSTER_STYLES.name) + 1 + (value.examples.length === 0 ? writer.lineHeight(POSTER_STYLES.body) + 2 : 0),
    ...value.examples.map((example) => posterExampleHeight(writer, flow, example) + 1.5),
  ]);
  const ownHeading = own.length > 0 ? 4 + writer.lineHeight(POSTER_STYLES.heading) + 1 : 0;
  return (blocks.reduce((sum, height) => sum + height, 0) + ownHeading) / POSTER_COLUMNS + Math.max(0, ...blocks);
}

/**
 * The poster's examples: value by value in three columns under the sun, each value's colour bar
 * and name kept with its first example, the workshop's own values after the core ones.
 */
function writeExampleColumns(writer: PdfWriter, core: readonly ValueExamples[], own: readonly ValueExamples[]): void {
  const flow = new ColumnFlow(writer, POSTER_COLUMNS, POSTER_GAP);
  const { name: nameStyle, body: bodyStyle, who: whoStyle } = POSTER_STYLES;
  const indent = POSTER_INDENT;
  const exampleHeight = (example: ValueExamples['examples'][number]) => posterExampleHeight(writer, flow, example);
  const writeValue = (value: ValueExamples) => {
    const [first] = value.examples;
    flow.keep(2 + writer.lineHeight(nameStyle) + 1 + (first ? exampleHeight(first) : writer.lineHeight(bodyStyle)));
    flow.y += 2;
    writer.doc.setFillColor(value.colour);
    writer.doc.rect(flow.x, flow.y + 0.3, 3, writer.lineHeight(nameStyle) - 0.6, 'F');
    flow.write(value.name, nameStyle, { indent, gapAfter: 1 });
    if (!first) flow.write(translate(writer.language, 'print.sun.noExamples'), { ...bodyStyle, colour: '#4b5563' }, { indent, gapAfter: 2 });
    for (const example of value.examples) {
      flow.keep(exampleHeight(example));
      flow.write(example.organisation, whoStyle, { indent });
      flow.write(example.text, bodyStyle, { indent, gapAfter: 1.5 });
    }
  };
  core.forEach(writeValue);
  if (own.length > 0) {
    flow.keep(4 + writer.lineHeight(POSTER_STYLES.heading) + writer.lineHeight(nameStyle) * 3);
    flow.y += 4;
    flow.write(translate(writer.language, 'print.sun.ownValues'), POSTER_STYLES.heading, { gapAfter: 1 });
    own.forEach(writeValue);
  }
  flow.end();
}

/** Ruled lines for notes, from the cursor to the foot of the page. */
function writeNoteLines(writer: PdfWriter, label: string, scale: number): void {
  const spacing = 8 * scale;
  if (writer.y + 3 * spacing > writer.bottom) return;
  writer.write(label, { size: 10.5 * scale, isBold: true }, { gapAfter: 1 * scale });
  writer.doc.setDrawColor('#9ca3af');
  writer.doc.setLineWidth(0.2 * scale);
  for (let y = writer.y + spacing; y <= writer.bottom; y += spacing) writer.doc.line(writer.margin, y, writer.width - writer.margin, y);
  writer.y = writer.bottom;
}
