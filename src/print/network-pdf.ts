import { ACTOR_TYPES } from '../domain/actor-type.ts';
import { COLLABORATION_FORMS } from '../domain/agreement.ts';
import { layoutNetwork } from '../domain/network-layout.ts';
import { meetingNetwork, sideActors, TIE_STYLES, tieId, tieStyle, tiesAsLinks, type NetworkActor, type NetworkComparison, type Tie, type TieStyle } from '../domain/network-over-time.ts';
import type { PathSegment } from '../domain/piece-shape.ts';
import type { Workshop } from '../domain/workshop.ts';
import { translate } from '../i18n/translate.ts';
import { measureRows, type MeasureRow } from './network-rows.ts';
import { PdfWriter, PT, type TextStyle } from './pdf-writer.ts';
import { documentMetadata, footerText, printDate } from './print-labels.ts';
import type { BuildOptions } from './print-options.ts';
import type { PaperSize } from './print-request.ts';

/** The width of the view the picture is laid out in (as on a screen), scaled to the box it is drawn in. */
const VIEW_WIDTH = 800;
const NODE_FONT = 17;

export interface TieNetworkInput {
  actors: readonly NetworkActor[];
  ties: readonly Tie[];
  /** The organisations at the meeting; the others are drawn as dashed outlines (null: all are there). */
  present?: ReadonlySet<string> | null;
}

/**
 * A network of ties drawn in the box (`x`, `y`, `width`, `height`, millimetres): organisations as circles in
 * their actor type's colour, sized by their number of ties, ties as curves styled by their most committed
 * form. The same layout as the screen's (`layoutNetwork`).
 */
export function drawTieNetwork(writer: PdfWriter, { actors, ties, present = null }: TieNetworkInput, box: { x: number; y: number; width: number; height: number }): void {
  const height = (VIEW_WIDTH * box.height) / box.width;
  const layout = layoutNetwork(
    { organisations: actors.map((actor) => ({ id: actor.key, name: actor.name, actorType: actor.actorType })), links: tiesAsLinks(ties) },
    { width: VIEW_WIDTH, height, nodeFontSize: NODE_FONT, edgeFontSize: 14 },
  );
  const s = box.width / VIEW_WIDTH;
  const at = (x: number, y: number) => ({ x: box.x + x * s, y: box.y + y * s });
  const { doc } = writer;
  doc.setDrawColor('#d1d5db');
  doc.setLineWidth(0.2);
  doc.roundedRect(box.x, box.y, box.width, box.height, 2, 2, 'S');
  const styles = new Map(ties.map((tie) => [tieId(tie), tieStyle(tie)]));
  for (const edge of layout.edges) {
    const style = styles.get(edge.id) ?? TIE_STYLES.links;
    const start = at(edge.start.x, edge.start.y);
    const control = at(edge.control.x, edge.control.y);
    const end = at(edge.end.x, edge.end.y);
    // The quadratic curve as the cubic one PDF draws: control points two thirds of the way to the middle one.
    const segments: PathSegment[] = [
      { kind: 'M', x: start.x, y: start.y },
      {
        kind: 'C',
        x1: start.x + (2 / 3) * (control.x - start.x),
        y1: start.y + (2 / 3) * (control.y - start.y),
        x2: end.x + (2 / 3) * (control.x - end.x),
        y2: end.y + (2 / 3) * (control.y - end.y),
        x: end.x,
        y: end.y,
      },
    ];
    strokeStyle(writer, style, s);
    writer.drawPath(segments, 0, 0, 1, 'S');
  }
  doc.setLineDashPattern([], 0);
  const fontSize = (layout.nodeFontSize * s) / PT;
  for (const node of layout.nodes) {
    const centre = at(node.x, node.y);
    const r = node.r * s;
    if (present && !present.has(node.id)) {
      doc.setDrawColor(node.colour);
      doc.setLineWidth(0.35);
      doc.setLineDashPattern([1, 0.8], 0);
      doc.circle(centre.x, centre.y, r, 'S');
      doc.setLineDashPattern([], 0);
      continue;
    }
    doc.setFillColor(node.colour);
    doc.setDrawColor('#ffffff');
    doc.setLineWidth(0.5);
    doc.circle(centre.x, centre.y, r, 'FD');
    if (node.linkCount > 0) {
      const countStyle: TextStyle = { size: Math.min(fontSize, (r * 1.1) / PT), isBold: true, colour: '#ffffff' };
      writer.line(String(node.linkCount), centre.x, centre.y - (countStyle.size * PT) / 2 - 0.2, countStyle, 'center');
    }
  }
  for (const node of layout.nodes) {
    const isPresent = !present || present.has(node.id);
    const style: TextStyle = { size: fontSize, isBold: isPresent, colour: isPresent ? '#111827' : '#6b7280' };
    const align = node.labelAnchor === 'start' ? 'left' : node.labelAnchor === 'end' ? 'right' : 'center';
    node.labelLines.forEach((line, index) => {
      const top = at(node.labelX, node.labelBox.y + index * layout.nodeFontSize * 1.2);
      writer.line(line, top.x, top.y, style, align);
    });
  }
}

