import { useEffect, useId, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { ACTOR_TYPES } from '../../domain/actor-type.ts';
import { COLLABORATION_FORMS } from '../../domain/agreement.ts';
import { directoryKey } from '../../domain/directory.ts';
import { compareNetworks, nameKey, sideActors, TIE_STYLES, type NetworkComparison, type OrganisationKey, type TieStyle } from '../../domain/network-over-time.ts';
import type { Workshop } from '../../domain/workshop.ts';
import { formatDate } from '../../i18n/format.ts';
import { measureRows } from '../../print/network-rows.ts';
import type { WorkshopSummary } from '../../state/catalogue.ts';
import { useServices, useT, useUi } from '../../ui/app-context.tsx';
import { TiePicture } from './tie-picture.tsx';
import './network-time.css';

/** The two meetings as read, for the pair of ids `pair` (a different pair chosen since: still loading). */
type Loaded = { pair: string } & ({ status: 'loading' } | { status: 'ready'; before: Workshop; after: Workshop } | { status: 'unreadable' });

/** The device's workshops from the earliest meeting to the latest (by date, then when they were made). */
function byMeetingDate(workshops: readonly WorkshopSummary[]): WorkshopSummary[] {
  return [...workshops].sort((x, y) => (x.date || '9999').localeCompare(y.date || '9999') || x.createdAt - y.createdAt);
}

/**
 * "Netværket over tid": two meetings of one group side by side — who collaborates with whom before and
 * after, and the measures a network analysis reports. Until workshops know their previous and next
 * meeting, the facilitator chooses the two; organisations are the same across them as the organisation
 * directory recognises them (merges and splits included; `sameOrganisation` to decide otherwise), by
 * the normalised name until it is read. `print` adds the PDF (from the app).
 */
export function NetworkTimeScreen({
  sameOrganisation: givenKey,
  print,
}: {
  sameOrganisation?: OrganisationKey;
  print?: (after: Workshop, comparison: NetworkComparison) => ReactNode;
}) {
  const { t } = useT();
  const language = useUi((state) => state.language);
  const { catalogue, loadRepository } = useServices();
  const list = useSyncExternalStore(
    (listener) => catalogue.subscribe(listener),
    () => catalogue.list(),
  );
  const workshops = useMemo(() => byMeetingDate(list), [list]);
  const [chosen, setChosen] = useState<{ before: string; after: string } | null>(null);
  const beforeId = chosen?.before ?? workshops.at(-2)?.id ?? '';
  const afterId = chosen?.after ?? workshops.at(-1)?.id ?? '';
  const pair = `${beforeId} ${afterId}`;
  const [read, setRead] = useState<Loaded>({ pair: '', status: 'loading' });
  const loaded: Loaded = read.pair === pair ? read : { pair, status: 'loading' };
  const selectId = useId();
  const [directoryKeyOf, setDirectoryKeyOf] = useState<OrganisationKey | null>(null);
  const sameOrganisation = givenKey ?? directoryKeyOf ?? nameKey;

  useEffect(() => {
    let isCurrent = true;
    loadRepository()
      .then((repository) => repository.openDirectory())
      .then((directory) => {
        if (isCurrent) setDirectoryKeyOf(() => directoryKey(directory.entries(), nameKey));
      })
      .catch(() => {});
    return () => {
      isCurrent = false;
    };
  }, [loadRepository]);

  useEffect(() => {
    if (!beforeId || !afterId || beforeId === afterId) return;
    let isCurrent = true;
    const key = `${beforeId} ${afterId}`;
    void (async () => {
      const repository = await loadRepository();
      const [before, after] = await Promise.all([repository.readSnapshot(beforeId), repository.readSnapshot(afterId)]);
      if (!isCurrent) return;
      setRead(before && after ? { pair: key, status: 'ready', before, after } : { pair: key, status: 'unreadable' });
    })().catch(() => {
      if (isCurrent) setRead({ pair: key, status: 'unreadable' });
    });
    return () => {
      isCurrent = false;
    };
  }, [beforeId, afterId, loadRepository]);

  const comparison = useMemo(
    () => (read.status === 'ready' ? compareNetworks(read.before, read.after, sameOrganisation) : null),
    [read, sameOrganisation],
  );
  const label = (workshop: WorkshopSummary) => t('networkTime.option', { title: workshop.title, date: workshop.date ? formatDate(workshop.date, language) : t('networkTime.noDate') });
  const choose = (side: 'before' | 'after', id: string) => setChosen({ before: beforeId, after: afterId, [side]: id });
  const beforeSummary = workshops.find((workshop) => workshop.id === beforeId);
  const afterSummary = workshops.find((workshop) => workshop.id === afterId);
  const isReversed = Boolean(beforeSummary?.date && afterSummary?.date && beforeSummary.date > afterSummary.date);

  return (
    <section className="screen network-time" aria-labelledby="network-time-title">
      <p>
        <a className="back-link" href="#/">
          ← {t('networkTime.back')}
        </a>
      </p>
      <h1 id="network-time-title">{t('networkTime.title')}</h1>
      <p className="lead">{t('networkTime.intro')}</p>
      {workshops.length < 2 ? (
        <p className="empty">{t('networkTime.tooFew')}</p>
      ) : (
        <>
          <div className="card network-time-choice">
            {(['before', 'after'] as const).map((side) => (
              <div className="field" key={side}>
                <label htmlFor={`${selectId}-${side}`}>{t(side === 'before' ? 'networkTime.choose.before' : 'networkTime.choose.after')}</label>
                <select id={`${selectId}-${side}`} value={side === 'before' ? beforeId : afterId} onChange={(event) => choose(side, event.target.value)}>
                  {workshops.map((workshop) => (
                    <option key={workshop.id} value={workshop.id}>
                      {label(workshop)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <button type="button" onClick={() => setChosen({ before: afterId, after: beforeId })}>
              {t('networkTime.swap')}
            </button>
            {isReversed ? <p className="network-time-warning">{t('networkTime.orderWarning')}</p> : null}
          </div>
          {beforeId === afterId ? (
            <p className="empty">{t('networkTime.same')}</p>
          ) : loaded.status === 'unreadable' ? (
            <p className="banner warning" role="alert">
              {t('networkTime.unreadable')}
            </p>
          ) : comparison && loaded.status === 'ready' ? (
            <Comparison comparison={comparison} print={print?.(loaded.after, comparison)} />
          ) : (
            <p className="loading" role="status">
              {t('networkTime.loading')}
            </p>
          )}
        </>
      )}
    </section>
  );
}

function Comparison({ comparison, print }: { comparison: NetworkComparison; print: ReactNode }) {
  const { t } = useT();
  const language = useUi((state) => state.language);
  const meeting = (side: NetworkComparison['before']) => `${side.title} (${side.date ? formatDate(side.date, language) : t('networkTime.noDate')})`;
  const sides = [
    { key: 'before', label: t('networkTime.before'), side: comparison.before },
    { key: 'after', label: t('networkTime.after'), side: comparison.after },
  ] as const;
  const rows = measureRows(comparison, language);
  const hasAbsent = comparison.actors.length > Math.min(comparison.before.actors.length, comparison.after.actors.length);

  return (
    <>
      <h2 className="visually-hidden">{t('networkTime.pictures')}</h2>
      <div className="network-time-pictures">
        {sides.map(({ key, label, side }) => (
          <figure key={key} className="network-time-side" aria-labelledby={`network-time-${key}`}>
            <figcaption id={`network-time-${key}`}>
              <span className="network-time-when">{label}</span> {meeting(side)} · {t('networkTime.ties', { count: side.measures.ties })}
            </figcaption>
            <TiePicture
              title={t('networkTime.picture.title', { when: label.toLocaleLowerCase(language), title: side.title })}
              actors={sideActors(comparison, side)}
              ties={side.ties}
              present={new Set(side.actors.map((actor) => actor.key))}
            />
          </figure>
        ))}
      </div>
      <Legend comparison={comparison} hasAbsent={hasAbsent} />
      <div className="network-time-lower">
        <table className="network-time-measures">
          <caption>{t('networkTime.measures.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('networkTime.measure')}</th>
              <th scope="col">{t('networkTime.before')}</th>
              <th scope="col">{t('networkTime.after')}</th>
              <th scope="col">{t('networkTime.change')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-measure={row.id} className={row.isSub ? 'is-sub' : row.id === 'by-type' ? 'is-group' : undefined}>
                <th scope="row">{row.label}</th>
                <td>{row.before}</td>
                <td>{row.after}</td>
                <td>{row.change}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="network-time-aside">
          <p className="network-time-definitions">{t('networkTime.definitions')}</p>
          {print}
        </div>
      </div>
    </>
  );
}

function LineSample({ style }: { style: TieStyle }) {
  return (
    <svg width="44" height="14" aria-hidden="true" className="network-time-line">
      <line x1="2" y1="7" x2="42" y2="7" stroke={style.colour} strokeWidth={Math.min(style.width, 8) * 0.8} strokeDasharray={style.dash.length > 0 ? style.dash.map((length) => length * 0.8).join(' ') : undefined} />
    </svg>
  );
}

function Legend({ comparison, hasAbsent }: { comparison: NetworkComparison; hasAbsent: boolean }) {
  const { t } = useT();
  const types = ACTOR_TYPES.filter((type) => comparison.actors.some((actor) => actor.actorType === type.id));
  return (
    <div className="network-time-legend">
      <ul className="network-legend" aria-label={t('collaboration.network.legend')}>
        {types.map((type) => (
          <li key={type.id}>
            <span className="network-legend-dot" aria-hidden="true" style={{ background: type.colour }} />
            {t(`actor.${type.id}`)}
          </li>
        ))}
        {hasAbsent ? (
          <li>
            <span className="network-legend-dot network-time-absent-dot" aria-hidden="true" />
            {t('networkTime.absent')}
          </li>
        ) : null}
      </ul>
      <ul className="network-legend" aria-label={t('networkTime.edgeLegend')}>
        <li>
          <LineSample style={TIE_STYLES.links} />
          {t('networkTime.edge.links')}
        </li>
        {COLLABORATION_FORMS.map((form) => (
          <li key={form}>
            <LineSample style={TIE_STYLES[form]} />
            {t('networkTime.edge.form', { form: t(`agreements.form.${form}`) })}
          </li>
        ))}
      </ul>
      <p className="network-note">{t('networkTime.edgeNote')}</p>
    </div>
  );
}
