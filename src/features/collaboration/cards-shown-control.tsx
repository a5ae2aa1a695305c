import { useId } from 'react';
import { setCardsShown } from '../../state/collaboration-commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices, useT } from '../../ui/app-context.tsx';

/**
 * The facilitator's switch for the cards: until it is turned on, each tablet sees its own cards and only
 * how many the others have written, and the projector none (the session server keeps them back).
 */
export function CardsShownControl({ session, areCardsShown }: { session: WorkshopSession; areCardsShown: boolean }) {
  const { t } = useT();
  const { store } = useServices();
  const hintId = useId();
  const toggle = () => {
    setCardsShown(session.context, !areCardsShown);
    store.getState().announce(t(areCardsShown ? 'collaboration.cardsShown.hiddenNow' : 'collaboration.cardsShown.shownNow'));
  };
  return (
    <div className="cards-shown-control">
      <button type="button" className={areCardsShown ? undefined : 'primary'} aria-describedby={hintId} onClick={toggle}>
        {t(areCardsShown ? 'collaboration.cardsShown.hide' : 'collaboration.cardsShown.show')}
      </button>
      <p className="hint" id={hintId}>
        {t(areCardsShown ? 'collaboration.cardsShown.shownHint' : 'collaboration.cardsShown.hiddenHint')}
      </p>
    </div>
  );
}
