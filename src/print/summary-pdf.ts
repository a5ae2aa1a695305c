import { drawnSides, pieceCuts, pieceOutline, slotEdges, tabReach } from '../domain/piece-shape.ts';
import type { Workshop } from '../domain/workshop.ts';
import { translate } from '../i18n/translate.ts';
import { documentMetadata, footerText } from './print-labels.ts';
import { planBoard } from './board-plan.ts';
import { writeWorkshopNetwork } from './network-pdf.ts';
import { PdfWriter, PT, type TextStyle } from './pdf-writer.ts';
import type { BuildOptions } from './print-options.ts';
import { focusOn, summaryContent, type AgreementLines, type SummaryContent } from './summary-content.ts';

/** The session summary (A4): the minutes of the workshop, laid out from `summaryContent`. */

const BODY: TextStyle = { size: 10 };
const BOLD: TextStyle = { size: 10, isBold: true };
const SMALL: TextStyle = { size: 8.5, colour: '#374151' };
const MUTED = '#4b5563';

export function buildSummaryPdf(workshop: Workshop, options: BuildOptions): Uint8Array {
  const { language } = options;
  const content = summaryContent(workshop, language);
  const writer = a4Writer(workshop, 'print.kind.summary', options);
  writeTitle(writer, content);
  writeFacts(writer, content);
  writeParticipants(writer, content);
  writeBoard(writer, content);
  options.onProgress?.(0.2);
  writeOrganisations(writer, content, (share) => options.onProgress?.(0.2 + share * 0.7));
  writeShared(writer, content);
  writeWorkshopNetwork(writer, workshop);
  writeCollaboration(writer, content);
  const bytes = writer.finish();
  options.onProgress?.(1);
  return bytes;
}

/**
 * One organisation's own page (A4), for a tablet to take home to colleagues: what it said the
 * collaboration is worth (its values and examples), its offers and needs, the links it is part of and the
 * agreements it is in, with their coordinators and dates.
 */
export function buildOrganisationPdf(workshop: Workshop, organisationId: string, options: BuildOptions): Uint8Array {
  const { language } = options;
  const index = workshop.organisations.findIndex((organisation) => organisation.id === organisationId);
  const content = summaryContent(focusOn(workshop, organisationId), language);
  const organisation = content.organisations[index];
  const writer = a4Writer(workshop, 'print.kind.organisation', options);
  writer.write(content.title.toLocaleUpperCase(language), { size: 9, isBold: true, colour: MUTED }, { gapAfter: 1 });
  writer.write(organisation?.name ?? writer.t('print.summary.unknownOrganisation'), { size: 20, isBold: true }, { gapAfter: 1 });
  if (organisation) writer.write(organisation.actorType, SMALL, { gapAfter: 3 });
  // The workshop's facts, less how many organisations took part: the page is about this one.
  const organisationsLabel = writer.t('print.fact.organisations');
  writeFacts(writer, { ...content, facts: content.facts.filter((fact) => fact.label !== organisationsLabel) });
  writer.heading(writer.t('print.organisation.values'), 2);
  if (organisation) writeOrganisationPieces(writer, organisation);
  options.onProgress?.(0.5);
  writeCollaboration(writer, content);
  const bytes = writer.finish();
  options.onProgress?.(1);
  return bytes;
}

/** An A4 writer for a printable of `workshop`, with its footer and metadata. */
function a4Writer(workshop: Workshop, kind: 'print.kind.summary' | 'print.kind.organisation', options: BuildOptions): PdfWriter {
  const { language } = options;
  return new PdfWriter({
    paper: 'a4',
    fonts: options.fonts,
    language,
    footer: footerText(workshop, language),
    metadata: documentMetadata(workshop, translate(language, kind), language),
  });
}

