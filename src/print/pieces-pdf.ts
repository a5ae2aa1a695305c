import { pieceOutline, slotEdges, stackableEdges, type PieceEdges } from '../domain/piece-shape.ts';
import type { Organisation } from '../domain/organisation.ts';
import { workshopValuesInPlay, type Workshop } from '../domain/workshop.ts';
import { translate } from '../i18n/translate.ts';
import { documentMetadata, footerText, printValueName } from './print-labels.ts';
import { PdfWriter, type TextStyle } from './pdf-writer.ts';
import type { BuildOptions } from './print-options.ts';
import type { PiecesTarget } from './print-request.ts';

/**
 * Puzzle pieces to cut out and write on, for a session without screens (A4, six to a page): light
 * pieces (a pale tint of the value's colour, a thin dark cut line) with the value's name and ruled
 * room for the organisation and an example. An organisation's pieces have the board's tabs and blanks
 * for its row (`slotEdges`); blank sets are rows that stack in any order (`stackableEdges`), so the
 * sets of several organisations laid one under another make the board.
 */

export interface PiecesOptions extends BuildOptions {
  target: PiecesTarget;
}

const BODY_WIDTH = 70;
const BODY_HEIGHT = 56;
/** The same tab on every printed piece (so any two fit), smaller than the screen's to leave room to write. */
const TAB_SIZE = 9;
const COLUMNS = 2;
const ROWS = 3;
const CUT_LINE = 0.35;
const CUT_COLOUR = '#374151';
/** Room between two pieces' cells, so scissors pass between them. */
const GAP_X = 6;
const GAP_Y = 5;
const MARGIN = 12;
const RULE_SPACING = 7;

interface PieceSheet {
  heading: string;
  /** The organisation's name printed small on each piece, or '' on blank pieces. */
  owner: string;
  /** The organisation's row on the board (its tabs and blanks), or null for a blank set (rows that stack). */
  row: number | null;
  rows: number;
}

/** The sheets to print for `target`: one per organisation, or one blank set. */
function sheetsFor(workshop: Workshop, target: PiecesTarget, headings: { blank: string; of: (name: string) => string }): PieceSheet[] {
  const rows = workshop.organisations.length;
  const blank: PieceSheet = { heading: headings.blank, owner: '', row: null, rows };
  const sheet = (organisation: Organisation, row: number): PieceSheet => ({ heading: headings.of(organisation.name), owner: organisation.name, row, rows });
  switch (target.kind) {
    case 'blank':
      return [blank];
    case 'organisation': {
      const row = workshop.organisations.findIndex((organisation) => organisation.id === target.organisationId);
      const organisation = workshop.organisations[row];
      return organisation ? [sheet(organisation, row)] : [blank];
    }
    case 'all':
      // A workshop without organisations still gets pieces: a blank set.
      return rows === 0 ? [blank] : workshop.organisations.map(sheet);
  }
}

export function buildPiecesPdf(workshop: Workshop, options: PiecesOptions): Uint8Array {
  const { language } = options;
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(language, key, params);
  const writer = new PdfWriter({
    paper: 'a4',
    fonts: options.fonts,
    language,
    footer: footerText(workshop, language),
    metadata: documentMetadata(workshop, t('print.kind.pieces'), language),
    margin: MARGIN,
  });
  const values = workshopValuesInPlay(workshop);
  const sheets = sheetsFor(workshop, options.target, { blank: t('print.pieces.blankHeading'), of: (name) => t('print.pieces.heading', { name }) });
  const labels = { organisation: t('paper.pieces.organisation'), example: t('paper.pieces.example') };
  sheets.forEach((sheet, sheetIndex) => {
    if (sheetIndex > 0) writer.newPage();
    const instructions = `${t('print.pieces.instructions')} ${t(sheet.row === null ? 'paper.pieces.blankHint' : 'paper.pieces.exampleHint')}`;
    writeSheetHeading(writer, sheet.heading, instructions);
    if (values.length === 0) writer.write(t('print.pieces.noValues'), { size: 10 });
    let pageTop = writer.y;
    values.forEach((value, index) => {
      const slot = index % (COLUMNS * ROWS);
      if (index > 0 && slot === 0) {
        writer.newPage();
        writeSheetHeading(writer, sheet.heading, instructions);
        pageTop = writer.y;
      }
      const edges = sheet.row === null ? stackableEdges(index, values.length) : slotEdges(index, sheet.row, values.length, sheet.rows);
      drawPiece(writer, { column: slot % COLUMNS, row: Math.floor(slot / COLUMNS), top: pageTop }, edges, {
        name: printValueName(value, language),
        colour: value.colour,
        owner: sheet.owner,
        labels,
      });
    });
    options.onProgress?.((sheetIndex + 1) / sheets.length);
  });
  return writer.finish();
}

