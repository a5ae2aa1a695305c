import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../ui/app-context.tsx';
import { DeviceHolds } from './device-holds.tsx';
import { pageApi, type HostedRoom } from './live-api.ts';
import './live.css';

/** The page's address without query or hash: where the app is served. */
function pageBase(): string {
  return `${location.origin}${location.pathname}`;
}

/** The address tablets open: `#/join/<code>` on the server's first local-network address. */
export function joinUrl(base: string, code: string): string {
  return `${base}#/join/${code}`;
}

/** The projector's address: read-only, the projector key in the hash (never sent to a server log). */
export function projectorUrl(base: string, room: Pick<HostedRoom, 'roomId' | 'projectorKey'>): string {
  return `${base}?view=projector#/live/${room.roomId}/${room.projectorKey}`;
}

/** A QR code of `text` as an SVG data URL (the QR library loads only when the panel opens). */
async function qrDataUrl(text: string): Promise<string> {
  const { toString } = await import('qrcode');
  const svg = await toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * What the facilitator shows the room to let tablets in: a QR code of the join address, the short code
 * in big letters, closing and reopening joining, the projector link, and which tablet holds which
 * organisation.
 */
export function JoinPanel({ room, onClose }: { room: HostedRoom; onClose: () => void }) {
  const { t } = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [base, setBase] = useState<string | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  const [isJoiningOpen, setJoiningOpen] = useState<boolean | null>(null);
  const [hasFailed, setFailed] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  useEffect(() => {
    let isCurrent = true;
    const api = pageApi();
    void api.addresses().then((result) => {
      if (isCurrent) setBase(result.ok && result.value[0] ? result.value[0] : pageBase());
    });
    void api.joiningOpen(room).then((result) => {
      if (isCurrent && result.ok) setJoiningOpen(result.value);
    });
    return () => {
      isCurrent = false;
    };
  }, [room]);

  const address = base ? joinUrl(base, room.joinCode) : null;
  useEffect(() => {
    if (!address) return undefined;
    let isCurrent = true;
    void qrDataUrl(address).then((url) => {
      if (isCurrent) setQr(url);
    });
    return () => {
      isCurrent = false;
    };
  }, [address]);

  const toggleJoining = async () => {
    const result = await pageApi().setJoining(room, !isJoiningOpen);
    setFailed(!result.ok);
    if (result.ok) setJoiningOpen(result.value);
  };

  return (
    <dialog
      ref={ref}
      className="dialog join-panel"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{t('live.panel.title')}</h2>
      <p>{t('live.panel.scan')}</p>
      <div className="join-panel-body">
        <div className="join-qr">{qr ? <img src={qr} alt={t('live.panel.qrAlt')} width={320} height={320} /> : null}</div>
        <div className="join-details">
          <p className="join-code-label">{t('live.panel.codeLabel')}</p>
          <p className="join-code" data-testid="join-code">
            {room.joinCode}
          </p>
          {address ? (
            <p className="join-address">
              {t('live.panel.address')}: <span>{address}</span>
            </p>
          ) : null}
          {isJoiningOpen === null ? null : (
            <>
              <p role="status">{isJoiningOpen ? t('live.panel.joiningOpen') : t('live.panel.joiningClosed')}</p>
              <button type="button" onClick={() => void toggleJoining()}>
                {isJoiningOpen ? t('live.panel.closeJoining') : t('live.panel.openJoining')}
              </button>
            </>
          )}
          {hasFailed ? <p role="alert">{t('live.panel.joiningFailed')}</p> : null}
          {base ? (
            <p className="join-projector">
              <a href={projectorUrl(base, room)} target="_blank" rel="noreferrer">
                {t('live.panel.projectorLink')}
              </a>
              <span className="field-hint">{t('live.panel.projectorHint')}</span>
            </p>
          ) : null}
        </div>
      </div>
      <DeviceHolds room={room} />
      <div className="dialog-actions">
        <button type="button" autoFocus onClick={onClose}>
          {t('live.panel.close')}
        </button>
      </div>
    </dialog>
  );
}
