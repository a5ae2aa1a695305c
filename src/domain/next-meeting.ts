import { addDays, isOpenAgreement } from './follow-up.ts';
import type { Card } from './offer-need.ts';
import { openNeeds } from './summary.ts';
export { addDays, isOpenAgreement, isOverdue } from './follow-up.ts';
import { EMPTY_CONTROL, NO_MEETING_LINKS, type Workshop } from './workshop.ts';

/*
 * "Planlæg næste møde": a follow-up workshop made from one that was held. It carries what the group
 * still has to do together — the same organisations, the agreements still open, the needs nobody met,
 * the key points, the values in play — and leaves behind what belonged to that meeting: pieces placed,
 * warm-up answers, offers, links and answers. Pure; the repository stores what it returns.
 */
/**
 * The need cards that no link meets, by organisation id (organisations with none left out), in card
 * order: Opsamling's open needs (`openNeeds`, one rule for the screen, the PDF and the next meeting).
 */
export function unmetNeeds(workshop: Pick<Workshop, 'organisations' | 'cards' | 'links'>): Record<string, Card[]> {
  const unmet: Record<string, Card[]> = {};
  for (const { organisationId, card } of openNeeds(workshop)) (unmet[organisationId] ??= []).push(card);
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
