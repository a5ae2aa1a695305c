import { ACTOR_TYPES } from '../domain/actor-type.ts';
import { whoIsIn } from '../domain/agreement.ts';
import { CARD_SIDES, type Card, type CardSide } from '../domain/offer-need.ts';
import { groupTallies } from '../domain/common-picture.ts';
import { sectionOf, workshopValuesInPlay, type Workshop } from '../domain/workshop.ts';
import { tallyValues } from '../domain/value-piece.ts';
import { openNeeds } from '../domain/summary.ts';
import { translate, type Language } from '../i18n/translate.ts';
import { organisationName, printDate, printValueName } from './print-labels.ts';

/**
 * What the session summary says, worked out from a workshop snapshot with every text in the chosen
 * language: the pure half of the summary (the jsPDF half, `summary-pdf.ts`, only lays it out).
 */

export interface Fact {
  label: string;
  value: string;
}

export interface ValueColumn {
  id: string;
  name: string;
  colour: string;
}

export interface BoardRow {
  name: string;
  /** One cell per value column: whether the piece is placed, and whether it is the most important. */
  cells: { isPlaced: boolean; isMostImportant: boolean }[];
}

export interface OrganisationValues {
  name: string;
  actorType: string;
  pieces: { name: string; colour: string; example: string; isMostImportant: boolean }[];
}

export interface AgreementLines {
  what: string;
  firstStep: string;
  organisations: string[];
  coordinator: string;
  /** The organisations that have said "Vi er med" on their tablets. */
  isIn: string[];
  form: string;
  date: string;
  followUp: string;
  status: string;
  statusNote: string;
}

export interface PrintedCard {
  kind: string;
  text: string;
  /** The value the card is about, or ''. */
  value: string;
}

/** One organisation's cards from Gør hinanden stærkere, by side (offers, then needs). */
export interface CardGroup {
  organisation: string;
  sides: { side: CardSide; cards: PrintedCard[] }[];
}

export interface SummaryContent {
  title: string;
  facts: Fact[];
  participants: { actorType: string; colour: string; organisations: { name: string; contact: string }[] }[];
  board: { columns: ValueColumn[]; rows: BoardRow[] };
  organisations: OrganisationValues[];
  shared: { name: string; colour: string; holders: string[] }[];
  keyPoints: string;
  cards: CardGroup[];
  links: string[];
  /** The need cards no link meets yet (`openNeeds`), by organisation. */
  openNeeds: { organisation: string; cards: PrintedCard[] }[];
  agreements: AgreementLines[];
}

/** `text`, or the catalogue's "not given" when it is empty. */
function orNotSet(text: string, language: Language): string {
  return text.trim() === '' ? translate(language, 'print.notSet') : text;
}

function dateOrNotSet(isoDate: string, language: Language): string {
  return isoDate === '' ? translate(language, 'print.notSet') : printDate(isoDate, language);
}

/** The follow-up dates of the agreements, earliest first, without repeats. */
export function followUpDates(workshop: Pick<Workshop, 'agreements'>): string[] {
  return [...new Set(workshop.agreements.map((agreement) => agreement.followUpDate).filter((date) => date !== ''))].sort();
}

/** The agreements as the summary and the agreements list print them. */
export function agreementLines(workshop: Workshop, language: Language): AgreementLines[] {
  const name = (id: string) => organisationName(workshop, id, language);
  return workshop.agreements.map((agreement) => ({
    what: agreement.what,
    firstStep: agreement.firstStep,
    organisations: agreement.organisationIds.map(name),
    coordinator: name(agreement.coordinatorId),
    isIn: whoIsIn(agreement, workshop.agreementAnswers).map(name),
    form: translate(language, `agreements.form.${agreement.form}`),
    date: dateOrNotSet(agreement.date, language),
    followUp: dateOrNotSet(agreement.followUpDate, language),
    status: agreement.status === null ? '' : translate(language, `agreements.status.${agreement.status}`),
    statusNote: agreement.statusNote,
  }));
}

/**
 * The workshop as one organisation's page shows it: every organisation still named, but only this one's
 * pieces and cards, and only the links and agreements it is part of.
 */
export function focusOn(workshop: Workshop, organisationId: string): Workshop {
  return {
    ...workshop,
    sections: { [organisationId]: sectionOf(workshop, organisationId) },
    cards: { [organisationId]: workshop.cards[organisationId] ?? [] },
    links: workshop.links.filter((link) => link.fromId === organisationId || link.toId === organisationId),
    agreements: workshop.agreements.filter((agreement) => agreement.organisationIds.includes(organisationId)),
  };
}

