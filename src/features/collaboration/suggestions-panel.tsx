import { useId, useState, type FormEvent } from 'react';
import { openSuggestions, type SuggestedCard } from '../../domain/actor-patterns.ts';
import { CARD_TEXT_MAX } from '../../domain/offer-need.ts';
import type { Organisation } from '../../domain/organisation.ts';
import type { Problem } from '../../domain/result.ts';
import { acceptSuggestion, ignoreSuggestion } from '../../state/collaboration-commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices, useT } from '../../ui/app-context.tsx';
import { kindName } from './collaboration-texts.ts';

interface SuggestionsPanelProps {
  session: WorkshopSession;
  organisation: Organisation;
  settledIds: readonly string[];
  /** Whether the organisation is a core actor of the network (most ties): it is offered to connect others. */
  isCore: boolean;
}

/** Cards the app suggests from the organisation's actor type: use as they are, adjust first, or skip. */
export function SuggestionsPanel({ session, organisation, settledIds, isCore }: SuggestionsPanelProps) {
  const { t } = useT();
  const suggestions = openSuggestions(organisation.actorType, settledIds, isCore);
  return (
    <section className="suggestions-panel" aria-labelledby="suggestions-title">
      <h3 id="suggestions-title">{t('collaboration.suggestions.title')}</h3>
      <p className="hint">{t('collaboration.suggestions.intro', { actorType: t(`actor.${organisation.actorType}`).toLocaleLowerCase() })}</p>
      {suggestions.length === 0 ? (
        <p className="empty">{t('collaboration.suggestions.empty')}</p>
      ) : (
        <ul className="suggestion-list">
          {suggestions.map((suggestion) => (
            <SuggestionItem key={suggestion.id} session={session} orgId={organisation.id} suggestion={suggestion} />
          ))}
        </ul>
      )}
    </section>
  );
}

function SuggestionItem({ session, orgId, suggestion }: { session: WorkshopSession; orgId: string; suggestion: SuggestedCard }) {
  const { t, problem: problemText } = useT();
  const { store } = useServices();
  const id = useId();
  const text = t(`collaboration.pattern.${suggestion.patternId}.${suggestion.side}`);
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  const accept = (cardText: string) => {
    const result = acceptSuggestion(session.context, orgId, suggestion.id, cardText);
    if (result.ok) store.getState().announce(t('collaboration.suggestion.accepted', { text: result.value.text }));
    else setProblem(result.problem);
  };
  const ignore = () => {
    const result = ignoreSuggestion(session.context, orgId, suggestion.id);
    if (result.ok) store.getState().announce(t('collaboration.suggestion.ignored'));
    else setProblem(result.problem);
  };
  const submitEdited = (event: FormEvent) => {
    event.preventDefault();
    accept(draft ?? text);
  };

  return (
    <li className={`suggestion card-${suggestion.side}`}>
      <p className="suggestion-side">{t(`collaboration.side.${suggestion.side}`)}</p>
      {draft === null ? (
        <p className="suggestion-text">{text}</p>
      ) : (
        <form className="suggestion-edit" onSubmit={submitEdited} aria-label={t('collaboration.suggestion.editNamed', { text })} noValidate>
          <div className="field">
            <label htmlFor={`${id}-text`}>{t('collaboration.cardText')}</label>
            <input id={`${id}-text`} value={draft} maxLength={CARD_TEXT_MAX + 20} autoFocus onChange={(event) => setDraft(event.target.value)} />
          </div>
          <div className="card-form-actions">
            <button type="submit" className="primary">
              {t('collaboration.suggestion.accept')}
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              {t('collaboration.card.cancel')}
            </button>
          </div>
        </form>
      )}
      <p className="offer-card-tags">
        <span className={`kind-tag kind-${suggestion.kind}`}>{kindName(suggestion.kind, t)}</span>
        <span className="value-tag">{t(`value.${suggestion.valueId}.name`)}</span>
      </p>
      {problem ? (
        <p className="field-error" role="alert">
          {problemText(problem)}
        </p>
      ) : null}
      {draft === null ? (
        <div className="offer-card-actions">
          <button type="button" className="primary" aria-label={t('collaboration.suggestion.acceptNamed', { text })} onClick={() => accept(text)}>
            {t('collaboration.suggestion.accept')}
          </button>
          <button type="button" aria-label={t('collaboration.suggestion.editNamed', { text })} onClick={() => setDraft(text)}>
            {t('collaboration.suggestion.edit')}
          </button>
          <button type="button" className="quiet" aria-label={t('collaboration.suggestion.ignoreNamed', { text })} onClick={ignore}>
            {t('collaboration.suggestion.ignore')}
          </button>
        </div>
      ) : null}
    </li>
  );
}
