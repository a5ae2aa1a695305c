import { answererOf, type Link, type LinkProposal } from '../../domain/link.ts';
import { answerProposal, withdrawProposal } from '../../state/collaboration-commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices, useT, type Translate } from '../../ui/app-context.tsx';

interface TabletLinksProps {
  session: WorkshopSession;
  organisationId: string;
  links: readonly Link[];
  proposals: readonly LinkProposal[];
  nameOf: (orgId: string) => string;
  onPropose: () => void;
}

/** The proposals made to this organisation that wait for its answer. */
export function incomingProposals(proposals: readonly LinkProposal[], organisationId: string): LinkProposal[] {
  return proposals.filter((proposal) => proposal.answer === 'open' && askedOf(proposal) === organisationId);
}

function askedOf(proposal: LinkProposal): string {
  return answererOf({ makerId: proposal.proposedBy, fromId: proposal.fromId, toId: proposal.toId });
}

/** A link as this organisation reads it: "Vi kan styrke X ved at …" or "X kan styrke os ved at …". */
function sentenceFor(link: Link, organisationId: string, nameOf: (orgId: string) => string, t: Translate): string {
  return link.fromId === organisationId
    ? t('collaboration.tablet.sentence.give', { name: nameOf(link.toId), text: link.text })
    : t('collaboration.tablet.sentence.get', { name: nameOf(link.fromId), text: link.text });
}

/**
 * A tablet's links: first the proposals it is asked to answer, then the way to propose one, then every
 * link and proposal it is part of, with where each stands.
 */
export function TabletLinks({ session, organisationId, links, proposals, nameOf, onPropose }: TabletLinksProps) {
  const { t } = useT();
  const { store } = useServices();
  const incoming = incomingProposals(proposals, organisationId);
  const answer = (proposal: LinkProposal, choice: 'accepted' | 'declined') => {
    const result = answerProposal(session.context, proposal.id, choice, organisationId);
    if (result.ok) store.getState().announce(t(choice === 'accepted' ? 'collaboration.tablet.answered.yes' : 'collaboration.tablet.answered.no'));
  };
  const involvesUs = (link: Link) => link.fromId === organisationId || link.toId === organisationId;
  // The proposals asking us that are still open are answered above; the rest are listed with the links.
  const ours = [
    ...links.filter(involvesUs).map((link) => ({ link, proposal: null })),
    ...proposals.filter((proposal) => involvesUs(proposal) && !incoming.includes(proposal)).map((proposal) => ({ link: proposal, proposal })),
  ];
  return (
    <div className="tablet-links">
      {incoming.length > 0 ? (
        <section className="incoming-proposals" aria-labelledby="incoming-title">
          <h3 id="incoming-title">{t('collaboration.tablet.incoming.title')}</h3>
          <ul className="tablet-list">
            {incoming.map((proposal) => {
              const from = nameOf(proposal.proposedBy);
              return (
                <li key={proposal.id} className="tablet-item is-incoming">
                  <p className="tablet-item-text">{sentenceFor(proposal, organisationId, nameOf, t)}</p>
                  <div className="answer-buttons">
                    <button type="button" className="primary" aria-label={t('collaboration.tablet.answer.yesNamed', { name: from })} onClick={() => answer(proposal, 'accepted')}>
                      {t('collaboration.tablet.answer.yes')}
                    </button>
                    <button type="button" aria-label={t('collaboration.tablet.answer.noNamed', { name: from })} onClick={() => answer(proposal, 'declined')}>
                      {t('collaboration.tablet.answer.no')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <button type="button" className="primary propose-button" onClick={onPropose}>
        {t('collaboration.tablet.propose')}
      </button>
      <section aria-labelledby="ours-title">
        <h3 id="ours-title">{t('collaboration.tablet.ours.title')}</h3>
        {ours.length === 0 ? (
          <p className="empty">{t('collaboration.tablet.ours.empty')}</p>
        ) : (
          <ul className="tablet-list">
            {ours.map(({ link, proposal }) => (
              <li key={link.id} className={`tablet-item is-${proposal ? proposal.answer : 'accepted'}`}>
                <p className="tablet-item-text">{sentenceFor(link, organisationId, nameOf, t)}</p>
                <OurStatus session={session} organisationId={organisationId} proposal={proposal} nameOf={nameOf} onAnswer={answer} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

interface OurStatusProps {
  session: WorkshopSession;
  organisationId: string;
  /** The proposal not (yet) accepted, or null for a link. */
  proposal: LinkProposal | null;
  nameOf: (orgId: string) => string;
  onAnswer: (proposal: LinkProposal, choice: 'accepted' | 'declined') => void;
}

/** Where a link or proposal stands, and what this tablet can do about it: withdraw its own, or say yes after all. */
function OurStatus({ session, organisationId, proposal, nameOf, onAnswer }: OurStatusProps) {
  const { t } = useT();
  const { store } = useServices();
  if (!proposal) return <p className="tablet-status is-accepted">✓ {t('collaboration.tablet.status.accepted')}</p>;
  const asked = nameOf(askedOf(proposal));
  const isOurs = proposal.proposedBy === organisationId;
  const withdraw = () => {
    if (withdrawProposal(session.context, organisationId, proposal.id).ok) store.getState().announce(t('collaboration.tablet.withdrawn'));
  };
  return (
    <div className="tablet-status-row">
      <p className={`tablet-status is-${proposal.answer}`}>
        {isOurs
          ? t(proposal.answer === 'open' ? 'collaboration.tablet.status.waiting' : 'collaboration.tablet.status.declined', { name: asked })
          : t('collaboration.tablet.status.weDeclined')}
      </p>
      {isOurs ? (
        <button type="button" className="quiet" aria-label={t('collaboration.tablet.withdrawNamed', { name: asked })} onClick={withdraw}>
          {t('collaboration.tablet.withdraw')}
        </button>
      ) : (
        <button type="button" aria-label={t('collaboration.tablet.answer.yesNamed', { name: nameOf(proposal.proposedBy) })} onClick={() => onAnswer(proposal, 'accepted')}>
          {t('collaboration.tablet.answer.yes')}
        </button>
      )}
    </div>
  );
}