/** The end of both: the cards, the links, and the agreements under their heading. */
function writeCollaboration(writer: PdfWriter, content: SummaryContent): void {
  writeCards(writer, content);
  writeLinks(writer, content);
  writeOpenNeeds(writer, content);
  const [firstAgreement] = content.agreements;
  writer.heading(writer.t('print.summary.agreements'), 2, firstAgreement ? agreementHeight(writer, firstAgreement) : writer.lineHeight(BODY));
  writeAgreements(writer, content.agreements);
}

function writeTitle(writer: PdfWriter, content: SummaryContent): void {
  writer.write(writer.t('print.summary.heading').toLocaleUpperCase(writer.language), { size: 9, isBold: true, colour: MUTED }, { gapAfter: 1 });
  writer.write(content.title, { size: 20, isBold: true }, { gapAfter: 5 });
}

/** The facts as a two-column table: label on the left, value on the right. */
function writeFacts(writer: PdfWriter, content: SummaryContent): void {
  const labelWidth = 38;
  for (const fact of content.facts) {
    const height = writer.measure(fact.value, writer.contentWidth - labelWidth, BODY);
    writer.ensureRoom(height);
    const top = writer.y;
    writer.line(fact.label, writer.margin, top, BOLD);
    writer.write(fact.value, BODY, { indent: labelWidth, gapAfter: 1.2 });
  }
}

function writeParticipants(writer: PdfWriter, content: SummaryContent): void {
  writer.heading(writer.t('print.summary.participants'), 2);
  if (content.participants.length === 0) {
    writer.write(writer.t('print.summary.noOrganisations'), BODY);
    return;
  }
  for (const group of content.participants) {
    writer.ensureRoom(writer.lineHeight(BOLD) * 2);
    swatch(writer, group.colour, writer.margin, writer.y + 0.6, 3.2);
    writer.write(`${group.actorType} (${group.organisations.length})`, BOLD, { indent: 5.5, gapAfter: 0.5 });
    for (const organisation of group.organisations) {
      const contact = organisation.contact.trim() === '' ? '' : ` — ${writer.t('print.summary.contact', { contact: organisation.contact })}`;
      writer.bullet(`${organisation.name}${contact}`, BODY, { indent: 5.5 });
    }
    writer.y += 2;
  }
}

function swatch(writer: PdfWriter, colour: string, x: number, y: number, size: number): void {
  writer.doc.setFillColor(colour);
  writer.doc.rect(x, y, size, size, 'F');
}

/** The cut between two pieces of the summary's puzzle: grey, so it shows on white paper and on every colour. */
const CUT_COLOUR = '#9aa1ab';

/**
 * The puzzle as the board showed it: a row per organisation, a column per value, each placed piece a
 * jigsaw piece in its value's colour (same geometry as the screen), empty slots as faint outlines.
 * The whole puzzle stays on one page (`planBoard`): moved to a fresh page, or with lower rows.
 */
