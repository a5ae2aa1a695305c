import { addDays, isOpenAgreement } from './follow-up.ts';
import { cardWords, stemCloseness } from './card-words.ts';
import { cardsOn, DEFAULT_CARD_KIND, type Card } from './offer-need.ts';
export { addDays, isOpenAgreement, isOverdue } from './follow-up.ts';
import { EMPTY_CONTROL, NO_MEETING_LINKS, type Workshop } from './workshop.ts';

/*
 * "Planlæg næste møde": a follow-up workshop made from one that was held. It carries what the group
 * still has to do together — the same organisations, the agreements still open, the needs nobody met,
 * the key points, the values in play — and leaves behind what belonged to that meeting: pieces placed,
 * warm-up answers, offers, links and answers. Pure; the repository stores what it returns.
 */


/**
 * Whether a link to the organisation with `need` meets it: the link comes from another organisation
 * and its offer card is of the need's kind (a kind chosen, not the one every card starts with), or the
 * link's words or its offer card's share a word with the need ("lektiehjælp" meets "lektier").
 */
function meets(need: Card, link: Workshop['links'][number], offer: Card | undefined): boolean {
  if (link.fromId === link.toId) return false;
  if (offer && offer.kind === need.kind && need.kind !== DEFAULT_CARD_KIND) return true;
  const needStems = cardWords(need.text).map((word) => word.stem);
  const linkStems = cardWords(`${link.text} ${offer?.text ?? ''}`).map((word) => word.stem);
  return needStems.some((a) => linkStems.some((b) => stemCloseness(a, b) > 0));
}

/** The need cards that no link meets, by organisation id (organisations with none left out), in card order. */
export function unmetNeeds(workshop: Pick<Workshop, 'organisations' | 'cards' | 'links'>): Record<string, Card[]> {
  const offers = new Map(Object.values(workshop.cards).flatMap((cards) => cardsOn(cards, 'offer').map((card) => [card.id, card] as const)));
  const unmet: Record<string, Card[]> = {};
  for (const organisation of workshop.organisations) {
    const linksTo = workshop.links.filter((link) => link.toId === organisation.id);
    const needs = cardsOn(workshop.cards[organisation.id] ?? [], 'need').filter(
      (need) => !linksTo.some((link) => meets(need, link, link.offerCardId === null ? undefined : offers.get(link.offerCardId))),
    );
    if (needs.length > 0) unmet[organisation.id] = needs;
  }
  return unmet;
}


/** How long after a meeting the next one is proposed when no agreement names a follow-up date. */
export const NEXT_MEETING_WEEKS = 4;

/**
 * The date proposed for the next meeting: the earliest follow-up date among the open agreements that
 * is not past; else four weeks after the meeting (or after today, when the meeting has no date or
 * that is past too).
 */
export function proposedNextDate(workshop: Pick<Workshop, 'agreements' | 'setup'>, today: string): string {
  const followUps = workshop.agreements
    .filter((agreement) => isOpenAgreement(agreement) && agreement.followUpDate >= today)
    .map((agreement) => agreement.followUpDate)
    .sort();
  if (followUps[0]) return followUps[0];
  const fromMeeting = workshop.setup.date === '' ? '' : addDays(workshop.setup.date, NEXT_MEETING_WEEKS * 7);
  return fromMeeting >= today ? fromMeeting : addDays(today, NEXT_MEETING_WEEKS * 7);
}

export interface NextMeetingOptions {
  id: string;
  /** Checked already (a name). */
  title: string;
  /** `YYYY-MM-DD`, checked already, or ''. */
  date: string;
  createdAt: number;
}

/** The follow-up workshop of `workshop`: see the comment at the top. It knows the meeting it follows. */
export function planNextMeeting(workshop: Workshop, options: NextMeetingOptions): Workshop {
  const agreements = workshop.agreements.filter(isOpenAgreement).map((agreement) => ({ ...agreement, linkId: null }));
  const organisationIds = new Set(workshop.organisations.map((organisation) => organisation.id));
  return {
    id: options.id,
    setup: {
      ...workshop.setup,
      ...NO_MEETING_LINKS,
      title: options.title,
      date: options.date,
      previousId: workshop.id,
      previousTitle: workshop.setup.title,
    },
    organisations: workshop.organisations.map((organisation) => ({ ...organisation })),
    values: { disabledCore: [...workshop.values.disabledCore], custom: workshop.values.custom.map((value) => ({ ...value })) },
    control: EMPTY_CONTROL,
    sections: {},
    warmUp: { answers: {}, pieces: [] },
    keyPoints: workshop.keyPoints,
    cards: Object.fromEntries(Object.entries(unmetNeeds(workshop)).filter(([id]) => organisationIds.has(id))),
    settledSuggestions: {},
    links: [],
    linkProposals: [],
    agreements,
    agreementAnswers: {},
    createdAt: options.createdAt,
  };
}
