import type { Agreement } from '../../domain/agreement.ts';
import type { Link } from '../../domain/link.ts';
import { useT } from '../../ui/app-context.tsx';

interface LinkListProps {
  links: readonly Link[];
  agreements: readonly Agreement[];
  nameOf: (organisationId: string) => string;
  onUse: (link: Link) => void;
}

/** The strengthening links, each with a button that opens the agreement form filled in from it. */
export function LinkList({ links, agreements, nameOf, onUse }: LinkListProps) {
  const { t } = useT();
  return (
    <section className="card link-list" aria-labelledby="agreement-links-title">
      <h3 id="agreement-links-title">{t('agreements.links.title')}</h3>
      {links.length === 0 ? (
        <p className="empty">{t('agreements.links.none')}</p>
      ) : (
        <>
          <p className="hint">{t('agreements.links.intro')}</p>
          <ul>
            {links.map((link) => {
              const words = { from: nameOf(link.fromId), to: nameOf(link.toId), text: link.text };
              const isUsed = agreements.some((agreement) => agreement.linkId === link.id);
              return (
                <li key={link.id}>
                  <p>{t('agreements.links.sentence', words)}</p>
                  <div className="link-actions">
                    {isUsed ? <span className="link-used">✓ {t('agreements.links.used')}</span> : null}
                    <button type="button" aria-label={t('agreements.links.useLabel', words)} onClick={() => onUse(link)}>
                      {t('agreements.links.use')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
