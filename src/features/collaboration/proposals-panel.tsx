import { answererOf, type LinkProposal } from '../../domain/link.ts';
import { answerProposal, removeLink } from '../../state/collaboration-commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices, useT } from '../../ui/app-context.tsx';

interface ProposalsPanelProps {
  session: WorkshopSession;
  proposals: readonly LinkProposal[];
  nameOf: (orgId: string) => string;
}

/**
 * The links tablets have proposed that are not made yet: who proposed, whom it waits for (or who said no
 * thanks), and the facilitator's way to approve or decline for the organisation asked, or to remove it.
 * Shown only while there are any.
 */
export function ProposalsPanel({ session, proposals, nameOf }: ProposalsPanelProps) {
  const { t } = useT();
  const { store } = useServices();
  if (proposals.length === 0) return null;
  const announce = (text: string) => store.getState().announce(text);
  return (
    <section className="proposals-panel" aria-labelledby="proposals-title">
      <h3 id="proposals-title">
        {t('collaboration.proposals.title')} <span className="count">({proposals.length})</span>
      </h3>
      <p className="hint">{t('collaboration.proposals.intro')}</p>
      <ul className="proposal-list">
        {proposals.map((proposal) => {
          const names = { from: nameOf(proposal.fromId), to: nameOf(proposal.toId) };
          const sentence = t('collaboration.link.sentence', { ...names, text: proposal.text });
          const asked = nameOf(answererOf({ makerId: proposal.proposedBy, fromId: proposal.fromId, toId: proposal.toId }));
          const answer = (choice: 'accepted' | 'declined') => {
            const result = answerProposal(session.context, proposal.id, choice, null);
            if (result.ok) announce(choice === 'accepted' ? t('collaboration.proposal.acceptedNow', names) : t('collaboration.proposal.declinedNow'));
          };
          const remove = () => {
            if (removeLink(session.context, proposal.id).ok) announce(t('collaboration.link.removed', names));
          };
          return (
            <li key={proposal.id} className={`proposal is-${proposal.answer}`}>
              <p className="link-sentence">{sentence}</p>
              <p className="proposal-status">
                {t('collaboration.proposal.by', { name: nameOf(proposal.proposedBy) })} ·{' '}
                <strong>{t(proposal.answer === 'open' ? 'collaboration.proposal.waiting' : 'collaboration.proposal.declined', { name: asked })}</strong>
              </p>
              <span className="link-actions">
                <button type="button" className="primary" aria-label={t('collaboration.proposal.acceptNamed', { sentence })} onClick={() => answer('accepted')}>
                  {t('collaboration.proposal.accept')}
                </button>
                {proposal.answer === 'open' ? (
                  <button type="button" aria-label={t('collaboration.proposal.declineNamed', { sentence })} onClick={() => answer('declined')}>
                    {t('collaboration.proposal.decline')}
                  </button>
                ) : null}
                <button type="button" className="danger-quiet" aria-label={t('collaboration.link.removeNamed', names)} onClick={remove}>
                  {t('collaboration.link.remove')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
