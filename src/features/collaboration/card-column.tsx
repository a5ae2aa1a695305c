import { useDraggable } from '@dnd-kit/core';
import { useState } from 'react';
import { DEFAULT_CARD_KIND, type Card, type CardSide } from '../../domain/offer-need.ts';
import type { ValueInPlay } from '../../domain/value.ts';
import { addCard, removeCard, updateCard } from '../../state/collaboration-commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices, useT } from '../../ui/app-context.tsx';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { CardForm } from './card-form.tsx';
import { kindName, valueNameById } from './collaboration-texts.ts';
import type { OfferData } from './drag.ts';

interface CardColumnProps {
  session: WorkshopSession;
  orgId: string;
  side: CardSide;
  cards: readonly Card[];
  values: readonly ValueInPlay[];
  /**
   * Opens the link form for an offer card (the keyboard's way to make a link); without it (a tablet)
   * the cards are neither dragged nor linked from here.
   */
  onStrengthen?: ((card: Card) => void) | undefined;
  /** A device with no undo (a tablet) asks before a card is removed. */
  isUndoable?: boolean;
}

/** One of the two columns: "Det kan vi bidrage med" or "Det vil vi gerne styrkes i", with its cards and a form to add one. */
export function CardColumn({ session, orgId, side, cards, values, onStrengthen, isUndoable = true }: CardColumnProps) {
  const { t } = useT();
  const { store } = useServices();
  const headingId = `cards-${side}-title`;
  return (
    <section className={`card-column card-column-${side}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`collaboration.side.${side}`)}</h3>
      {cards.length === 0 ? (
        <p className="empty">{t(`collaboration.side.${side}.empty`)}</p>
      ) : (
        <ul className="card-list">
          {cards.map((card) => (
            <CardItem key={card.id} session={session} orgId={orgId} card={card} values={values} onStrengthen={onStrengthen} isUndoable={isUndoable} />
          ))}
        </ul>
      )}
      {side === 'offer' && onStrengthen && cards.length > 0 ? <p className="hint drag-hint">{t('collaboration.card.dragHint')}</p> : null}
      <CardForm
        side={side}
        values={values}
        initial={{ text: '', kind: DEFAULT_CARD_KIND, valueId: null }}
        label={`${t('collaboration.card.add')}: ${t(`collaboration.side.${side}`)}`}
        submitLabel={t('collaboration.card.add')}
        onSubmit={(fields) => {
          const result = addCard(session.context, orgId, { side, ...fields });
          if (result.ok) store.getState().announce(t('collaboration.card.added', { text: result.value.text }));
          return result;
        }}
      />
    </section>
  );
}

interface CardItemProps {
  session: WorkshopSession;
  orgId: string;
  card: Card;
  values: readonly ValueInPlay[];
  onStrengthen?: ((card: Card) => void) | undefined;
  isUndoable: boolean;
}

function CardItem({ session, orgId, card, values, onStrengthen, isUndoable }: CardItemProps) {
  const { t } = useT();
  const { store } = useServices();
  const [isEditing, setEditing] = useState(false);
  const [isConfirming, setConfirming] = useState(false);

  if (isEditing) {
    return (
      <li className="offer-card is-editing">
        <CardForm
          side={card.side}
          values={values}
          initial={{ text: card.text, kind: card.kind, valueId: card.valueId }}
          label={t('collaboration.card.editNamed', { text: card.text })}
          submitLabel={t('collaboration.card.save')}
          isFocusedOnOpen
          onCancel={() => setEditing(false)}
          onSubmit={(fields) => {
            const result = updateCard(session.context, orgId, card.id, fields);
            if (result.ok) {
              setEditing(false);
              store.getState().announce(t('collaboration.card.saved'));
            }
            return result;
          }}
        />
      </li>
    );
  }

  const remove = () => {
    setConfirming(false);
    const result = removeCard(session.context, orgId, card.id);
    if (result.ok) store.getState().announce(t(isUndoable ? 'collaboration.card.removed' : 'collaboration.card.removedForGood', { text: card.text }));
  };
  const value = valueNameById(card.valueId, values, t);
  return (
    <li className={`offer-card card-${card.side}`}>
      {card.side === 'offer' && onStrengthen ? <DraggableCardBody orgId={orgId} card={card} valueLabel={value} /> : <CardBody card={card} valueLabel={value} />}
      <div className="offer-card-actions">
        {card.side === 'offer' && onStrengthen ? (
          <button type="button" className="primary strengthen-button" aria-label={t('collaboration.link.strengthenNamed', { text: card.text })} onClick={() => onStrengthen(card)}>
            {t('collaboration.link.strengthen')}
          </button>
        ) : null}
        <button type="button" aria-label={t('collaboration.card.editNamed', { text: card.text })} onClick={() => setEditing(true)}>
          {t('collaboration.card.edit')}
        </button>
        <button type="button" className="danger-quiet" aria-label={t('collaboration.card.removeNamed', { text: card.text })} onClick={isUndoable ? remove : () => setConfirming(true)}>
          {t('collaboration.card.remove')}
        </button>
        <ConfirmDialog
          isOpen={isConfirming}
          title={t('collaboration.card.removeTitle')}
          body={t('collaboration.card.removeBody', { text: card.text })}
          confirmLabel={t('collaboration.card.remove')}
          cancelLabel={t('collaboration.card.keep')}
          onConfirm={remove}
          onCancel={() => setConfirming(false)}
        />
      </div>
    </li>
  );
}

/** A card's text, its kind and its value. */
export function CardBody({ card, valueLabel }: { card: Card; valueLabel: string }) {
  const { t } = useT();
  return (
    <div className="offer-card-body">
      <p className="offer-card-text">{card.text}</p>
      <p className="offer-card-tags">
        <span className={`kind-tag kind-${card.kind}`}>{kindName(card.kind, t)}</span>
        {valueLabel !== '' ? <span className="value-tag">{valueLabel}</span> : null}
      </p>
    </div>
  );
}

/**
 * An offer card's body is what a mouse or finger drags onto another organisation. It is not a
 * keyboard stop of its own: the "Styrk en anden organisation …" button is the keyboard's way.
 */
function DraggableCardBody({ orgId, card, valueLabel }: { orgId: string; card: Card; valueLabel: string }) {
  const { t } = useT();
  const data: OfferData = { kind: 'offer', orgId, cardId: card.id, text: card.text };
  const { setNodeRef, listeners, isDragging } = useDraggable({ id: `offer:${card.id}`, data });
  return (
    <div ref={setNodeRef} {...listeners} className={`offer-card-drag${isDragging ? ' is-dragging' : ''}`} title={t('collaboration.card.drag', { text: card.text })} data-testid="offer-drag">
      <span className="drag-grip" aria-hidden="true">
        ⠿
      </span>
      <CardBody card={card} valueLabel={valueLabel} />
    </div>
  );
}