function strokeStyle(writer: PdfWriter, style: TieStyle, s: number): void {
  writer.doc.setDrawColor(style.colour);
  writer.doc.setLineWidth(Math.max(0.2, style.width * s));
  writer.doc.setLineDashPattern(
    style.dash.map((length) => length * s),
    0,
  );
}

const SMALL: TextStyle = { size: 8, colour: '#374151' };

/** The keys of the picture: actor types (circles), the forms (lines), and what a dashed circle means. */
export function drawLegend(writer: PdfWriter, actors: readonly NetworkActor[], hasAbsent: boolean, withNote = true): void {
  const small: TextStyle = { ...SMALL, size: SMALL.size * writer.scale };
  const line = writer.lineHeight(small);
  const types = ACTOR_TYPES.filter((type) => actors.some((actor) => actor.actorType === type.id));
  const right = writer.margin + writer.contentWidth;
  let x = writer.margin;
  // Each key in a row, a new row when the next one would run past the margin.
  const place = (width: number): number => {
    if (x > writer.margin && x + width > right) {
      writer.y += line * 1.4;
      x = writer.margin;
    }
    const at = x;
    x += width;
    return at;
  };
  const s = 0.3 * writer.scale;
  for (const type of types) {
    const label = writer.t(`actor.${type.id}`);
    const at = place(line + writer.textWidth(label, small) + 5 * writer.scale);
    writer.doc.setFillColor(type.colour);
    writer.doc.circle(at + line * 0.35, writer.y + line * 0.45, line * 0.35, 'F');
    writer.line(label, at + line, writer.y, small);
  }
  writer.y += line * 1.4;
  x = writer.margin;
  const forms = ['links', ...COLLABORATION_FORMS] as const;
  for (const form of forms) {
    const label = form === 'links' ? writer.t('networkTime.edge.links') : writer.t(`agreements.form.${form}`);
    const at = place(16 * writer.scale + writer.textWidth(label, small) + 4 * writer.scale);
    strokeStyle(writer, TIE_STYLES[form], s);
    const mid = writer.y + line * 0.5;
    writer.doc.line(at, mid, at + 12 * writer.scale, mid);
    writer.doc.setLineDashPattern([], 0);
    writer.line(label, at + 14 * writer.scale, writer.y, small);
  }
  writer.y += line * 1.4;
  if (withNote) writer.write(`${writer.t('print.network.legend')} ${writer.t('networkTime.edgeNote')}${hasAbsent ? ` ${writer.t('print.network.absent')}` : ''}`, small, { gapAfter: 2 });
}

/**
 * The summary's network picture: the workshop's own ties (links and agreements) under a heading, with
 * the legend, kept on one page. Nothing when fewer than two organisations took part.
 */
export function writeWorkshopNetwork(writer: PdfWriter, workshop: Workshop): void {
  const network = meetingNetwork(workshop);
  if (network.actors.length < 2) return;
  const width = writer.contentWidth;
  const height = Math.min(width * 0.55, 110 * writer.scale);
  writer.heading(writer.t('print.summary.network'), 2, height + 24);
  writer.write(writer.t('print.summary.networkCaption'), { ...SMALL, size: SMALL.size * writer.scale }, { gapAfter: 1.5 });
  drawTieNetwork(writer, { actors: network.actors, ties: network.ties }, { x: writer.margin, y: writer.y, width, height });
  writer.y += height + 2;
  drawLegend(writer, network.actors, false, false);
}

/**
 * "Netværket over tid" (A4 or A3, landscape): the two meetings' pictures side by side, placed alike, with
 * the legend; then the measures before and after in a table, and the definitions.
 */
