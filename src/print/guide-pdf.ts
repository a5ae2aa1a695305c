import { clockTime, planAgenda, type Agenda } from '../domain/agenda.ts';
import { GUIDE_SOURCE_IDS, GUIDE_SOURCES, PHASE_GUIDES } from '../domain/guide.ts';
import { phasesInPlay, type PhaseId } from '../domain/phase.ts';
import { CHECKLIST_ITEMS, CHECKLIST_TEXT, isStartTime, type Preparation } from '../domain/preparation.ts';
import { FORM_EXAMPLES, TRUST_NEXT_STEP, VALUE_EXAMPLES } from '../domain/practice-examples.ts';
import { COLLABORATION_FORMS } from '../domain/agreement.ts';
import { CORE_VALUE_IDS } from '../domain/value.ts';
import type { Workshop } from '../domain/workshop.ts';
import { translate } from '../i18n/translate.ts';
import { documentMetadata, footerText, printDate } from './print-labels.ts';
import { PdfWriter, PT, type TextStyle } from './pdf-writer.ts';
import type { BuildOptions } from './print-options.ts';

const BODY: TextStyle = { size: 10 };
const BOLD: TextStyle = { size: 10, isBold: true };
const SCRIPT: TextStyle = { size: 10, colour: '#1f2a44' };
const SMALL: TextStyle = { size: 8.5, colour: '#4b5563' };
const LABEL: TextStyle = { size: 10.5, isBold: true, colour: '#1f4fa8' };
/** The examples: a size smaller, so a phase's examples stay on its page. */
const EXAMPLE: TextStyle = { size: 9 };
const EXAMPLE_TITLE: TextStyle = { size: 9, isBold: true };

/**
 * The facilitator's guide (A4): the meeting's facts and organisations, the agenda worked out from the
 * meeting's length and the number of organisations, the checklist to tick on paper, then each phase's
 * guide in the order of the meeting (purpose, what to say, time, what to watch for, tips with their
 * source), and the sources. Forberedelse comes first, as what to do before the day.
 */
export function buildGuidePdf(workshop: Workshop, preparation: Preparation, options: BuildOptions): Uint8Array {
  const { language } = options;
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(language, key, params);
  const footer = footerText(workshop, language);
  const writer = new PdfWriter({ paper: 'a4', fonts: options.fonts, language, footer, metadata: documentMetadata(workshop, t('guide.print.kind'), language) });
  const agenda = planAgenda(preparation.meetingMinutes, workshop.organisations.length, workshop.setup.hasWarmUp);

  writer.write(t('guide.print.heading'), { size: 20, isBold: true }, { gapAfter: 1 });
  writer.write(workshop.setup.title, { size: 13, isBold: true }, { gapAfter: 2 });
  writer.write(t('guide.print.intro'), BODY, { gapAfter: 2 });

  writeFacts(writer, workshop, preparation);
  writeAgenda(writer, agenda, preparation, workshop.organisations.length);
  writeOrganisations(writer, workshop);
  options.onProgress?.(0.3);

  const phases = phasesInPlay(workshop.setup.hasWarmUp);
  phases.forEach((phase, index) => {
    // Each phase from a new page: the facilitator turns one page per phase on the day.
    writer.newPage();
    writePhase(writer, phase, index, agenda, preparation.startTime);
    if (phase === 'forberedelse') writeChecklist(writer, preparation);
    writeExamples(writer, phase);
    writeNoteLines(writer);
    options.onProgress?.(0.3 + (0.6 * (index + 1)) / phases.length);
  });

  writer.heading(t('guide.print.sources'), 2);
  for (const id of GUIDE_SOURCE_IDS) writer.bullet(GUIDE_SOURCES[id][language], BODY, { gapAfter: 0.5 });
  writer.write(t('app.credit'), SMALL, { gapAfter: 0 });
  const bytes = writer.finish();
  options.onProgress?.(1);
  return bytes;
}

function writeFacts(writer: PdfWriter, workshop: Workshop, preparation: Preparation): void {
  const { setup } = workshop;
  const t = writer.t.bind(writer);
  writer.heading(t('guide.print.facts'), 2);
  const end = clockTime(preparation.startTime, preparation.meetingMinutes);
  const when = [setup.date ? printDate(setup.date, writer.language) : t('print.footer.noDate'), end ? `${preparation.startTime}–${end}` : ''].filter(Boolean).join(' · ');
  const facts: [string, string][] = [
    [t('setup.field.initiative'), setup.initiative],
    [t('setup.field.date'), when],
    [t('setup.field.place'), setup.place],
    [t('setup.field.facilitator'), setup.facilitator],
    [t('guide.print.length'), t('guide.prep.minutesShort', { minutes: preparation.meetingMinutes })],
  ];
  for (const [label, value] of facts) if (value.trim()) writer.write(`${label}: ${value}`, BODY, { gapAfter: 0.5 });
}

