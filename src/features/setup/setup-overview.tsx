import { actorTypeColour } from '../../domain/actor-type.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useT, useUi } from '../../ui/app-context.tsx';
import { formatDate } from '../../ui/format.ts';
import { useWorkshop } from '../../ui/use-workshop.ts';

/** Forberedelse on the projector: the workshop's facts and who takes part, read only. */
export function SetupOverview({ session }: { session: WorkshopSession }) {
  const { t } = useT();
  const language = useUi((state) => state.language);
  const { setup, organisations } = useWorkshop(session);
  const facts: [string, string][] = [
    [t('projector.date'), setup.date ? formatDate(setup.date, language) : ''],
    [t('projector.place'), setup.place],
    [t('projector.facilitator'), setup.facilitator],
  ];
  return (
    <section className="screen setup-overview" aria-labelledby="overview-title">
      <h1 id="overview-title">{setup.title}</h1>
      {setup.initiative ? <p className="lead">{setup.initiative}</p> : null}
      <p className="kind">{t(`setup.kind.${setup.kind}`)}</p>
      <dl className="facts">
        {facts
          .filter(([, value]) => value !== '')
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <h2>{t('projector.organisations')}</h2>
      <ul className="org-chips">
        {organisations.map((organisation) => (
          <li key={organisation.id}>
            <span className="swatch" aria-hidden="true" style={{ background: actorTypeColour(organisation.actorType) }} />
            {organisation.name}
            <span className="visually-hidden">, {t(`actor.${organisation.actorType}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
