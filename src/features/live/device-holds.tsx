import { useEffect, useId, useState } from 'react';
import { useT, useUi } from '../../ui/app-context.tsx';
import { formatTime } from '../../ui/format.ts';
import { pageApi, type Hold, type HostedRoom, type LiveOrganisation, type RoomStatus } from './live-api.ts';
import './live.css';

/** How often the list is asked for again while it is on screen: tablets choose, connect and drop off. */
const REFRESH_MS = 3_000;

/** Each organisation of the room with the device that holds it, if any, in the workshop's order. */
export function holdsByOrganisation(status: Pick<RoomStatus, 'organisations' | 'holds'>): { organisation: LiveOrganisation; hold: Hold | null }[] {
  return status.organisations.map((organisation) => ({
    organisation,
    hold: status.holds.find((hold) => hold.organisationId === organisation.id) ?? null,
  }));
}

/**
 * The facilitator's view of which tablet holds which organisation (in the join panel): when it chose it,
 * whether it is connected, a button that frees it (its tablet is disconnected, and the next one to choose
 * the organisation gets it), and whether one tablet may be several organisations.
 */
export function DeviceHolds({ room }: { room: HostedRoom }) {
  const { t } = useT();
  const language = useUi((state) => state.language);
  const titleId = useId();
  const [status, setStatus] = useState<RoomStatus | null>(null);
  const [hasFailed, setFailed] = useState(false);
  const [changes, setChanges] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    const load = async () => {
      const result = await pageApi().status(room);
      if (!isCurrent) return;
      setFailed(!result.ok);
      if (result.ok) setStatus(result.value);
    };
    void load();
    const timer = window.setInterval(() => void load(), REFRESH_MS);
    return () => {
      isCurrent = false;
      window.clearInterval(timer);
    };
  }, [room, changes]);

  const release = async (organisationId: string) => {
    const result = await pageApi().release(room, organisationId);
    setFailed(!result.ok);
    setChanges((count) => count + 1);
  };

  const setShared = async (isAllowed: boolean) => {
    const result = await pageApi().setSharedTablets(room, isAllowed);
    setFailed(!result.ok);
    setChanges((count) => count + 1);
  };

  return (
    <section className="device-holds" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('live.holds.title')}</h3>
      <p className="field-hint">{t('live.holds.intro')}</p>
      {status ? (
        <>
          <ul className="device-hold-list">
            {holdsByOrganisation(status).map(({ organisation, hold }) => (
              <li key={organisation.id} className={hold?.isConnected ? 'is-present' : undefined}>
                <span className="connection-dot" aria-hidden="true" />
                <span className="device-hold-name">{organisation.name}</span>
                <span className="device-hold-who">
                  {hold
                    ? `${t('live.holds.heldBy', { device: hold.device || t('live.holds.unknownDevice'), time: formatTime(hold.claimedAt, language) })} · ${t(hold.isConnected ? 'live.holds.connected' : 'live.holds.notConnected')}`
                    : t('live.holds.free')}
                </span>
                {hold ? (
                  <button type="button" aria-label={t('live.holds.releaseLabel', { name: organisation.name })} onClick={() => void release(organisation.id)}>
                    {t('live.holds.release')}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
          <label className="device-holds-shared">
            <input type="checkbox" checked={status.sharedTablets} onChange={(event) => void setShared(event.target.checked)} />
            {t('live.holds.shared')}
          </label>
          <p className="field-hint">{t('live.holds.sharedHint')}</p>
        </>
      ) : null}
      {hasFailed ? <p role="alert">{t('live.holds.failed')}</p> : null}
    </section>
  );
}