function writeOrganisations(writer: PdfWriter, workshop: Workshop): void {
  const t = writer.t.bind(writer);
  writer.heading(t('guide.print.organisations', { count: workshop.organisations.length }), 2, 8);
  if (workshop.organisations.length === 0) writer.write(t('guide.print.noOrganisations'), BODY);
  for (const organisation of workshop.organisations) {
    const contact = organisation.contact.trim() ? ` – ${organisation.contact.trim()}` : '';
    writer.bullet(`${organisation.name} (${t(`actor.${organisation.actorType}`)})${contact}`, BODY, { gapAfter: 0.3 });
  }
}

function writeAgenda(writer: PdfWriter, agenda: Agenda, preparation: Preparation, organisationCount: number): void {
  const t = writer.t.bind(writer);
  writer.heading(t('guide.prep.agenda'), 2, 30);
  if (agenda.status === 'too-short') {
    writer.write(t('guide.prep.tooShort', { count: organisationCount, needed: agenda.neededMinutes }), { size: 10, isBold: true, colour: '#b3261e' }, { gapAfter: 2 });
  }
  const timeWidth = 34;
  const rowHeight = writer.lineHeight(BODY) + 2;
  const header = (y: number) => {
    writer.line(isStartTime(preparation.startTime) ? t('guide.prep.col.time') : t('guide.prep.col.fromStart'), writer.margin, y, SMALL);
    writer.line(t('guide.prep.col.phase'), writer.margin + timeWidth, y, SMALL);
    writer.line(t('guide.prep.col.minutes'), writer.width - writer.margin, y, SMALL, 'right');
  };
  writer.ensureRoom(rowHeight * 2);
  header(writer.y);
  writer.y += rowHeight;
  for (const item of agenda.items) {
    writer.ensureRoom(rowHeight);
    const from = clockTime(preparation.startTime, item.startsAt);
    const to = clockTime(preparation.startTime, item.startsAt + item.minutes);
    const time = from && to ? `${from}–${to}` : `${item.startsAt}–${item.startsAt + item.minutes}`;
    const name = item.id === 'pause' ? t('guide.prep.pause') : t(`phase.${item.id}`);
    const style = item.id === 'pause' ? SMALL : BODY;
    writer.line(time, writer.margin, writer.y, style);
    writer.line(name, writer.margin + timeWidth, writer.y, item.id === 'pause' ? SMALL : BOLD);
    writer.line(t('guide.prep.minutesShort', { minutes: item.minutes }), writer.width - writer.margin, writer.y, style, 'right');
    writer.doc.setDrawColor('#d1d5db');
    writer.doc.setLineWidth(0.2);
    writer.doc.line(writer.margin, writer.y + rowHeight - 1.2, writer.width - writer.margin, writer.y + rowHeight - 1.2);
    writer.y += rowHeight;
  }
  writer.y += 1;
  const total = agenda.items.reduce((sum, item) => sum + item.minutes, 0);
  writer.line(t('guide.prep.minutesShort', { minutes: total }), writer.width - writer.margin, writer.y, BOLD, 'right');
  writer.y += rowHeight;
}

function writeChecklist(writer: PdfWriter, preparation: Preparation): void {
  const t = writer.t.bind(writer);
  section(writer, t('guide.print.checklist'));
  const box = 3.6;
  for (const item of CHECKLIST_ITEMS) {
    const text = CHECKLIST_TEXT[item][writer.language];
    writer.ensureRoom(writer.measure(text, writer.contentWidth - 8, BODY) + 1.5);
    const top = writer.y + 0.4;
    writer.doc.setDrawColor('#374151');
    writer.doc.setLineWidth(0.3);
    writer.doc.rect(writer.margin, top, box, box, 'S');
    if (preparation.checked.includes(item)) {
      writer.doc.line(writer.margin + 0.7, top + box / 2, writer.margin + box / 2 - 0.2, top + box - 0.7);
      writer.doc.line(writer.margin + box / 2 - 0.2, top + box - 0.7, writer.margin + box - 0.5, top + 0.6);
    }
    writer.write(text, BODY, { indent: 8, gapAfter: 1.5 });
  }
}

function writePhase(writer: PdfWriter, phase: PhaseId, index: number, agenda: Agenda, startTime: string): void {
  const t = writer.t.bind(writer);
  const language = writer.language;
  const guide = PHASE_GUIDES[phase];
  const item = agenda.items.find((candidate) => candidate.id === phase);
  // Forberedelse is before the day: it has no number, so the numbers follow the agenda.
  const name = phase === 'forberedelse' ? t('guide.print.before') : t('guide.print.phase', { number: index, phase: t(`phase.${phase}`) });
  const from = item ? clockTime(startTime, item.startsAt) : null;
  const to = item ? clockTime(startTime, item.startsAt + item.minutes) : null;
  const when = item ? `${t('guide.prep.minutesShort', { minutes: item.minutes })}${from && to ? ` (${from}–${to})` : ''}` : '';
  writer.heading(when ? `${name} · ${when}` : name, 1);
  section(writer, t('guide.purpose'));
  writer.write(guide.purpose[language], BODY);
  section(writer, t('guide.script'));
  for (const line of guide.script) writer.bullet(line[language], SCRIPT, { gapAfter: 1 });
  section(writer, t('guide.time'));
  const lead = phase === 'forberedelse' ? t('guide.timeBefore') : item ? `${t('guide.prep.minutesShort', { minutes: item.minutes })}` : t('guide.timeNotOnAgenda');
  writer.write(`${lead.replace(/\.$/u, '')}. ${guide.time[language]}`, BODY);
  section(writer, t('guide.watchFor'));
  for (const line of guide.watchFor) writer.bullet(line[language], BODY, { gapAfter: 1 });
  section(writer, t('guide.tips'));
  for (const tip of guide.tips) {
    writer.bullet(tip.text[language], BODY, { gapAfter: 0.3 });
    writer.write(t('guide.source', { source: GUIDE_SOURCES[tip.source][language] }), SMALL, { indent: 1.4 * BODY.size * PT, gapAfter: 1.5 });
  }
}

