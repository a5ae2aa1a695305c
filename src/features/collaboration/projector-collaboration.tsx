import { useMemo } from 'react';
import { workshopValuesInPlay, type Workshop } from '../../domain/workshop.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useT } from '../../ui/app-context.tsx';
import { NetworkPicture } from '../../ui/network-picture.tsx';
import { useTally } from '../../ui/use-tally.ts';
import { OrganisationCards } from './organisation-cards.tsx';

/**
 * Gør hinanden stærkere on the projector: the network picture, growing as links are made (a proposal
 * counts once it is accepted), beside every organisation's cards once the facilitator has shown them,
 * and until then how many each has written.
 */
export function ProjectorCollaboration({ session, workshop }: { session: WorkshopSession; workshop: Workshop }) {
  const { t } = useT();
  const counts = useTally(session).cards;
  const values = useMemo(() => workshopValuesInPlay(workshop), [workshop]);
  const { areCardsShown } = workshop.control;
  return (
    <div className="projector-collaboration">
      <NetworkPicture organisations={workshop.organisations} links={workshop.links} isListVisible size="wide" className="is-projected" />
      <section className="projector-cards" aria-labelledby="projector-cards-title">
        <h3 id="projector-cards-title">{t('collaboration.projector.cards')}</h3>
        {areCardsShown ? null : <p className="hint">{t('collaboration.projector.cardsHidden')}</p>}
        <OrganisationCards organisations={workshop.organisations} cards={workshop.cards} counts={counts} areCardsShown={areCardsShown} values={values} />
      </section>
    </div>
  );
}
