import { useDroppable } from '@dnd-kit/core';
import type { Ref } from 'react';
import { actorTypeColour } from '../../domain/actor-type.ts';
import type { Organisation } from '../../domain/organisation.ts';
import { useT } from '../../ui/app-context.tsx';
import type { TileData } from './drag.ts';

interface OrganisationTilesProps {
  organisations: readonly Organisation[];
  counts: Readonly<Record<string, { out: number; in: number }>>;
  /** Opens the link form towards this organisation (a tap or a key press instead of a drag). */
  onChoose: (orgId: string) => void;
  /** The list, which scrolls while a card is carried near its edge (`useEdgeScroll`). */
  listRef?: Ref<HTMLUListElement>;
}

/** The organisations as tiles to drop an offer card on; each is also a button that opens the link form. */
export function OrganisationTiles({ organisations, counts, onChoose, listRef }: OrganisationTilesProps) {
  const { t } = useT();
  return (
    <ul ref={listRef} className="org-tiles" aria-label={t('collaboration.link.dropTargets')}>
      {organisations.map((organisation) => {
        const count = (counts[organisation.id]?.out ?? 0) + (counts[organisation.id]?.in ?? 0);
        return <OrganisationTile key={organisation.id} organisation={organisation} linkCount={count} onChoose={onChoose} />;
      })}
    </ul>
  );
}

function OrganisationTile({ organisation, linkCount, onChoose }: { organisation: Organisation; linkCount: number; onChoose: (orgId: string) => void }) {
  const { t } = useT();
  const data: TileData = { kind: 'tile', orgId: organisation.id, name: organisation.name };
  const { setNodeRef, isOver } = useDroppable({ id: `tile:${organisation.id}`, data });
  return (
    <li ref={setNodeRef} className={isOver ? 'org-tile is-over' : 'org-tile'} style={{ borderColor: actorTypeColour(organisation.actorType) }} data-org-tile={organisation.name}>
      <button type="button" onClick={() => onChoose(organisation.id)}>
        <span className="org-tile-dot" aria-hidden="true" style={{ background: actorTypeColour(organisation.actorType) }} />
        <span className="org-tile-name">{organisation.name}</span>
        <span className="org-tile-count">{t('collaboration.link.linkCount', { count: linkCount })}</span>
      </button>
      {isOver ? (
        <span className="org-tile-drop" aria-hidden="true">
          {t('collaboration.link.dropOn', { name: organisation.name })}
        </span>
      ) : null}
    </li>
  );
}