function writeBoard(writer: PdfWriter, content: SummaryContent): void {
  const { columns, rows } = content.board;
  const nameWidth = 42;
  const cellWidth = Math.min(26, (writer.contentWidth - nameWidth) / Math.max(1, columns.length));
  const naturalHeight = Math.max(9, Math.min(15, cellWidth * 0.62));
  // Every value's name in one size: the largest all of them fit at.
  const fitHeader = (name: string, size: number) => writer.fitLabel(name, cellWidth - 1, { size, isBold: true }, 3, Math.min(5, size));
  const headerSize = Math.min(7.5, ...columns.map((column) => fitHeader(column.name, 7.5).style.size));
  const headers = columns.map((column) => fitHeader(column.name, headerSize));
  const headerLines = Math.max(1, ...headers.map(({ lines, style }) => lines.length * writer.lineHeight(style)));
  const headingStyle: TextStyle = { size: 13, isBold: true };
  const note = writer.t('print.summary.boardNote');
  const introHeight = writer.lineHeight(headingStyle) + 2 + writer.measure(note, writer.contentWidth, SMALL) + 2;
  const gapAbove = writer.y === writer.margin ? 0 : 5;
  // What the board needs besides its rows (the tab reach is at most that of the full-size rows).
  const reachAt = (rowHeight: number) => tabReach(cellWidth, rowHeight);
  const fixedHeight = introHeight + headerLines + 1.5 + 2 * reachAt(naturalHeight);
  const plan = planBoard({
    rows: rows.length,
    rowHeight: naturalHeight,
    minRowHeight: 7,
    fixedHeight,
    roomLeft: writer.bottom - writer.y - gapAbove,
    pageRoom: writer.bottom - writer.margin,
  });
  if (plan.isFreshPage) writer.newPage();
  const cellHeight = plan.rowHeight;
  const reach = reachAt(cellHeight);
  const headerHeight = headerLines + reach + 1.5;
  writer.heading(writer.t('print.summary.board'), 2, 0);
  writer.write(note, SMALL, { gapAfter: 2 });
  if (rows.length === 0) {
    writer.write(writer.t('print.summary.boardEmpty'), BODY);
    return;
  }
  // Names in two lines at most, smaller when the rows are lower.
  const nameStyle: TextStyle = { size: Math.min(7.5, cellHeight / (2 * 1.3 * PT)) };
  const starSize = Math.min(11, (cellHeight / 15) * 11);

  const writeHeader = () => {
    headers.forEach(({ lines, style }, index) => {
      const x = writer.margin + nameWidth + index * cellWidth + cellWidth / 2;
      const top = writer.y + headerHeight - reach - 1.5 - lines.length * writer.lineHeight(style);
      lines.forEach((line, lineIndex) => writer.line(line, x, top + lineIndex * writer.lineHeight(style), style, 'center'));
    });
    writer.y += headerHeight;
  };

  plan.pages.forEach((page, pageIndex) => {
    if (pageIndex > 0) writer.newPage();
    writeHeader();
    page.forEach((rowIndex, rowOnPage) => {
      const row = rows[rowIndex];
      if (!row) return;
      writeBoardName(writer, row.name, nameWidth - 3, cellHeight, nameStyle);
      // Each page's part is a whole puzzle: flat edges where it meets the page's top and foot. As on the
      // screen, the pieces are filled, then each cut between two pieces is drawn once (by the piece below
      // or to the right, `drawnSides`); the page's last row draws its bottom itself.
      const edgesOf = (columnIndex: number) => slotEdges(columnIndex, rowOnPage, columns.length, page.length);
      row.cells.forEach((cell, columnIndex) => {
        const column = columns[columnIndex];
        if (!column || !cell.isPlaced) return;
        const x = writer.margin + nameWidth + columnIndex * cellWidth;
        writer.doc.setFillColor(column.colour);
        writer.drawPath(pieceOutline(cellWidth, cellHeight, edgesOf(columnIndex)), x, writer.y, 1, 'F');
      });
      writer.doc.setLineWidth(0.25);
      writer.doc.setDrawColor(CUT_COLOUR);
      row.cells.forEach((cell, columnIndex) => {
        const x = writer.margin + nameWidth + columnIndex * cellWidth;
        const sides = drawnSides(columnIndex, rowOnPage, columns.length, page.length, rowOnPage < page.length - 1);
        writer.drawPath(pieceCuts(cellWidth, cellHeight, edgesOf(columnIndex), sides), x, writer.y, 1, 'S');
        if (cell.isPlaced && cell.isMostImportant) writer.line('★', x + cellWidth / 2, writer.y + cellHeight / 2 - starSize * PT * 0.6, { size: starSize, isBold: true, colour: '#ffffff' }, 'center');
      });
      writer.y += cellHeight;
    });
    writer.y += reach + 2;
  });
}

/** An organisation's name beside its row: two lines at most, a visible "…" when it is longer. */
function writeBoardName(writer: PdfWriter, name: string, width: number, rowHeight: number, style: TextStyle): void {
  const wrapped = writer.wrap(name, width, style);
  const lines = wrapped.length <= 2 ? wrapped : [wrapped[0] ?? '', `${(wrapped[1] ?? '').trimEnd()} …`];
  const top = writer.y + rowHeight / 2 - (lines.length * writer.lineHeight(style)) / 2;
  lines.forEach((line, index) => writer.line(line, writer.margin, top + index * writer.lineHeight(style), style));
}

