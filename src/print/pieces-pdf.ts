import { pieceOutline, slotEdges, tabReach, type PieceEdges } from '../domain/piece-shape.ts';
import type { Organisation } from '../domain/organisation.ts';
import { workshopValuesInPlay, type Workshop } from '../domain/workshop.ts';
import { translate } from '../i18n/translate.ts';
import { documentMetadata, footerText, printValueName } from './print-labels.ts';
import { PdfWriter, type TextStyle } from './pdf-writer.ts';
import type { BuildOptions } from './print-options.ts';
import type { PiecesTarget } from './print-request.ts';

/**
 * Puzzle pieces to cut out for a session without screens (A4): one piece per value in play, the
 * size of a playing card and then some, in the value's colour with a solid black cut line. The tabs
 * and blanks are the board's (`slotEdges` for the organisation's row), so cut-out pieces fit
 * together as the board on screen does.
 */

export interface PiecesOptions extends BuildOptions {
  target: PiecesTarget;
}

const BODY_WIDTH = 66;
const BODY_HEIGHT = 45;
const COLUMNS = 2;
const ROWS = 3;
const CUT_LINE = 0.45;
/** Room between two pieces' cells, so scissors pass between them. */
const ROW_GAP = 8;

interface PieceSheet {
  heading: string;
  /** The organisation's name printed small on each piece, or '' on blank pieces. */
  owner: string;
  /** The organisation's row on the board (its tabs and blanks); a blank set uses a middle row. */
  row: number;
  rows: number;
}

/** The sheets to print for `target`: one per organisation, or one blank set. */
function sheetsFor(workshop: Workshop, target: PiecesTarget, headings: { blank: string; of: (name: string) => string }): PieceSheet[] {
  const rows = workshop.organisations.length;
  const blank: PieceSheet = { heading: headings.blank, owner: '', row: 1, rows: 3 };
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
  });
  const values = workshopValuesInPlay(workshop);
  const sheets = sheetsFor(workshop, options.target, { blank: t('print.pieces.blankHeading'), of: (name) => t('print.pieces.heading', { name }) });
  sheets.forEach((sheet, sheetIndex) => {
    if (sheetIndex > 0) writer.newPage();
    writeSheetHeading(writer, sheet.heading, t('print.pieces.instructions'));
    if (values.length === 0) writer.write(t('print.pieces.noValues'), { size: 10 });
    let pageTop = writer.y;
    values.forEach((value, index) => {
      const slot = index % (COLUMNS * ROWS);
      if (index > 0 && slot === 0) {
        writer.newPage();
        writeSheetHeading(writer, sheet.heading, t('print.pieces.instructions'));
        pageTop = writer.y;
      }
      const edges = slotEdges(index, sheet.row, values.length, sheet.rows);
      drawPiece(writer, { column: slot % COLUMNS, row: Math.floor(slot / COLUMNS), top: pageTop }, edges, {
        name: printValueName(value, language),
        colour: value.colour,
        owner: sheet.owner,
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

/** One piece in its cell of the sheet's grid: coloured body, black cut line, name and owner in white. */
function drawPiece(writer: PdfWriter, cell: { column: number; row: number; top: number }, edges: PieceEdges, piece: { name: string; colour: string; owner: string }): void {
  const reach = tabReach(BODY_WIDTH, BODY_HEIGHT);
  const cellWidth = BODY_WIDTH + 2 * reach;
  const cellHeight = BODY_HEIGHT + 2 * reach;
  const gapX = (writer.contentWidth - COLUMNS * cellWidth) / Math.max(1, COLUMNS - 1);
  const x = writer.margin + cell.column * (cellWidth + gapX) + reach;
  const y = cell.top + cell.row * (cellHeight + ROW_GAP) + reach;
  writer.doc.setFillColor(piece.colour);
  writer.doc.setDrawColor('#000000');
  writer.doc.setLineWidth(CUT_LINE);
  writer.drawPath(pieceOutline(BODY_WIDTH, BODY_HEIGHT, edges), x, y, 1, 'FD');

  // Text stays clear of the tab reach on every side, where a blank may cut in.
  const inset = reach + 1.5;
  const roomWidth = BODY_WIDTH - 2 * inset;
  const ownerStyle: TextStyle = { size: 7.5, colour: '#ffffff' };
  const owner = piece.owner === '' ? null : writer.fitLabel(piece.owner, roomWidth, ownerStyle, 2, 5);
  const ownerHeight = owner ? owner.lines.length * writer.lineHeight(owner.style) : 0;
  const roomHeight = BODY_HEIGHT - 2 * inset - ownerHeight;
  const label = writer.fitLabel(piece.name, roomWidth, { size: 18, isBold: true, colour: '#ffffff' }, 3, 6, roomHeight - 1);
  const labelHeight = label.lines.length * writer.lineHeight(label.style);
  let lineY = y + inset + Math.max(0, (roomHeight - labelHeight) / 2);
  for (const line of label.lines) {
    writer.line(line, x + BODY_WIDTH / 2, lineY, label.style, 'center');
    lineY += writer.lineHeight(label.style);
  }
  if (owner) {
    let ownerY = y + BODY_HEIGHT - inset - ownerHeight;
    for (const line of owner.lines) {
      writer.line(line, x + BODY_WIDTH / 2, ownerY, owner.style, 'center');
      ownerY += writer.lineHeight(owner.style);
    }
  }
}
