import { actorTypeColour } from '../../domain/actor-type.ts';
import { cardsOn, type Card, type CardSide } from '../../domain/offer-need.ts';
import type { Organisation } from '../../domain/organisation.ts';
import type { ValueInPlay } from '../../domain/value.ts';
import { useT } from '../../ui/app-context.tsx';
import { CardBody } from './card-column.tsx';
import { valueNameById } from './collaboration-texts.ts';
import type { ProposalDraft } from './proposal-form.tsx';

interface OrganisationCardsProps {
  organisations: readonly Organisation[];
  cards: Readonly<Record<string, readonly Card[]>>;
  /** How many cards each has written, as the server counts them (what a device has before the cards are shown). */
  counts: Readonly<Record<string, number>>;
  areCardsShown: boolean;
  values: readonly ValueInPlay[];
  /** On a tablet: opens a proposal from another's card (their need is ours to meet, their offer ours to ask for). */
  onPropose?: ((draft: ProposalDraft) => void) | undefined;
}

/**
 * Organisations and their cards, on a tablet (the others') or the projector (everyone's): before the
 * facilitator shows the cards, only how many each has written (their text never reaches the device);
 * after, the cards themselves, on a tablet each a way to propose a link.
 */
export function OrganisationCards({ organisations, cards, counts, areCardsShown, values, onPropose }: OrganisationCardsProps) {
  const { t } = useT();
  return (
    <ul className="others-list">
      {organisations.map((organisation) => {
        const theirs = cards[organisation.id] ?? [];
        // A device that receives the cards (the facilitator's) has no tally: it counts them itself.
        const count = areCardsShown ? theirs.length : (counts[organisation.id] ?? theirs.length);
        const colour = actorTypeColour(organisation.actorType);
        return (
          <li key={organisation.id} className="other-organisation" style={{ borderColor: colour }}>
            <h3 className="other-name">
              <span className="org-tile-dot" aria-hidden="true" style={{ background: colour }} />
              {organisation.name}
              <span className="other-count">{count === 0 ? t('collaboration.tablet.others.none') : t('collaboration.tablet.others.count', { count })}</span>
            </h3>
            {areCardsShown && theirs.length > 0 ? (
              <div className="other-cards">
                {(['offer', 'need'] as const).map((side) => (
                  <SideCards key={side} organisation={organisation} side={side} cards={cardsOn(theirs, side)} values={values} onPropose={onPropose} />
                ))}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

interface SideCardsProps {
  organisation: Organisation;
  side: CardSide;
  cards: readonly Card[];
  values: readonly ValueInPlay[];
  onPropose?: ((draft: ProposalDraft) => void) | undefined;
}

function SideCards({ organisation, side, cards, values, onPropose }: SideCardsProps) {
  const { t } = useT();
  if (cards.length === 0) return null;
  const draftFor = (card: Card): ProposalDraft =>
    side === 'need' ? { direction: 'give', otherId: organisation.id, offerCardId: null } : { direction: 'get', otherId: organisation.id, offerCardId: card.id };
  return (
    <section aria-label={`${organisation.name}: ${t(`collaboration.side.${side}`)}`}>
      <h4>{t(`collaboration.side.${side}`)}</h4>
      <ul className="card-list">
        {cards.map((card) => (
          <li key={card.id} className={`offer-card card-${side}`}>
            <CardBody card={card} valueLabel={valueNameById(card.valueId, values, t)} />
            {onPropose ? (
              <button
                type="button"
                aria-label={t(side === 'need' ? 'collaboration.tablet.card.helpNamed' : 'collaboration.tablet.card.askNamed', { text: card.text })}
                onClick={() => onPropose(draftFor(card))}
              >
                {t(side === 'need' ? 'collaboration.tablet.card.help' : 'collaboration.tablet.card.ask')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
