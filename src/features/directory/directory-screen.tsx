import { useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { actorTypeColour } from '../../domain/actor-type.ts';
import { PROFILE_FIELDS, sightingRef, type DirectoryEntry, type ProfileField } from '../../domain/directory.ts';
import type { DirectoryStore } from '../../state/directory-store.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { useServices, useT, useUi } from '../../ui/app-context.tsx';
import { formatDate, formatList } from '../../ui/format.ts';
import { searchEntries } from './directory-search.ts';
import './directory.css';

/**
 * The organisation directory (ressourcebørs): every organisation of the device's workshops once, searchable,
 * each with a profile after the stakeholder questions and what it offered and asked for in past workshops.
 */
export function DirectoryScreen() {
  const { t } = useT();
  const { loadRepository } = useServices();
  const [directory, setDirectory] = useState<DirectoryStore | null>(null);

  useEffect(() => {
    let isCurrent = true;
    void loadRepository()
      .then((repository) => repository.openDirectory())
      .then((opened) => {
        if (isCurrent) setDirectory(opened);
      });
    return () => {
      isCurrent = false;
    };
  }, [loadRepository]);

  return (
    <section className="screen directory-screen" aria-labelledby="directory-title">
      <p>
        <a href="#/">← {t('directory.back')}</a>
      </p>
      <h1 id="directory-title">{t('directory.title')}</h1>
      <p className="lead">{t('directory.intro')}</p>
      {directory ? <DirectoryBody directory={directory} /> : <p className="loading">{t('directory.loading')}</p>}
      <details className="card directory-privacy">
        <summary>{t('directory.privacy.title')}</summary>
        <p>{t('directory.privacy.body')}</p>
      </details>
    </section>
  );
}

function DirectoryBody({ directory }: { directory: DirectoryStore }) {
  const { t } = useT();
  const searchId = useId();
  const entries = useSyncExternalStore(
    (listener) => directory.subscribe(listener),
    () => directory.entries(),
  );
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const search = useMemo(() => searchEntries(entries), [entries]);
  const hits = useMemo(() => search(query), [search, query]);
  const selected = entries.find((entry) => entry.id === selectedId) ?? null;

  if (entries.length === 0) return <p className="empty card">{t('directory.empty')}</p>;

  return (
    <div className="directory-layout">
      <div className="directory-list-column">
        <div className="field directory-search">
          <label htmlFor={searchId}>{t('directory.search')}</label>
          <input id={searchId} type="search" value={query} placeholder={t('directory.search.placeholder')} onChange={(event) => setQuery(event.target.value)} />
        </div>
        <p className="hint" role="status">
          {hits.length === 0 ? t('directory.noHits', { query }) : t('directory.count', { count: hits.length })}
        </p>
        <ul className="directory-list">
          {hits.map((entry) => (
            <li key={entry.id}>
              <button
                type="button"
                className={`directory-row${entry.id === selectedId ? ' is-selected' : ''}`}
                aria-pressed={entry.id === selectedId}
                aria-label={t('directory.openNamed', { name: entry.name })}
                onClick={() => setSelectedId(entry.id)}
              >
                <span className="swatch" aria-hidden="true" style={{ background: actorTypeColour(entry.actorType) }} />
                <span className="directory-row-text">
                  <strong>{entry.name}</strong>
                  <span className="directory-row-meta">
                    {t(`actor.${entry.actorType}`)} · {t('directory.metIn', { count: new Set(entry.sightings.map((sighting) => sighting.workshopId)).size })}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      {selected ? (
        <EntryProfile key={selected.id} entry={selected} entries={entries} directory={directory} onMerged={setSelectedId} />
      ) : (
        <p className="card directory-choose hint">{t('directory.choose')}</p>
      )}
    </div>
  );
}

const PROFILE_QUESTIONS: Exclude<ProfileField, 'contact'>[] = PROFILE_FIELDS.filter((field): field is Exclude<ProfileField, 'contact'> => field !== 'contact');

function EntryProfile({ entry, entries, directory, onMerged }: { entry: DirectoryEntry; entries: readonly DirectoryEntry[]; directory: DirectoryStore; onMerged: (id: string) => void }) {
  const { t } = useT();
  const language = useUi((state) => state.language);
  const { loadRepository, store } = useServices();
  const headingId = useId();
  const [isConfirming, setConfirming] = useState(false);
  // On a tablet the profile is below the list: bring it into view when chosen.
  useEffect(() => {
    document.getElementById(headingId)?.scrollIntoView?.({ block: 'nearest' });
  }, [headingId]);
  const workshopTitles = [...new Set(entry.sightings.filter((sighting) => sighting.contact !== '').map((sighting) => sighting.workshopTitle))];

  const deleteContact = async () => {
    setConfirming(false);
    const repository = await loadRepository();
    await repository.deleteContact(entry);
    store.getState().announce(t('directory.contact.deleted', { name: entry.name }));
  };

  return (
    <article className="card directory-profile" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span className="swatch" aria-hidden="true" style={{ background: actorTypeColour(entry.actorType) }} /> {entry.name}
      </h2>
      <p className="directory-row-meta">{t(`actor.${entry.actorType}`)}</p>

      <section aria-label={t('directory.profile.contact')} className="directory-contact">
        <ProfileText
          label={t('directory.profile.contact')}
          hint={t('directory.profile.contactHint')}
          value={entry.profile.contact || entry.contact}
          isShort
          onChange={(text) => directory.setProfile(entry.id, { contact: text })}
        />
        {entry.contact === '' && entry.profile.contact === '' ? null : (
          <button type="button" className="danger-quiet" onClick={() => setConfirming(true)}>
            {t('directory.contact.delete')}
          </button>
        )}
      </section>


      <section aria-labelledby={`${headingId}-history`}>
        <h3 id={`${headingId}-history`}>{t('directory.history.title')}</h3>
        <p className="hint">{t('directory.history.hint')}</p>
        <ol className="directory-history">
          {entry.sightings.map((sighting) => {
            const workshop = sighting.workshopDate
              ? t('directory.history.workshop', { title: sighting.workshopTitle, date: formatDate(sighting.workshopDate, language) })
              : t('directory.history.workshopNoDate', { title: sighting.workshopTitle });
            return (
              <li key={sightingRef(sighting)} className="directory-sighting">
                <h4>{workshop}</h4>
                {sighting.name === entry.name ? null : <p className="hint">{t('directory.history.asName', { name: sighting.name })}</p>}
                {sighting.offers.length === 0 && sighting.needs.length === 0 ? <p className="hint">{t('directory.history.none')}</p> : null}
                <div className="directory-cards">
                  {sighting.offers.length > 0 ? (
                    <div>
                      <h5>{t('directory.history.offers')}</h5>
                      <ul>
                        {sighting.offers.map((text, index) => (
                          <li key={index}>{text}</li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                  {sighting.needs.length > 0 ? (
                    <div>
                      <h5>{t('directory.history.needs')}</h5>
                      <ul>
                        {sighting.needs.map((text, index) => (
                          <li key={index}>{text}</li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                </div>
                {entry.sightings.length > 1 ? (
                  <button
                    type="button"
                    aria-label={t('directory.history.takeOutNamed', { name: sighting.name, title: sighting.workshopTitle })}
                    onClick={() => {
                      directory.takeOut(sightingRef(sighting));
                      store.getState().announce(t('directory.history.takenOut', { name: sighting.name, title: sighting.workshopTitle }));
                    }}
                  >
                    {t('directory.history.takeOut')}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby={`${headingId}-profile`}>
        <h3 id={`${headingId}-profile`}>{t('directory.profile.title')}</h3>
        <p className="hint">{t('directory.profile.hint')}</p>
        <div className="directory-questions">
          {PROFILE_QUESTIONS.map((field) => (
            <ProfileText key={field} label={t(`directory.profile.${field}`)} value={entry.profile[field]} onChange={(text) => directory.setProfile(entry.id, { [field]: text })} />
          ))}
        </div>
      </section>

      <MergeForm entry={entry} entries={entries} directory={directory} onMerged={onMerged} />

      <ConfirmDialog
        isOpen={isConfirming}
        title={t('directory.contact.confirmTitle')}
        body={
          workshopTitles.length > 0
            ? t('directory.contact.confirmBody', { contact: entry.profile.contact || entry.contact, titles: formatList(workshopTitles, language) })
            : t('directory.contact.confirmBodyProfile', { contact: entry.profile.contact })
        }
        confirmLabel={t('directory.contact.confirm')}
        cancelLabel={t('directory.contact.cancel')}
        onConfirm={() => void deleteContact()}
        onCancel={() => setConfirming(false)}
      />
    </article>
  );
}

/** A profile answer: kept as typed, stored on every change (the directory is this device's only). */
function ProfileText({ label, hint, value, isShort, onChange }: { label: string; hint?: string; value: string; isShort?: boolean; onChange: (text: string) => void }) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setDraft(value);
  }
  const change = (text: string) => {
    setDraft(text);
    setSeen(text.trim());
    onChange(text.trim());
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {isShort ? (
        <input id={id} value={draft} maxLength={120} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(event) => change(event.target.value)} />
      ) : (
        <textarea id={id} value={draft} maxLength={500} rows={3} onChange={(event) => change(event.target.value)} />
      )}
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

function MergeForm({ entry, entries, directory, onMerged }: { entry: DirectoryEntry; entries: readonly DirectoryEntry[]; directory: DirectoryStore; onMerged: (id: string) => void }) {
  const { t } = useT();
  const { store } = useServices();
  const selectId = useId();
  const [otherId, setOtherId] = useState('');
  const others = entries.filter((other) => other.id !== entry.id);
  if (others.length === 0) return null;
  const other = others.find((candidate) => candidate.id === otherId);

  return (
    <section className="directory-merge" aria-labelledby={`${selectId}-title`}>
      <h3 id={`${selectId}-title`}>{t('directory.merge.title')}</h3>
      <p className="hint">{t('directory.merge.hint')}</p>
      <div className="directory-merge-row">
        <div className="field">
          <label htmlFor={selectId}>{t('directory.merge.choose')}</label>
          <select id={selectId} value={otherId} onChange={(event) => setOtherId(event.target.value)}>
            <option value="">{t('directory.merge.none')}</option>
            {others.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          disabled={!other}
          onClick={() => {
            if (!other) return;
            directory.merge(entry, other);
            store.getState().announce(t('directory.merge.done', { source: other.name, target: entry.name }));
            setOtherId('');
            onMerged(entry.id);
          }}
        >
          {t('directory.merge.do')}
        </button>
      </div>
    </section>
  );
}