function section(writer: PdfWriter, label: string): void {
  writer.ensureRoom(writer.lineHeight(LABEL) + writer.lineHeight(BODY) * 2);
  writer.y += 2;
  writer.write(label, LABEL, { gapAfter: 1 });
}

/** The practice examples for a group that is stuck: per value on the value game's page, per form on Gør hinanden stærkere's. */
function writeExamples(writer: PdfWriter, phase: PhaseId): void {
  const t = writer.t.bind(writer);
  const language = writer.language;
  const examples =
    phase === 'vaerdispillet'
      ? CORE_VALUE_IDS.map((id) => ({ name: t(`value.${id}.name`), example: VALUE_EXAMPLES[id] }))
      : phase === 'goer-hinanden-staerkere'
        ? COLLABORATION_FORMS.map((form) => ({ name: t(`agreements.form.${form}`), example: FORM_EXAMPLES[form] }))
        : [];
  if (phase === 'opsamling') writeLadder(writer);
  if (phase === 'aftaler') writeForms(writer);
  if (examples.length === 0) return;
  section(writer, t('guide.example.title'));
  writer.write(t('guide.example.intro'), SMALL, { gapAfter: 1 });
  for (const { name, example } of examples) {
    const title = `${name}: ${example.title[language]}`;
    keepOnPage(writer, phase, writer.lineHeight(EXAMPLE_TITLE) + writer.measure(example.text[language], writer.contentWidth, EXAMPLE));
    writer.write(title, EXAMPLE_TITLE, { gapAfter: 0.2 });
    writer.write(example.text[language], EXAMPLE, { gapAfter: 0.2 });
    writer.write(t('guide.example.source', { source: GUIDE_SOURCES[example.source][language] }), SMALL, { gapAfter: 1.5 });
  }
}

/** The five collaboration forms with their "vi …" phrase, to explain when an agreement is given its form. */
function writeForms(writer: PdfWriter): void {
  const t = writer.t.bind(writer);
  section(writer, t('guide.print.forms'));
  COLLABORATION_FORMS.forEach((form, index) => {
    writer.bullet(`${index + 1}. ${t(`agreements.form.${form}`)}: ${t(`agreements.formPhrase.${form}`)}`, BODY, { gapAfter: 0.5 });
  });
}

/** For the follow-up meeting: each rung of the collaboration ladder and what builds the trust for the next. */
function writeLadder(writer: PdfWriter): void {
  const t = writer.t.bind(writer);
  const language = writer.language;
  section(writer, t('guide.print.ladder'));
  COLLABORATION_FORMS.forEach((form, index) => {
    const note = TRUST_NEXT_STEP[form];
    const text = `${t('guide.trust.rung', { rung: index + 1, form: t(`agreements.form.${form}`) })}`;
    keepOnPage(writer, 'opsamling', writer.lineHeight(BOLD) + writer.measure(note.text[language], writer.contentWidth, BODY));
    writer.write(text, BOLD, { gapAfter: 0.3 });
    writer.write(`${note.text[language]} (${GUIDE_SOURCES[note.source][language]})`, BODY, { gapAfter: 1.5 });
  });
}

/** Starts a new page when `height` does not fit, headed with the phase it continues, so a loose page says where it belongs. */
function keepOnPage(writer: PdfWriter, phase: PhaseId, height: number): void {
  if (writer.y + height <= writer.bottom) return;
  writer.newPage();
  writer.write(writer.t('guide.print.continued', { phase: writer.t(`phase.${phase}`) }), LABEL, { gapAfter: 2 });
}

/** Ruled lines for the facilitator's own notes, down to the footer (at least a few, on a new page if need be). */
function writeNoteLines(writer: PdfWriter): void {
  const gap = 8;
  if (writer.bottom - writer.y < gap * 4 + 10) return;
  section(writer, writer.t('guide.print.notes'));
  writer.doc.setDrawColor('#cbd5e1');
  writer.doc.setLineWidth(0.2);
  for (let y = writer.y + gap; y <= writer.bottom; y += gap) writer.doc.line(writer.margin, y, writer.width - writer.margin, y);
  writer.y = writer.bottom;
}
