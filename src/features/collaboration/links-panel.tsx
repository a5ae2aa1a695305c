import type { Link } from '../../domain/link.ts';
import { removeLink } from '../../state/collaboration-commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices, useT } from '../../ui/app-context.tsx';

interface LinksPanelProps {
  session: WorkshopSession;
  links: readonly Link[];
  nameOf: (orgId: string) => string;
  onEdit: (link: Link) => void;
}

/** Every link in the workshop, numbered as on the network picture, each editable and removable. */
export function LinksPanel({ session, links, nameOf, onEdit }: LinksPanelProps) {
  const { t } = useT();
  const { store } = useServices();
  const remove = (link: Link) => {
    const result = removeLink(session.context, link.id);
    if (result.ok) store.getState().announce(t('collaboration.link.removed', { from: nameOf(link.fromId), to: nameOf(link.toId) }));
  };
  return (
    <section className="links-panel" aria-labelledby="links-title">
      <h3 id="links-title">
        {t('collaboration.links.title')} <span className="count">({links.length})</span>
      </h3>
      {links.length === 0 ? (
        <p className="empty">{t('collaboration.links.empty')}</p>
      ) : (
        <ol className="link-list">
          {links.map((link) => {
            const names = { from: nameOf(link.fromId), to: nameOf(link.toId) };
            return (
              <li key={link.id}>
                <span className="link-sentence">{t('collaboration.link.sentence', { ...names, text: link.text })}</span>
                {link.proposedBy ? <span className="link-proposer">{t('collaboration.link.proposedBy', { name: nameOf(link.proposedBy) })}</span> : null}
                <span className="link-actions">
                  <button type="button" aria-label={t('collaboration.link.editNamed', names)} onClick={() => onEdit(link)}>
                    {t('collaboration.link.edit')}
                  </button>
                  <button type="button" className="danger-quiet" aria-label={t('collaboration.link.removeNamed', names)} onClick={() => remove(link)}>
                    {t('collaboration.link.remove')}
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
