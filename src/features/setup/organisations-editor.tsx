import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { suggestEntries, type DirectoryEntry } from '../../domain/directory.ts';
import { isSameName } from '../../domain/text.ts';
import { ACTOR_TYPES, actorTypeColour, type ActorTypeId } from '../../domain/actor-type.ts';
import type { Organisation } from '../../domain/organisation.ts';
import type { Problem } from '../../domain/result.ts';
import { addOrganisation, moveOrganisation, removeOrganisation, updateOrganisation } from '../../state/commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices, useT } from '../../ui/app-context.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useWorkshop } from '../../ui/use-workshop.ts';

export function OrganisationsEditor({ session }: { session: WorkshopSession }) {
  const { t } = useT();
  const { store } = useServices();
  const { organisations } = useWorkshop(session);
  const listRef = useRef<HTMLOListElement>(null);

  /** Keeps keyboard focus on the moved organisation's button after it changes place. */
  const move = (organisation: Organisation, direction: -1 | 1) => {
    const from = organisations.findIndex((other) => other.id === organisation.id);
    const result = moveOrganisation(session.context, organisation.id, from + direction);
    if (!result.ok) return;
    store.getState().announce(t('setup.org.moved', { name: organisation.name, position: result.value + 1 }));
    requestAnimationFrame(() => {
      const row = listRef.current?.querySelector<HTMLElement>(`[data-org-id="${organisation.id}"]`);
      const preferred = row?.querySelector<HTMLButtonElement>(`[data-move="${direction}"]:not(:disabled)`);
      (preferred ?? row?.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)'))?.focus();
    });
  };

  const remove = (organisation: Organisation) => {
    const result = removeOrganisation(session.context, organisation.id);
    if (result.ok) store.getState().announce(t('setup.org.removed', { name: organisation.name }));
  };

  return (
    <section className="card" aria-labelledby="orgs-title">
      <h2 id="orgs-title">
        {t('setup.organisations')} <span className="count">({organisations.length})</span>
      </h2>
      <p className="hint">{t('setup.organisations.intro')}</p>
      {organisations.length === 0 ? <p className="empty">{t('setup.organisations.empty')}</p> : null}
      <ol className="org-list" ref={listRef}>
        {organisations.map((organisation, index) => (
          <li key={organisation.id} className="org-row" data-org-id={organisation.id}>
            <span className="org-number" aria-hidden="true" style={{ background: actorTypeColour(organisation.actorType) }}>
              {index + 1}
            </span>
            <TextField
              label={t('setup.org.name')}
              hiddenLabel={t('setup.org.ofNumber', { number: index + 1 })}
              value={organisation.name}
              isRequired
              onCommit={(raw) => updateOrganisation(session.context, organisation.id, { ...organisation, name: raw })}
            />
            <ActorTypeSelect
              label={t('setup.org.actorType')}
              hiddenLabel={t('setup.org.forName', { name: organisation.name })}
              value={organisation.actorType}
              onChange={(actorType) => updateOrganisation(session.context, organisation.id, { ...organisation, actorType })}
            />
            <TextField
              label={t('setup.org.contactShort')}
              hiddenLabel={t('setup.org.forName', { name: organisation.name })}
              value={organisation.contact}
              onCommit={(raw) => updateOrganisation(session.context, organisation.id, { ...organisation, contact: raw })}
            />
            <div className="row-actions">
              <button
                type="button"
                data-move="-1"
                disabled={index === 0}
                aria-label={t('setup.org.moveUp', { name: organisation.name })}
                onClick={() => move(organisation, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                data-move="1"
                disabled={index === organisations.length - 1}
                aria-label={t('setup.org.moveDown', { name: organisation.name })}
                onClick={() => move(organisation, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="danger-quiet"
                aria-label={t('setup.org.remove', { name: organisation.name })}
                onClick={() => remove(organisation)}
              >
                ✕
              </button>
            </div>
          </li>
        ))}
      </ol>
      <AddOrganisationForm session={session} />
    </section>
  );
}

function ActorTypeSelect({
  label,
  hiddenLabel,
  value,
  onChange,
}: {
  label: string;
  hiddenLabel?: string;
  value: ActorTypeId;
  onChange: (id: ActorTypeId) => void;
}) {
  const { t } = useT();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {hiddenLabel ? <span className="visually-hidden"> {hiddenLabel}</span> : null}
      </label>
      <div className="select-with-swatch">
        <span className="swatch" aria-hidden="true" style={{ background: actorTypeColour(value) }} />
        <select
          id={id}
          value={value}
          onChange={(event) => {
            const chosen = ACTOR_TYPES.find((type) => type.id === event.target.value);
            if (chosen) onChange(chosen.id);
          }}
        >
          {ACTOR_TYPES.map((type) => (
            <option key={type.id} value={type.id}>
              {t(`actor.${type.id}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** The device's organisation directory, once loaded (for suggestions while an organisation is added). */
function useDirectoryEntries(): readonly DirectoryEntry[] {
  const { loadRepository } = useServices();
  const [entries, setEntries] = useState<readonly DirectoryEntry[]>([]);
  useEffect(() => {
    let isCurrent = true;
    let unsubscribe = () => {};
    void loadRepository().then(async (repository) => {
      await repository.directory.loaded;
      if (!isCurrent) return;
      const read = () => setEntries(repository.directory.entries());
      read();
      unsubscribe = repository.directory.subscribe(read);
    });
    return () => {
      isCurrent = false;
      unsubscribe();
    };
  }, [loadRepository]);
  return entries;
}

function AddOrganisationForm({ session }: { session: WorkshopSession }) {
  const { t, problem: problemText } = useT();
  const { store } = useServices();
  const { organisations } = useWorkshop(session);
  const directoryEntries = useDirectoryEntries();
  const nameId = useId();
  const contactId = useId();
  const [name, setName] = useState('');
  const [actorType, setActorType] = useState<ActorTypeId>('frivillige-organisationer');
  const [contact, setContact] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  // Organisations met in other workshops whose names fit what is typed, and not in this workshop already.
  const suggestions = suggestEntries(directoryEntries, name).filter((entry) => !organisations.some((organisation) => isSameName(organisation.name, entry.name)));
  const isSuggestionChosen = suggestions.length === 1 && suggestions[0]?.name === name;

  const fill = (entry: DirectoryEntry) => {
    setName(entry.name);
    setActorType(entry.actorType);
    setContact(entry.contact);
    store.getState().announce(t('setup.org.filled', { name: entry.name }));
    document.getElementById(nameId)?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = addOrganisation(session.context, { name, actorType, contact });
    if (!result.ok) {
      setProblem(result.problem);
      document.getElementById(nameId)?.focus();
      return;
    }
    setName('');
    setContact('');
    setProblem(null);
    store.getState().announce(t('setup.org.added', { name: result.value.name }));
    document.getElementById(nameId)?.focus();
  };

  return (
    <form className="add-form" onSubmit={submit} noValidate aria-label={t('setup.org.add')}>
      <div className="field">
        <label htmlFor={nameId}>{t('setup.org.name')}</label>
        <input
          id={nameId}
          value={name}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${nameId}-error` : undefined}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <ActorTypeSelect label={t('setup.org.actorType')} value={actorType} onChange={setActorType} />
      <div className="field">
        <label htmlFor={contactId}>{t('setup.org.contact')}</label>
        <input id={contactId} value={contact} onChange={(event) => setContact(event.target.value)} />
      </div>
      <button type="submit" className="primary">
        {t('setup.org.add')}
      </button>
      {suggestions.length === 0 || isSuggestionChosen ? null : (
        <div className="org-suggestions span-all" role="group" aria-label={t('setup.org.suggestions')}>
          <span className="hint">{t('setup.org.suggestions')}:</span>
          {suggestions.map((entry) => (
            <button key={entry.id} type="button" className="quiet" onClick={() => fill(entry)}>
              <span className="swatch" aria-hidden="true" style={{ background: actorTypeColour(entry.actorType) }} />{' '}
              {t('setup.org.suggestion', { name: entry.name, actorType: t(`actor.${entry.actorType}`) })}
            </button>
          ))}
        </div>
      )}
      {problem ? (
        <p className="field-error span-all" id={`${nameId}-error`} role="alert">
          {problemText(problem)}
        </p>
      ) : null}
    </form>
  );
}
