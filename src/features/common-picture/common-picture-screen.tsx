import { useId, type ReactNode } from 'react';
import type { ValueInPlay } from '../../domain/value.ts';
import { setRevealed } from '../../state/commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices, useT, useUi } from '../../ui/app-context.tsx';
import { hyphenateLongWords } from '../../ui/fit-text.ts';
import { useWorkshop } from '../../ui/use-workshop.ts';
import { buildPicture, type PictureModel, type PictureValue } from './common-picture-model.ts';
import { KeyPointsField, KeyPointsView } from './key-points-field.tsx';
import { PicturePuzzleView } from './picture-puzzle.tsx';
import { PictureValueCard } from './picture-value-card.tsx';
import './common-picture.css';

/**
 * Det fælles billede: every section together. Shared values first and highlighted, then values only
 * one organisation holds, then those nobody placed; the examples side by side; prompts for the
 * dialogue and the facilitator's key points beside it. Before the reveal it says so, and offers it
 * (`isReadOnly`: not on a device that may write nothing, a live session's projector).
 */
export function CommonPictureScreen({ session, isReadOnly = false }: { session: WorkshopSession; isReadOnly?: boolean }) {
  const { t } = useT();
  const workshop = useWorkshop(session);
  const isProjector = useUi((state) => state.isProjector);
  const nameOf = (value: ValueInPlay) => (value.kind === 'core' ? t(`value.${value.id}.name`) : value.name);
  const picture = buildPicture(workshop, nameOf);

  return (
    <section className="screen common-picture" aria-labelledby="picture-title">
      <div className="picture-head">
        <h2 id="picture-title">{t('picture.title')}</h2>
        {workshop.control.isRevealed ? <p className="lead">{t('picture.intro')}</p> : null}
      </div>
      {!workshop.control.isRevealed ? (
        <HiddenNotice session={session} canReveal={!isReadOnly} />
      ) : (
        <div className="picture-layout">
          <div className="picture-main">
            {workshop.organisations.length === 0 ? <p className="empty">{t('picture.noOrganisations')}</p> : <PictureOverview picture={picture} />}
          </div>
          <div className="picture-side">
            <DiscussionPrompts />
            {isProjector ? <KeyPointsView value={workshop.keyPoints} /> : <KeyPointsField session={session} value={workshop.keyPoints} />}
          </div>
        </div>
      )}
    </section>
  );
}

/** Before the reveal: says so, and offers it (not on a device that only shows: a live session's projector). */
function HiddenNotice({ session, canReveal }: { session: WorkshopSession; canReveal: boolean }) {
  const { t } = useT();
  const { store } = useServices();
  const reveal = () => {
    const result = setRevealed(session.context, true);
    if (result.ok) store.getState().announce(t('picture.revealed'));
  };
  return (
    <div className="picture-hidden">
      <h3>{t('picture.hidden.title')}</h3>
      <p>{t(canReveal ? 'picture.hidden.body' : 'picture.hidden.projectorBody')}</p>
      {canReveal ? (
        <button type="button" className="primary" onClick={reveal}>
          {t('picture.reveal')}
        </button>
      ) : null}
    </div>
  );
}

function PictureOverview({ picture }: { picture: PictureModel }) {
  const { t } = useT();
  const stats: [number, string][] = [
    [picture.organisationCount, t('picture.stat.organisations', { count: picture.organisationCount })],
    [picture.shared.length, t('picture.stat.shared', { count: picture.shared.length })],
    [picture.single.length, t('picture.stat.single', { count: picture.single.length })],
    [picture.unplaced.length, t('picture.stat.none', { count: picture.unplaced.length })],
  ];
  return (
    <>
      <dl className="picture-stats" aria-label={t('picture.stats')}>
        {stats.map(([count, label]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{count}</dd>
          </div>
        ))}
      </dl>
      <PicturePuzzleView puzzle={picture.puzzle} total={picture.organisationCount} />
      <ValueGroup id="picture-shared" title={t('picture.shared.title')} intro={t('picture.shared.intro')} empty={t('picture.shared.empty')}>
        {picture.shared.length > 0 ? (
          <ul className="picture-values">
            {picture.shared.map((value, index) => (
              <PictureValueCard key={value.id} value={value} variant="shared" index={index} />
            ))}
          </ul>
        ) : null}
      </ValueGroup>
      {picture.single.length > 0 ? (
        <ValueGroup id="picture-single" title={t('picture.single.title')}>
          <ul className="picture-values">
            {picture.single.map((value, index) => (
              <PictureValueCard key={value.id} value={value} variant="single" index={index} />
            ))}
          </ul>
        </ValueGroup>
      ) : null}
      {picture.unplaced.length > 0 ? (
        <ValueGroup id="picture-unplaced" title={t('picture.none.title')}>
          <UnplacedValues values={picture.unplaced} />
        </ValueGroup>
      ) : null}
    </>
  );
}

interface ValueGroupProps {
  id: string;
  title: string;
  intro?: string;
  /** Said when the group has nothing to show (`children` is null). */
  empty?: string;
  children: ReactNode;
}

function ValueGroup({ id, title, intro, empty, children }: ValueGroupProps) {
  return (
    <section className={`picture-group ${id}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {intro ? <p className="picture-group-intro">{intro}</p> : null}
      {children ?? (empty ? <p className="empty">{empty}</p> : null)}
    </section>
  );
}

function UnplacedValues({ values }: { values: PictureValue[] }) {
  const { t } = useT();
  return (
    <ul className="picture-unplaced">
      {values.map((value) => (
        <li key={value.id}>
          <span className="swatch" aria-hidden="true" style={{ background: value.colour }} />
          <span className="picture-unplaced-name">{hyphenateLongWords(value.name)}</span>
          <span className="picture-count">{t('picture.count', { held: value.count, count: value.total })}</span>
        </li>
      ))}
    </ul>
  );
}

function DiscussionPrompts() {
  const { t } = useT();
  const id = useId();
  return (
    <section className="picture-prompts" aria-labelledby={id}>
      <h3 id={id}>{t('picture.prompts.title')}</h3>
      <ol>
        {([1, 2, 3, 4, 5] as const).map((number) => (
          <li key={number}>{t(`picture.prompt${number}`)}</li>
        ))}
      </ol>
    </section>
  );
}
