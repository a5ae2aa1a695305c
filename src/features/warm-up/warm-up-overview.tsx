import { actorTypeColour } from '../../domain/actor-type.ts';
import { activeWarmUpPieces } from '../../domain/warm-up.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useT, useUi } from '../../ui/app-context.tsx';
import { useDone } from '../../ui/use-steering.ts';
import { useWorkshop } from '../../ui/use-workshop.ts';
import { AnswerList } from './answer-list.tsx';
import { listNames, organisationNames } from './names.ts';

/** Opvarmning on the projector: the answers as they come in (and who is done), the pieces in play, large and read only. */
export function WarmUpOverview({ session }: { session: WorkshopSession }) {
  const { t } = useT();
  const language = useUi((state) => state.language);
  const { organisations, warmUp } = useWorkshop(session);
  const done = useDone(session);
  const pieces = activeWarmUpPieces(warmUp.pieces);
  return (
    <section className="screen warm-up-overview" aria-labelledby="warm-up-title">
      <h1 id="warm-up-title">{t('warmUp.title')}</h1>
      <p className="lead">{t('warmUp.intro')}</p>
      <h2>{t('warmUp.projector.answers')}</h2>
      {organisations.length === 0 ? <p className="empty">{t('warmUp.noOrganisations')}</p> : null}
      <div className="warm-up-orgs">
        {organisations.map((organisation) => {
          const answers = warmUp.answers[organisation.id] ?? [];
          return (
            <article key={organisation.id} className="warm-up-org" aria-labelledby={`overview-${organisation.id}`}>
              <h3 id={`overview-${organisation.id}`}>
                <span className="swatch" aria-hidden="true" style={{ background: actorTypeColour(organisation.actorType) }} /> {organisation.name}
              </h3>
              {done[organisation.id]?.includes('opvarmning') ? (
                <p className="overview-done">
                  <span aria-hidden="true">✓ </span>
                  {t('steering.status.done')}
                </p>
              ) : null}
              <AnswerList answers={answers} />
            </article>
          );
        })}
      </div>
      <h2>{t('warmUp.pieces.title')}</h2>
      {pieces.length === 0 ? <p className="empty">{t('warmUp.pieces.empty')}</p> : null}
      <ul className="overview-pieces">
        {pieces.map((piece) => (
          <li key={piece.id} style={{ background: piece.colour }}>
            <span className="overview-piece-name">{piece.name}</span>
            <span className="overview-piece-by">
              {t('warmUp.piece.proposedBy', { names: listNames(organisationNames(organisations, piece.proposedBy), language) })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
