import { useId, useState, type FormEvent } from 'react';
import type { Organisation } from '../../domain/organisation.ts';
import type { Problem } from '../../domain/result.ts';
import { proposeLink } from '../../state/collaboration-commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices, useT } from '../../ui/app-context.tsx';
import { FormEnd, LinkTextField } from './form-parts.tsx';

/** Which way a tablet's proposal runs: "Vi kan styrke X" or "X kan styrke os". */
export type ProposalDirection = 'give' | 'get';

/** What the proposal form starts from: blank, or a match or another organisation's card. */
export interface ProposalDraft {
  direction: ProposalDirection;
  otherId: string;
  /** The offer card the link would be made from (ours when we give, the other's when we get), or null. */
  offerCardId: string | null;
}

interface ProposalFormProps {
  session: WorkshopSession;
  /** The tablet's own organisation, which proposes. */
  organisationId: string;
  /** The other organisations of the workshop. */
  others: readonly Organisation[];
  draft: ProposalDraft;
  onClose: () => void;
}

/**
 * A tablet proposes a link: which way, with whom, and how ("ved at …"), read back as the sentence the
 * other organisation will see. The other organisation answers on its tablet.
 */
export function ProposalForm({ session, organisationId, others, draft, onClose }: ProposalFormProps) {
  const { t } = useT();
  const { store } = useServices();
  const id = useId();
  const [direction, setDirection] = useState(draft.direction);
  const [otherId, setOtherId] = useState(draft.otherId);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const other = others.find((candidate) => candidate.id === otherId);
  // A card chosen for the pair and the direction it was chosen in; changed either, it no longer fits.
  const offerCardId = direction === draft.direction && otherId === draft.otherId ? draft.offerCardId : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ends = direction === 'give' ? { fromId: organisationId, toId: otherId } : { fromId: otherId, toId: organisationId };
    const result = proposeLink(session.context, organisationId, { ...ends, text, offerCardId });
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    store.getState().announce(t('collaboration.tablet.form.sent', { name: other?.name ?? '' }));
    onClose();
  };

  const sentence = t(direction === 'give' ? 'collaboration.tablet.sentence.give' : 'collaboration.tablet.sentence.get', { name: other?.name ?? '…', text: '' }).trim();
  return (
    <form className="proposal-form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>{t('collaboration.tablet.form.title')}</h3>
      <fieldset className="direction-choice">
        <legend>{t('collaboration.tablet.form.direction')}</legend>
        {(['give', 'get'] as const).map((choice) => (
          <label key={choice} className="direction-option">
            <input type="radio" name={`${id}-direction`} value={choice} checked={direction === choice} onChange={() => setDirection(choice)} />
            <span>{t(choice === 'give' ? 'collaboration.tablet.form.give' : 'collaboration.tablet.form.get')}</span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-other`}>{t(direction === 'give' ? 'collaboration.tablet.form.whomGive' : 'collaboration.tablet.form.whomGet')}</label>
        <select id={`${id}-other`} value={otherId} autoFocus={draft.otherId === ''} onChange={(event) => setOtherId(event.target.value)}>
          <option value="">{t('collaboration.link.toPlaceholder')}</option>
          {others.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </select>
      </div>
      <LinkTextField
        id={id}
        label={sentence}
        hint={t(direction === 'get' ? 'matches.hint.get' : 'collaboration.tablet.form.hint')}
        value={text}
        onChange={setText}
        problem={problem}
        isFocusedOnOpen={draft.otherId !== ''}
      />
      <FormEnd id={id} problem={problem} submitLabel={t('collaboration.tablet.form.send')} onCancel={onClose} />
    </form>
  );
}