function writeOrganisations(writer: PdfWriter, content: SummaryContent, onProgress: (share: number) => void): void {
  writer.heading(writer.t('print.summary.values'), 2);
  content.organisations.forEach((organisation, index) => {
    const firstBlock = organisation.pieces[0] ? pieceHeight(writer, organisation.pieces[0], EXAMPLE_INDENT) : writer.lineHeight(BODY);
    writer.heading(organisation.name, 3, firstBlock + writer.lineHeight(SMALL));
    writer.write(organisation.actorType, SMALL, { gapAfter: 1.5 });
    writeOrganisationPieces(writer, organisation);
    onProgress((index + 1) / content.organisations.length);
  });
}

const EXAMPLE_INDENT = 5.5;

/** An organisation's pieces, each its value with the example, a bar in the value's colour beside it. */
function writeOrganisationPieces(writer: PdfWriter, organisation: SummaryContent['organisations'][number]): void {
  const exampleIndent = EXAMPLE_INDENT;
  if (organisation.pieces.length === 0) writer.write(writer.t('print.summary.noPieces'), { ...BODY, colour: MUTED }, { gapAfter: 1 });
  for (const piece of organisation.pieces) {
    const height = pieceHeight(writer, piece, exampleIndent);
    writer.ensureRoom(height);
    const top = writer.y;
    const title = piece.isMostImportant ? `${piece.name}  ★ ${writer.t('print.summary.mostImportant')}` : piece.name;
    writer.write(title, BOLD, { indent: exampleIndent, gapAfter: 0.4 });
    const example = piece.example.trim() === '' ? writer.t('print.summary.noExample') : piece.example;
    writer.write(example, piece.example.trim() === '' ? { ...BODY, colour: MUTED } : BODY, { indent: exampleIndent });
    writer.doc.setFillColor(piece.colour);
    writer.doc.rect(writer.margin, top + 0.4, 2, writer.y - top - 0.8, 'F');
    writer.y += 2;
  }
}

/** The height of one value-with-example block, so a block never breaks across pages. */
function pieceHeight(writer: PdfWriter, piece: SummaryContent['organisations'][number]['pieces'][number], indent: number): number {
  const width = writer.contentWidth - indent;
  return writer.measure(piece.name, width, BOLD) + 0.4 + writer.measure(piece.example || '–', width, BODY) + 2;
}

function writeShared(writer: PdfWriter, content: SummaryContent): void {
  writer.heading(writer.t('print.summary.shared'), 2);
  if (content.shared.length === 0) writer.write(writer.t('print.summary.noShared'), BODY);
  for (const value of content.shared) {
    writer.ensureRoom(writer.lineHeight(BOLD) * 2);
    swatch(writer, value.colour, writer.margin, writer.y + 0.6, 3.2);
    writer.write(value.name, BOLD, { indent: 5.5 });
    writer.write(writer.t('print.summary.sharedHolders', { count: value.holders.length, names: value.holders.join(', ') }), BODY, { indent: 5.5, gapAfter: 2 });
  }
  if (content.keyPoints.trim() !== '') {
    writer.heading(writer.t('print.summary.keyPoints'), 3, writer.lineHeight(BODY) * 2);
    for (const paragraph of content.keyPoints.split(/\n+/u).filter((line) => line.trim() !== '')) writer.write(paragraph, BODY, { gapAfter: 1.5 });
  }
}

