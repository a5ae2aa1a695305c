import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { cardsOn, type Card } from '../../domain/offer-need.ts';
import type { Organisation } from '../../domain/organisation.ts';
import type { Problem } from '../../domain/result.ts';
import { addLink, updateLink } from '../../state/collaboration-commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices, useT } from '../../ui/app-context.tsx';
import { FormEnd, LinkTextField } from './form-parts.tsx';

/** What the link form starts from: a new link (from an offer, a drop, a match) or an existing one to edit. */
export interface LinkDraftState {
  /** The link being edited, or null for a new one. */
  linkId: string | null;
  /** The organisation in whose document the link lies (its end that stays when it is edited). */
  makerId: string;
  fromId: string;
  toId: string;
  offerCardId: string | null;
  text: string;
  /** Changes on every opening, so the form starts afresh even for the same pair. */
  key: number;
}

interface LinkFormProps {
  session: WorkshopSession;
  organisations: readonly Organisation[];
  cards: Readonly<Record<string, readonly Card[]>>;
  draft: LinkDraftState;
  onClose: () => void;
}

/**
 * "X styrker Y ved at …": whom (a list of the organisations), from which offer, and how. The way to
 * make a link by keyboard or screen reader, and where a drag ends up: the drop fills in whom.
 */
export function LinkForm({ session, organisations, cards, draft, onClose }: LinkFormProps) {
  const { t } = useT();
  const { store } = useServices();
  const id = useId();
  // The end that can change: whom it strengthens, unless the one strengthened made the link (its proposal).
  const isOtherFrom = draft.linkId !== null && draft.makerId !== draft.fromId;
  const [otherId, setOtherId] = useState(isOtherFrom ? draft.fromId : draft.toId);
  const [offerCardId, setOfferCardId] = useState(draft.offerCardId);
  const [text, setText] = useState(draft.text);
  const [problem, setProblem] = useState<Problem | null>(null);
  const toRef = useRef<HTMLSelectElement>(null);
  const textRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const nameOf = (orgId: string) => organisations.find((organisation) => organisation.id === orgId)?.name ?? '';
  const offers = cardsOn(cards[draft.fromId] ?? [], 'offer');
  const isNew = draft.linkId === null;

  // Focus goes where the user has something to do: whom, or — when a drop chose that — how.
  useEffect(() => {
    formRef.current?.scrollIntoView({ block: 'nearest' });
    (draft.toId !== '' ? textRef.current : toRef.current)?.focus();
  }, [draft.key, draft.toId]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = isNew
      ? addLink(session.context, { fromId: draft.fromId, toId: otherId, text, offerCardId })
      : updateLink(session.context, draft.linkId ?? '', { otherId, text });
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    store.getState().announce(isNew ? t('collaboration.link.added', { from: nameOf(draft.fromId), to: nameOf(result.value.toId) }) : t('collaboration.link.saved'));
    onClose();
  };

  const title = isOtherFrom ? t('collaboration.link.formTitleTo', { to: nameOf(draft.toId) }) : t('collaboration.link.formTitle', { from: nameOf(draft.fromId) });
  return (
    <form ref={formRef} className="link-form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>{title}</h3>
      <div className="link-form-grid">
        <div className="field">
          <label htmlFor={`${id}-to`}>{t(isOtherFrom ? 'collaboration.link.from' : 'collaboration.link.to')}</label>
          <select id={`${id}-to`} ref={toRef} value={otherId} onChange={(event) => setOtherId(event.target.value)} aria-describedby={problem ? `${id}-error` : undefined}>
            <option value="">{t('collaboration.link.toPlaceholder')}</option>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </select>
        </div>
        {isNew ? (
          <div className="field">
            <label htmlFor={`${id}-offer`}>{t('collaboration.link.offer')}</label>
            <select id={`${id}-offer`} value={offerCardId ?? ''} onChange={(event) => setOfferCardId(event.target.value || null)}>
              <option value="">{t('collaboration.link.offer.none')}</option>
              {offers.map((card) => (
                <option key={card.id} value={card.id}>
                  {card.text}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <LinkTextField
          id={id}
          className="link-form-text"
          label={t('collaboration.link.text')}
          hint={t('collaboration.link.textHint')}
          value={text}
          onChange={setText}
          problem={problem}
          inputRef={textRef}
        />
      </div>
      <FormEnd id={id} problem={problem} submitLabel={isNew ? t('collaboration.link.add') : t('collaboration.card.save')} onCancel={onClose} />
    </form>
  );
}
