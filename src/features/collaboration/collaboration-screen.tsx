import { isCoreActor } from '../../domain/actor-patterns.ts';
import { DndContext, DragOverlay, MeasuringStrategy, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { useId, useMemo, useRef, useState } from 'react';
import { linkCounts, makerOf, type Link } from '../../domain/link.ts';
import { matchesFor, suggestMatches, type Match } from '../../domain/matching.ts';
import { cardsOn, type Card } from '../../domain/offer-need.ts';
import type { Problem } from '../../domain/result.ts';
import { workshopValuesInPlay, type Workshop } from '../../domain/workshop.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices, useT, useUi } from '../../ui/app-context.tsx';
import { NetworkPicture } from '../../ui/network-picture.tsx';
import { PracticeExamples } from '../../ui/practice-examples.tsx';
import { FORM_EXAMPLES } from '../../domain/practice-examples.ts';
import { COLLABORATION_FORMS } from '../../domain/agreement.ts';
import { PhaseProgress } from '../../ui/phase-steering.tsx';
import { useWorkshop } from '../../ui/use-workshop.ts';
import { CardColumn } from './card-column.tsx';
import { announcements, collisionDetection, dropTarget, isOfferData, useCardSensors, useEdgeScroll, type OfferData } from './drag.ts';
import { LinkForm, type LinkDraftState } from './link-form.tsx';
import { LinksPanel } from './links-panel.tsx';
import { MatchesPanel } from './matches-panel.tsx';
import { CardsShownControl } from './cards-shown-control.tsx';
import { OrganisationTiles } from './organisation-tiles.tsx';
import { ProjectorCollaboration } from './projector-collaboration.tsx';
import { ProposalsPanel } from './proposals-panel.tsx';
import { SuggestionsPanel } from './suggestions-panel.tsx';
import './collaboration.css';

/**
 * Gør hinanden stærkere. On a tablet or the facilitator's laptop: one organisation at a time writes
 * its offer and need cards (with suggestions from its actor type), sees its matches, and makes links
 * by dragging an offer onto another organisation or through a form. On the projector: the network.
 */
export function CollaborationScreen({ session }: { session: WorkshopSession }) {
  const { t } = useT();
  const workshop = useWorkshop(session);
  const isProjector = useUi((state) => state.isProjector);
  return (
    <section className="screen collaboration" aria-labelledby="collaboration-title">
      <h2 id="collaboration-title">{t('collaboration.title')}</h2>
      {workshop.organisations.length === 0 ? (
        <p className="empty">{t('collaboration.noOrganisations')}</p>
      ) : isProjector ? (
        <ProjectorCollaboration session={session} workshop={workshop} />
      ) : (
        <Exercise session={session} workshop={workshop} />
      )}
    </section>
  );
}

/** Which organisation writes: the one chosen here, else the value game's "Placerer nu", else the first. */
function writingOrganisation(workshop: Workshop, chosenId: string | null): string {
  const ids = workshop.organisations.map((organisation) => organisation.id);
  if (chosenId !== null && ids.includes(chosenId)) return chosenId;
  const active = workshop.control.activeOrganisationId;
  return active !== null && ids.includes(active) ? active : (ids[0] ?? '');
}

function Exercise({ session, workshop }: { session: WorkshopSession; workshop: Workshop }) {
  const { t, problem: problemText } = useT();
  const { store } = useServices();
  const pickerId = useId();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [linkDraft, setLinkDraft] = useState<LinkDraftState | null>(null);
  const [dropProblem, setDropProblem] = useState<Problem | null>(null);
  const [carried, setCarried] = useState<OfferData | null>(null);
  const sensors = useCardSensors();
  const tilesRef = useRef<HTMLUListElement>(null);
  useEdgeScroll(carried !== null, tilesRef);

  const orgId = writingOrganisation(workshop, chosenId);
  const organisation = workshop.organisations.find((candidate) => candidate.id === orgId);
  const cards = workshop.cards[orgId] ?? [];
  const values = useMemo(() => workshopValuesInPlay(workshop), [workshop]);
  const allMatches = useMemo(() => suggestMatches(workshop), [workshop]);
  const counts = useMemo(() => linkCounts(workshop.organisations.map((candidate) => candidate.id), workshop.links), [workshop]);
  const nameOf = (id: string) => workshop.organisations.find((candidate) => candidate.id === id)?.name ?? '';

  const openLink = (fromId: string, toId: string, offerCardId: string | null) => {
    setDropProblem(null);
    // The same new link asked for again keeps the form that is open, and what was typed in it: a second
    // click on a match, or the click a drop's release makes on the tile (that one names no card, so the
    // card the drop chose stays).
    setLinkDraft((open) =>
      open && open.linkId === null && open.fromId === fromId && open.toId === toId && (offerCardId === null || open.offerCardId === offerCardId)
        ? open
        : { linkId: null, makerId: fromId, fromId, toId, offerCardId, text: '', key: Date.now() },
    );
  };
  const editLink = (link: Link) => {
    setDropProblem(null);
    setLinkDraft({ linkId: link.id, makerId: makerOf(link), fromId: link.fromId, toId: link.toId, offerCardId: link.offerCardId, text: link.text, key: Date.now() });
  };
  const onStrengthen = (card: Card) => openLink(orgId, '', card.id);
  const onUseMatch = (match: Match) => openLink(match.fromId, match.toId, match.offerCardId);

  const onDragStart = (event: DragStartEvent) => {
    const data = event.active.data.current;
    setCarried(isOfferData(data) ? data : null);
    setDropProblem(null);
  };
  const onDragEnd = (event: DragEndEvent) => {
    setCarried(null);
    const target = dropTarget(event);
    if (!target?.tile) return;
    if (target.tile.orgId === target.offer.orgId) {
      setDropProblem({ code: 'link-self' });
      return;
    }
    openLink(target.offer.orgId, target.tile.orgId, target.offer.cardId);
    store.getState().announce(t('collaboration.drag.dropped', { from: nameOf(target.offer.orgId), to: target.tile.name }));
  };

  if (!organisation) return null;
  return (
    <>
      <p className="lead">{t('collaboration.intro')}</p>
      <div className="collaboration-exercise">
        <div className="collaboration-main">
          <div className="collaboration-tools">
            <PracticeExamples choices={COLLABORATION_FORMS.map((form) => ({ id: form, name: t(`agreements.form.${form}`), example: FORM_EXAMPLES[form] }))} />
            <CardsShownControl session={session} areCardsShown={workshop.control.areCardsShown} />
          </div>
          <div className="collaboration-picker field">
            <label htmlFor={pickerId}>{t('collaboration.organisation')}</label>
            <select
              id={pickerId}
              value={orgId}
              aria-describedby={`${pickerId}-hint`}
              onChange={(event) => {
                setChosenId(event.target.value);
                setLinkDraft(null);
                setDropProblem(null);
              }}
            >
              {workshop.organisations.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </select>
            <p className="field-hint" id={`${pickerId}-hint`}>
              {t('collaboration.organisationHint')}
            </p>
          </div>
          <DndContext
            sensors={sensors}
            collisionDetection={collisionDetection}
            accessibility={{
              announcements: announcements({
                pickedUp: (text) => t('collaboration.drag.pickedUp', { text }),
                over: (name) => t('collaboration.drag.over', { name }),
                notOver: () => t('collaboration.drag.notOver'),
                cancelled: () => t('collaboration.drag.cancelled'),
              }),
            }}
            autoScroll={false}
            // The tiles move under the pointer while their list scrolls (useEdgeScroll): measure them as they are.
            measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
            onDragStart={onDragStart}
            onDragEnd={onDragEnd}
            onDragCancel={() => setCarried(null)}
          >
            <div className="collaboration-layout">
              <div className="collaboration-write">
                <section className="collaboration-cards" aria-labelledby="cards-title">
                  <h3 id="cards-title" className="cards-title">
                    {t('collaboration.writingFor', { name: organisation.name })}
                  </h3>
                  <div className="card-columns">
                    {(['offer', 'need'] as const).map((side) => (
                      <CardColumn key={`${orgId}-${side}`} session={session} orgId={orgId} side={side} cards={cardsOn(cards, side)} values={values} onStrengthen={onStrengthen} />
                    ))}
                  </div>
                </section>
                <SuggestionsPanel session={session} organisation={organisation} settledIds={workshop.settledSuggestions?.[orgId] ?? []} isCore={isCoreActor(workshop, orgId)} />
              </div>
              <div className="collaboration-links">
                <OrganisationTiles listRef={tilesRef} organisations={workshop.organisations} counts={counts} onChoose={(toId) => openLink(orgId, toId, null)} />
                {dropProblem ? (
                  <p className="field-error" role="alert">
                    {problemText(dropProblem)}
                  </p>
                ) : null}
                {linkDraft ? (
                  <LinkForm
                    key={linkDraft.key}
                    session={session}
                    organisations={workshop.organisations}
                    cards={workshop.cards}
                    draft={linkDraft}
                    onClose={() => setLinkDraft(null)}
                  />
                ) : (
                  <button type="button" className="new-link" onClick={() => openLink(orgId, '', null)}>
                    {t('collaboration.link.new')}
                  </button>
                )}
                <ProposalsPanel session={session} proposals={workshop.linkProposals} nameOf={nameOf} />
                <MatchesPanel matches={matchesFor(allMatches, orgId)} nameOf={nameOf} onUse={onUseMatch} />
              </div>
            </div>
            <DragOverlay dropAnimation={null}>{carried ? <div className="offer-card carried-card">{carried.text}</div> : null}</DragOverlay>
          </DndContext>
        </div>
        {/* On a wide screen a column of its own that stays in view: the network grows beside the cards. */}
        <div className="collaboration-overview">
          <NetworkPicture organisations={workshop.organisations} links={workshop.links} highlightId={orgId} className="collaboration-network" />
          {/* Which tablets are still writing: beside the network on a wide screen, first of all on a narrow one. */}
          <PhaseProgress
            session={session}
            phase="goer-hinanden-staerkere"
            countLabel={(count) => t('collaboration.progress.count', { count })}
          />
          <LinksPanel session={session} links={workshop.links} nameOf={nameOf} onEdit={editLink} />
        </div>
      </div>
    </>
  );
}