function writeCards(writer: PdfWriter, content: SummaryContent): void {
  if (content.cards.length === 0) return;
  writer.heading(writer.t('print.summary.cards'), 2);
  for (const group of content.cards) {
    writer.heading(group.organisation, 3, writer.lineHeight(BODY) * 2);
    for (const { side, cards } of group.sides) {
      writer.ensureRoom(writer.lineHeight(SMALL) + writer.lineHeight(BODY));
      writer.write(writer.t(`collaboration.side.${side}`), { ...SMALL, isBold: true }, { gapAfter: 0.5 });
      for (const card of cards) {
        const about = card.value === '' ? card.kind : `${card.kind}, ${card.value}`;
        writer.bullet(`${card.text} (${about})`, BODY, { gapAfter: 0.6 });
      }
      writer.y += 1;
    }
  }
}

function writeLinks(writer: PdfWriter, content: SummaryContent): void {
  writer.heading(writer.t('print.summary.links'), 2);
  if (content.links.length === 0) writer.write(writer.t('print.summary.noLinks'), BODY);
  for (const link of content.links) writer.bullet(link, BODY, { gapAfter: 1 });
}

/** The needs no link meets yet, by organisation (only when some organisation wrote a need). */
function writeOpenNeeds(writer: PdfWriter, content: SummaryContent): void {
  if (!content.cards.some((group) => group.sides.some((side) => side.side === 'need'))) return;
  writer.heading(writer.t('print.summary.openNeeds'), 2);
  if (content.openNeeds.length === 0) writer.write(writer.t('print.summary.noOpenNeeds'), BODY);
  for (const group of content.openNeeds) {
    writer.ensureRoom(writer.lineHeight(BOLD) + writer.lineHeight(BODY));
    writer.write(group.organisation, BOLD, { gapAfter: 0.5 });
    for (const card of group.cards) writer.bullet(card.text, BODY, { gapAfter: 0.6 });
    writer.y += 1;
  }
}

/** The agreements, each a block kept on one page: what, who, coordinator, first step, form and dates. */
export function writeAgreements(writer: PdfWriter, agreements: readonly AgreementLines[]): void {
  if (agreements.length === 0) {
    writer.write(writer.t('print.summary.noAgreements'), BODY);
    return;
  }
  agreements.forEach((agreement, index) => {
    const lines = agreementBlock(writer, agreement);
    writer.ensureRoom(agreementHeight(writer, agreement));
    const top = writer.y;
    writer.line(`${index + 1}.`, writer.margin, top, BOLD);
    for (const [text, style] of lines) writer.write(text, style, { indent: 8 });
    writer.doc.setDrawColor('#d1d5db');
    writer.doc.setLineWidth(0.2);
    writer.y += 2;
    writer.doc.line(writer.margin, writer.y, writer.width - writer.margin, writer.y);
    writer.y += 2;
  });
}

/** The height of one agreement's block, so it is never split across pages. */
function agreementHeight(writer: PdfWriter, agreement: AgreementLines): number {
  return agreementBlock(writer, agreement).reduce((sum, [text, style]) => sum + writer.measure(text, writer.contentWidth - 8, style), 0) + 4;
}

function agreementBlock(writer: PdfWriter, agreement: AgreementLines): [string, TextStyle][] {
  const t = writer.t.bind(writer);
  const facts = [
    `${t('print.agreement.form')}: ${agreement.form}`,
    `${t('print.agreement.date')}: ${agreement.date}`,
    `${t('print.agreement.followUp')}: ${agreement.followUp}`,
    ...(agreement.status === '' ? [] : [`${t('print.agreement.status')}: ${agreement.status}${agreement.statusNote ? ` — ${agreement.statusNote}` : ''}`]),
  ].join('   ·   ');
  return [
    [agreement.what, BOLD],
    [`${t('print.agreement.who')}: ${agreement.organisations.join(', ')}`, BODY],
    [t('print.agreement.coordinator', { name: agreement.coordinator }), BODY],
    ...(agreement.isIn.length === 0 ? [] : [[t('print.agreement.isIn', { names: agreement.isIn.join(', ') }), BODY] satisfies [string, TextStyle]]),
    ...(agreement.firstStep.trim() === '' ? [] : [[t('print.agreement.firstStep', { text: agreement.firstStep }), BODY] satisfies [string, TextStyle]]),
    [facts, SMALL],
  ];
}
