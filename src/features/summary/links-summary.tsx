import { actorTypeColour } from '../../domain/actor-type.ts';
import { linkCounts } from '../../domain/link.ts';
import type { Workshop } from '../../domain/workshop.ts';
import { useT, useUi } from '../../ui/app-context.tsx';
import { NetworkPicture } from '../../ui/network-picture.tsx';

/** The strengthening links: the network picture with the links as sentences, and how many each organisation gives and receives. */
export function LinksSummary({ workshop }: { workshop: Workshop }) {
  const { t } = useT();
  const isProjector = useUi((state) => state.isProjector);
  const counts = linkCounts(
    workshop.organisations.map((organisation) => organisation.id),
    workshop.links,
  );
  return (
    <section className="summary-section" aria-labelledby="summary-links">
      <h3 id="summary-links">{t('summary.links.title')}</h3>
      {workshop.links.length === 0 ? (
        <p className="empty">{t('summary.links.none')}</p>
      ) : (
        <div className="links-layout">
          <NetworkPicture organisations={workshop.organisations} links={workshop.links} isListVisible size={isProjector ? 'wide' : 'fit'} />
          <div>
            <h4>{t('summary.links.counts')}</h4>
            <ul className="link-counts">
              {workshop.organisations.map((organisation) => (
                <li key={organisation.id}>
                  <span className="swatch" style={{ background: actorTypeColour(organisation.actorType) }} aria-hidden="true" /> <strong>{organisation.name}</strong>{' '}
                  <span className="hint">
                    {t('summary.links.gives', { count: counts[organisation.id]?.out ?? 0 })} · {t('summary.links.receives', { count: counts[organisation.id]?.in ?? 0 })}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </section>
  );
}
