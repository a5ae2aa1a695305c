import { isCoreActor } from '../../domain/actor-patterns.ts';
import { useMemo, useState } from 'react';
import { matchesFor, suggestMatches, type Match } from '../../domain/matching.ts';
import { cardsOn, type CardSide } from '../../domain/offer-need.ts';
import { workshopValuesInPlay } from '../../domain/workshop.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useT } from '../../ui/app-context.tsx';
import { DoneSwitch, LockedNotice } from '../../ui/phase-steering.tsx';
import { useTally } from '../../ui/use-tally.ts';
import { useWorkshop } from '../../ui/use-workshop.ts';
import { CardColumn } from './card-column.tsx';
import { MatchesPanel } from './matches-panel.tsx';
import { OrganisationCards } from './organisation-cards.tsx';
import { ProposalForm, type ProposalDraft } from './proposal-form.tsx';
import { StepTabs, type StepTab } from './step-tabs.tsx';
import { SuggestionsPanel } from './suggestions-panel.tsx';
import { incomingProposals, TabletLinks } from './tablet-links.tsx';
import './collaboration.css';

type TabletStep = CardSide | 'others' | 'suggestions' | 'links';

/**
 * Gør hinanden stærkere on an organisation's tablet, one step at a time: its offers, its needs, the
 * others' cards (counted only, until the facilitator shows them), the suggestions that concern it (once
 * the cards are shown: a match needs the others' cards), and its links: the proposals it is asked to
 * answer, and its own. It writes only its own organisation's documents. The facilitator may lock writing
 * (the tablet says so, and what it tries is refused with the reason); "Vi er færdige" is always there.
 */
export function TabletCollaboration({ session, organisationId }: { session: WorkshopSession; organisationId: string }) {
  const { t } = useT();
  const workshop = useWorkshop(session);
  const tally = useTally(session);
  const [step, setStep] = useState<TabletStep>('offer');
  const [draft, setDraft] = useState<ProposalDraft | null>(null);
  const values = useMemo(() => workshopValuesInPlay(workshop), [workshop]);
  const { organisations, cards, links, linkProposals, control } = workshop;
  const matches = useMemo(() => matchesFor(suggestMatches({ organisations, cards, links }), organisationId), [organisations, cards, links, organisationId]);
  const organisation = organisations.find((candidate) => candidate.id === organisationId);
  if (!organisation) return null;
  const others = organisations.filter((candidate) => candidate.id !== organisationId);
  const nameOf = (id: string) => organisations.find((candidate) => candidate.id === id)?.name ?? '';
  const own = cards[organisationId] ?? [];
  const waiting = incomingProposals(linkProposals, organisationId).length;

  const propose = (next: ProposalDraft) => {
    setDraft(next);
    setStep('links');
  };
  const proposeMatch = (match: Match) =>
    propose(
      match.fromId === organisationId
        ? { direction: 'give', otherId: match.toId, offerCardId: match.offerCardId }
        : { direction: 'get', otherId: match.fromId, offerCardId: match.offerCardId },
    );
  const tabs: StepTab<TabletStep>[] = [
    { id: 'offer', label: t('collaboration.tablet.tab.offer'), badge: String(cardsOn(own, 'offer').length) },
    { id: 'need', label: t('collaboration.tablet.tab.need'), badge: String(cardsOn(own, 'need').length) },
    { id: 'others', label: t('collaboration.tablet.tab.others') },
    { id: 'suggestions', label: t('collaboration.tablet.tab.suggestions') },
    { id: 'links', label: t('collaboration.tablet.tab.links'), badge: waiting === 0 ? null : t('collaboration.tablet.tab.waiting', { count: waiting }) },
  ];

  return (
    <section className="screen collaboration tablet-collaboration" aria-labelledby="tablet-collaboration-title">
      <h2 id="tablet-collaboration-title">{t('collaboration.title')}</h2>
      <LockedNotice session={session} phase="goer-hinanden-staerkere" />
      <StepTabs tabs={tabs} current={step} onChange={setStep} label={t('collaboration.tablet.tabs')} idPrefix="tablet-step">
        {step === 'offer' || step === 'need' ? (
          <>
            <p className="lead">{t(step === 'offer' ? 'collaboration.tablet.offer.intro' : 'collaboration.tablet.need.intro')}</p>
            {control.areCardsShown ? null : <p className="hint">{t('collaboration.tablet.ownHidden')}</p>}
            <CardColumn key={step} session={session} orgId={organisationId} side={step} cards={cardsOn(own, step)} values={values} isUndoable={false} />
          </>
        ) : step === 'others' ? (
          others.length === 0 ? (
            <p className="empty">{t('collaboration.tablet.others.noOthers')}</p>
          ) : (
            <>
              <p className="lead">{t(control.areCardsShown ? 'collaboration.tablet.others.shown' : 'collaboration.tablet.others.hidden')}</p>
              <OrganisationCards organisations={others} cards={cards} counts={tally.cards} areCardsShown={control.areCardsShown} values={values} onPropose={propose} />
            </>
          )
        ) : step === 'suggestions' ? (
          control.areCardsShown ? (
            <>
              <MatchesPanel matches={matches} nameOf={nameOf} onUse={proposeMatch} isProposing />
              <SuggestionsPanel session={session} organisation={organisation} settledIds={workshop.settledSuggestions?.[organisationId] ?? []} isCore={isCoreActor(workshop, organisationId)} />
            </>
          ) : (
            <p className="lead">{t('collaboration.tablet.suggestions.waiting')}</p>
          )
        ) : draft ? (
          <ProposalForm session={session} organisationId={organisationId} others={others} draft={draft} onClose={() => setDraft(null)} />
        ) : (
          <TabletLinks
            session={session}
            organisationId={organisationId}
            links={links}
            proposals={linkProposals}
            nameOf={nameOf}
            onPropose={() => setDraft({ direction: 'give', otherId: '', offerCardId: null })}
          />
        )}
      </StepTabs>
      <DoneSwitch session={session} organisationId={organisationId} phase="goer-hinanden-staerkere" />
    </section>
  );
}
