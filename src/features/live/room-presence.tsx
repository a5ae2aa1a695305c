import type { Organisation } from '../../domain/organisation.ts';
import type { ValueInPlay } from '../../domain/value.ts';
import type { PeerPresence } from '../../state/live-sync.ts';
import { useT } from '../../ui/app-context.tsx';
import { valueName } from '../../ui/value-name.ts';
import './live.css';

/** How many devices of each organisation are in the room now (tablets tell their organisation). */
export function devicesPerOrganisation(peers: PeerPresence[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const peer of peers) {
    if (peer.role !== 'participant' || peer.organisationId === null) continue;
    counts.set(peer.organisationId, (counts.get(peer.organisationId) ?? 0) + 1);
  }
  return counts;
}

/** The pieces being carried right now, by which organisation, in the board's organisation order. */
export function remoteDrags(peers: PeerPresence[], organisations: Organisation[], values: ValueInPlay[]): { organisation: Organisation; value: ValueInPlay }[] {
  return peers.flatMap((peer) => {
    const organisation = organisations.find((candidate) => candidate.id === peer.organisationId);
    const value = values.find((candidate) => candidate.id === peer.dragging?.valueId);
    return organisation && value ? [{ organisation, value }] : [];
  });
}

interface RoomPresenceProps {
  peers: PeerPresence[];
  organisations: Organisation[];
  values: ValueInPlay[];
  /**
   * Whether the sections are revealed. Before that the projector hides every section's content, so a
   * carried piece is shown as "a piece", not by its value.
   */
  isRevealed: boolean;
}

/** The projector's view of the room: who is connected per organisation, and the pieces moving now. */
export function RoomPresence({ peers, organisations, values, isRevealed }: RoomPresenceProps) {
  const { t } = useT();
  const counts = devicesPerOrganisation(peers);
  const drags = remoteDrags(peers, organisations, values);
  return (
    <aside className="room-presence" aria-label={t('live.presence.title')}>
      <h2 className="room-presence-title">{t('live.presence.title')}</h2>
      <ul className="presence-list">
        {organisations.map((organisation) => {
          const count = counts.get(organisation.id) ?? 0;
          return (
            <li key={organisation.id} className={count > 0 ? 'is-present' : undefined} data-organisation={organisation.id}>
              <span className="connection-dot" aria-hidden="true" />
              <span className="presence-name">{organisation.name}</span>
              <span className="presence-count">{count > 0 ? t('live.presence.count', { count }) : t('live.presence.none')}</span>
            </li>
          );
        })}
      </ul>
      <ul className="drag-list" aria-live="polite">
        {drags.map(({ organisation, value }) => (
          <li key={`${organisation.id}-${value.id}`} className="remote-drag">
            <span className="swatch" aria-hidden="true" style={isRevealed ? { background: value.colour } : undefined} />
            {isRevealed
              ? t('live.presence.moving', { organisation: organisation.name, piece: valueName(value, t) })
              : t('live.presence.movingHidden', { organisation: organisation.name })}
          </li>
        ))}
      </ul>
    </aside>
  );
}