function writeSheetHeading(writer: PdfWriter, heading: string, instructions: string): void {
  writer.write(heading, { size: 14, isBold: true }, { gapAfter: 1 });
  writer.write(`✂ ${instructions}`, { size: 9, colour: '#374151' }, { gapAfter: 3 });
}

/** `colour` (#rrggbb) mixed with white: `share` of the colour is left. */
export function tint(colour: string, share: number): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(colour);
  if (!match) return '#f3f4f6';
  const channel = (hex: string | undefined) => Math.round(255 - (255 - parseInt(hex ?? 'ff', 16)) * share).toString(16).padStart(2, '0');
  return `#${channel(match[1])}${channel(match[2])}${channel(match[3])}`;
}

/** Where text and lines run across the piece: clear of a blank cut into either side, the same at every height. */
function clearSpan(edges: PieceEdges): { left: number; right: number } {
  const pad = 3;
  return {
    left: (edges.left === 'blank' ? TAB_SIZE : 0) + pad,
    right: BODY_WIDTH - (edges.right === 'blank' ? TAB_SIZE : 0) - pad,
  };
}

interface PieceText {
  name: string;
  colour: string;
  /** The organisation's name, or '' on a blank piece (which then has a line to write it on). */
  owner: string;
  labels: { organisation: string; example: string };
}

/** One piece in its cell of the sheet's grid: pale body, thin cut line, the value's name, lines to write on. */
function drawPiece(writer: PdfWriter, cell: { column: number; row: number; top: number }, edges: PieceEdges, piece: PieceText): void {
  const cellWidth = BODY_WIDTH + 2 * TAB_SIZE;
  const cellHeight = BODY_HEIGHT + 2 * TAB_SIZE;
  const gapX = Math.max(GAP_X, (writer.contentWidth - COLUMNS * cellWidth) / Math.max(1, COLUMNS - 1));
  const x = writer.margin + cell.column * (cellWidth + gapX) + TAB_SIZE;
  const y = cell.top + cell.row * (cellHeight + GAP_Y) + TAB_SIZE;
  writer.doc.setFillColor(tint(piece.colour, 0.14));
  writer.doc.setDrawColor(CUT_COLOUR);
  writer.doc.setLineWidth(CUT_LINE);
  writer.drawPath(pieceOutline(BODY_WIDTH, BODY_HEIGHT, edges, { tabSize: TAB_SIZE }), x, y, 1, 'FD');

  // The value's name at the top, clear of a blank cut into the top; in the value's colour.
  const top = (edges.top === 'blank' ? TAB_SIZE : 0) + 2.5;
  const bottom = BODY_HEIGHT - (edges.bottom === 'blank' ? TAB_SIZE : 0) - 2;
  const span = clearSpan(edges);
  const label = writer.fitLabel(piece.name, span.right - span.left, { size: 12, isBold: true, colour: piece.colour }, 2, 7);
  let lineY = y + top;
  for (const line of label.lines) {
    writer.line(line, x + (span.left + span.right) / 2, lineY, label.style, 'center');
    lineY += writer.lineHeight(label.style);
  }

  // Small labels with ruled lines under them: the organisation (or its name), then the example.
  const labelStyle: TextStyle = { size: 6.5, colour: '#4b5563' };
  const rule = (at: number) => {
    writer.doc.setDrawColor('#9ca3af');
    writer.doc.setLineWidth(0.2);
    writer.doc.line(x + span.left, y + at, x + span.right, y + at);
  };
  const smallLabel = (text: string, at: number) => writer.line(text, x + span.left, y + at, labelStyle);
  let at = lineY - y + 1.5;
  smallLabel(piece.labels.organisation, at);
  at += writer.lineHeight(labelStyle);
  if (piece.owner === '') {
    at += RULE_SPACING - 1.5;
    rule(at);
  } else {
    const ownerStyle: TextStyle = { size: 8, isBold: true, colour: '#1f2937' };
    const owner = writer.fitLabel(piece.owner, span.right - span.left, ownerStyle, 1, 6);
    writer.line(owner.lines.join(' '), x + span.left, y + at + 0.3, owner.style);
    at += writer.lineHeight(owner.style) + 0.5;
  }
  at += 2.5;
  smallLabel(piece.labels.example, at);
  at += writer.lineHeight(labelStyle) + RULE_SPACING - 1.5;
  while (at <= bottom) {
    rule(at);
    at += RULE_SPACING;
  }
}