export function buildNetworkPdf(workshop: Workshop, comparison: NetworkComparison, options: BuildOptions & { paper: PaperSize }): Uint8Array {
  const { language } = options;
  const kind = translate(language, 'print.network.heading');
  const writer = new PdfWriter({
    paper: options.paper,
    isLandscape: true,
    fonts: options.fonts,
    language,
    footer: footerText(workshop, language),
    metadata: documentMetadata(workshop, kind, language),
  });
  const k = writer.scale;
  const meeting = (side: NetworkComparison['before']) => `${side.title} (${side.date ? printDate(side.date, language) : writer.t('networkTime.noDate')})`;
  writer.write(kind.toLocaleUpperCase(language), { size: 9 * k, isBold: true, colour: '#4b5563' }, { gapAfter: 1 });
  const subtitle = writer.fitLabel(writer.t('print.network.subtitle', { before: meeting(comparison.before), after: meeting(comparison.after) }), writer.contentWidth, { size: 12 * k, isBold: true }, 1, 8 * k);
  for (const line of subtitle.lines) writer.write(line, subtitle.style);
  writer.y += 2.5 * k;

  const gap = 6 * k;
  const width = (writer.contentWidth - gap) / 2;
  const pictureHeight = Math.min(width * 0.52, writer.height * 0.31);
  const headingStyle: TextStyle = { size: 10.5 * k, isBold: true };
  const sides = [
    { side: comparison.before, label: writer.t('networkTime.before') },
    { side: comparison.after, label: writer.t('networkTime.after') },
  ];
  const top = writer.y;
  sides.forEach(({ side, label }, index) => {
    const x = writer.margin + index * (width + gap);
    const heading = `${label}: ${meeting(side)} · ${writer.t('networkTime.ties', { count: side.measures.ties })}`;
    const { lines, style } = writer.fitLabel(heading, width, headingStyle, 1, 7 * k);
    writer.line(lines[0] ?? '', x, top, style);
    drawTieNetwork(writer, { actors: sideActors(comparison, side), ties: side.ties, present: new Set(side.actors.map((actor) => actor.key)) }, { x, y: top + writer.lineHeight(headingStyle) + 1, width, height: pictureHeight });
  });
  options.onProgress?.(0.5);
  writer.y = top + writer.lineHeight(headingStyle) + 1 + pictureHeight + 3 * k;
  const hasAbsent = comparison.actors.length > Math.min(comparison.before.actors.length, comparison.after.actors.length);
  drawLegend(writer, comparison.actors, hasAbsent);

  writer.write(writer.t('print.network.measures'), { size: 11 * k, isBold: true }, { gapAfter: 1.5 * k });
  writeMeasures(writer, comparison);
  writer.write(writer.t('networkTime.definitions'), { ...SMALL, size: SMALL.size * k }, { gapAfter: 0 });
  const bytes = writer.finish();
  options.onProgress?.(1);
  return bytes;
}

/**
 * The measures as two tables side by side: the network as a whole on the left, ties per actor type and the
 * organisations without ties on the right; measure, before, after, change. Each row is kept whole on a page.
 */
function writeMeasures(writer: PdfWriter, comparison: NetworkComparison): void {
  const rows = measureRows(comparison, writer.language);
  const isRight = (row: MeasureRow) => row.id === 'by-type' || row.isSub === true;
  const gap = 8 * writer.scale;
  const width = (writer.contentWidth - gap) / 2;
  const top = writer.y;
  const left = measureTable(writer, rows.filter((row) => !isRight(row) && row.id !== 'without-ties'), writer.margin, width, top, 0.5);
  const right = measureTable(writer, rows.filter(isRight), writer.margin + width + gap, width, top, 0.58);
  writer.y = Math.max(left, right) + 1.5 * writer.scale;
  // The organisations without ties are names, not numbers: a line for each meeting, the page's full width.
  const withoutTies = rows.find((row) => row.id === 'without-ties');
  if (withoutTies) {
    const style: TextStyle = { size: 8.5 * writer.scale };
    writer.write(`${withoutTies.label}. ${writer.t('networkTime.before')}: ${withoutTies.before}. ${writer.t('networkTime.after')}: ${withoutTies.after}.`, style, { gapAfter: 1.5 * writer.scale });
  }
}

/** One table of measures at `x`, `width` wide, from `top`; returns where it ends. */
function measureTable(writer: PdfWriter, rows: readonly MeasureRow[], x: number, width: number, top: number, labelShare: number): number {
  const k = writer.scale;
  const body: TextStyle = { size: 8.5 * k };
  const bold: TextStyle = { size: 8.5 * k, isBold: true };
  const labelWidth = width * labelShare;
  const valueWidth = (width - labelWidth) * 0.28;
  const changeWidth = width - labelWidth - 2 * valueWidth;
  const columns = [
    { x, width: labelWidth - 2 * k },
    { x: x + labelWidth, width: valueWidth - 2 * k },
    { x: x + labelWidth + valueWidth, width: valueWidth - 2 * k },
    { x: x + labelWidth + 2 * valueWidth, width: changeWidth },
  ];
  writer.y = top;
  const row = (cells: string[], style: TextStyle, indent = 0) => {
    const wrapped = cells.map((cell, index) => writer.wrap(cell, (columns[index]?.width ?? 0) - (index === 0 ? indent : 0), style));
    const height = Math.max(...wrapped.map((lines) => lines.length)) * writer.lineHeight(style);
    writer.ensureRoom(height + 1.2 * k);
    wrapped.forEach((lines, index) => {
      lines.forEach((line, lineIndex) => writer.line(line, (columns[index]?.x ?? 0) + (index === 0 ? indent : 0), writer.y + lineIndex * writer.lineHeight(style), style));
    });
    writer.y += height + 0.4 * k;
    writer.doc.setDrawColor('#e5e7eb');
    writer.doc.setLineWidth(0.2);
    writer.doc.line(x, writer.y, x + width, writer.y);
    writer.y += 0.5 * k;
  };
  row([writer.t('networkTime.measure'), writer.t('networkTime.before'), writer.t('networkTime.after'), writer.t('networkTime.change')], bold);
  for (const measure of rows) row([measure.label, measure.before, measure.after, measure.change], measure.id === 'by-type' ? bold : body, measure.isSub ? 3 * k : 0);
  return writer.y;
}