/** Everything the session summary shows, in the order it shows it. */
export function summaryContent(workshop: Workshop, language: Language): SummaryContent {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(language, key, params);
  const { setup } = workshop;
  const values = workshopValuesInPlay(workshop);
  const columns = values.map((value): ValueColumn => ({ id: value.id, name: printValueName(value, language), colour: value.colour }));
  const nameOf = (id: string) => organisationName(workshop, id, language);
  const valueNameOf = (id: string) => columns.find((column) => column.id === id)?.name ?? '';
  const followUps = followUpDates(workshop);
  const printedCard = (card: Card): PrintedCard => ({ kind: t(`collaboration.kind.${card.kind}`), text: card.text, value: card.valueId === null ? '' : valueNameOf(card.valueId) });
  const open = openNeeds(workshop);
  const tallies = tallyValues(
    values.map((value) => value.id),
    workshop.organisations.map((organisation) => ({ organisationId: organisation.id, section: sectionOf(workshop, organisation.id) })),
  );

  return {
    title: setup.title,
    facts: [
      { label: t('print.fact.initiative'), value: orNotSet(setup.initiative, language) },
      { label: t('print.fact.kind'), value: t(`kind.${setup.kind}`) },
      { label: t('print.fact.date'), value: dateOrNotSet(setup.date, language) },
      { label: t('print.fact.place'), value: orNotSet(setup.place, language) },
      { label: t('print.fact.facilitator'), value: orNotSet(setup.facilitator, language) },
      { label: t('print.fact.organisations'), value: String(workshop.organisations.length) },
      { label: t('print.fact.followUp'), value: followUps.length === 0 ? t('print.notSet') : followUps.map((date) => printDate(date, language)).join(', ') },
    ],
    participants: ACTOR_TYPES.map((type) => ({
      actorType: t(`actor.${type.id}`),
      colour: type.colour,
      organisations: workshop.organisations
        .filter((organisation) => organisation.actorType === type.id)
        .map((organisation) => ({ name: organisation.name, contact: organisation.contact })),
    })).filter((group) => group.organisations.length > 0),
    board: {
      columns,
      rows: workshop.organisations.map((organisation) => {
        const section = sectionOf(workshop, organisation.id);
        return {
          name: organisation.name,
          cells: columns.map((column) => ({
            isPlaced: section.placed.some((piece) => piece.valueId === column.id),
            isMostImportant: section.mostImportant === column.id,
          })),
        };
      }),
    },
    organisations: workshop.organisations.map((organisation) => {
      const section = sectionOf(workshop, organisation.id);
      return {
        name: organisation.name,
        actorType: t(`actor.${organisation.actorType}`),
        // In the values' order (as on the board), not the order they were placed in.
        pieces: columns.flatMap((column) => {
          const piece = section.placed.find((placed) => placed.valueId === column.id);
          return piece ? [{ name: column.name, colour: column.colour, example: piece.example, isMostImportant: section.mostImportant === column.id }] : [];
        }),
      };
    }),
    shared: groupTallies(tallies).shared.map((tally) => ({
      name: valueNameOf(tally.valueId),
      colour: columns.find((column) => column.id === tally.valueId)?.colour ?? '#55606e',
      holders: tally.holders.map(nameOf),
    })),
    keyPoints: workshop.keyPoints,
    cards: workshop.organisations
      .map((organisation) => ({
        organisation: organisation.name,
        sides: CARD_SIDES.map((side) => ({
          side,
          cards: (workshop.cards[organisation.id] ?? [])
            .filter((card) => card.side === side)
            .map(printedCard),
        })).filter((group) => group.cards.length > 0),
      }))
      .filter((group) => group.sides.length > 0),
    links: workshop.links.map((link) => t('print.summary.link', { from: nameOf(link.fromId), to: nameOf(link.toId), text: link.text })),
    openNeeds: workshop.organisations
      .map((organisation) => ({
        organisation: organisation.name,
        cards: open.filter((need) => need.organisationId === organisation.id).map(({ card }) => printedCard(card)),
      }))
      .filter((group) => group.cards.length > 0),
    agreements: agreementLines(workshop, language),
  };
}
