import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { MessageKey } from '../../i18n/da.ts';
import { useServices, useT } from '../../ui/app-context.tsx';
import { isJoinCodeShaped, normaliseJoinCode, pageApi, type ApiFailure, type FoundRoom, type JoinableOrganisation } from './live-api.ts';
import { loadJoined, saveJoined } from './live-records.ts';
import './live.css';

/** How often the list of organisations is asked for again while a tablet picks: one may be taken, or freed. */
const REFRESH_MS = 4_000;

/** The message for a refused or failed join (server/PROTOCOL.md, HTTP API codes). */
export function joinFailureKey(failure: ApiFailure): MessageKey {
  if (failure.kind === 'unreachable') return 'live.join.unreachable';
  switch (failure.code) {
    case 'join-code-unknown':
      return 'live.join.unknown';
    case 'join-rate-limited':
      return 'live.join.rateLimited';
    case 'joining-closed':
      return 'live.join.closed';
    case 'organisation-held':
      return 'live.join.held';
    default:
      return 'live.join.failed';
  }
}

/** Who has an organisation: nobody yet, this device, or another device (then it cannot be picked here). */
export function holderOf(organisation: JoinableOrganisation, deviceId: string | null): 'free' | 'this-device' | 'other-device' {
  if (organisation.heldBy === null) return 'free';
  return organisation.heldBy === deviceId ? 'this-device' : 'other-device';
}

/**
 * Joining a live session on a tablet: type the code (or come from the QR code with it filled in), then
 * pick the organisation. No account and nothing personal: the server hands out a key for the
 * organisation, kept on this device, and the device holds the organisation: another tablet sees it taken
 * until the facilitator frees it.
 */
export function JoinScreen({ initialCode }: { initialCode: string }) {
  const { t } = useT();
  const { store } = useServices();
  const codeId = useId();
  const [code, setCode] = useState(initialCode);
  const [message, setMessage] = useState<MessageKey | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [found, setFound] = useState<{ code: string; room: FoundRoom } | null>(null);
  const room = found?.room ?? null;
  const hasTriedInitial = useRef(false);
  const joined = room ? loadJoined(room.roomId) : null;
  const deviceId = joined?.role === 'participant' ? (joined.deviceId ?? null) : null;

  const findRoom = async (typed: string) => {
    const normalised = normaliseJoinCode(typed);
    if (!isJoinCodeShaped(normalised)) {
      setMessage('live.join.badShape');
      return;
    }
    setBusy(true);
    setMessage(null);
    const result = await pageApi().join(normalised);
    setBusy(false);
    if (!result.ok) {
      setMessage(joinFailureKey(result.failure));
      return;
    }
    setFound({ code: normalised, room: result.value });
  };

  /** The list again: who holds what now (quietly: a failure leaves the list as it was). */
  const refresh = async (code: string) => {
    const result = await pageApi().join(code);
    if (result.ok) setFound((current) => (current?.code === code ? { code, room: result.value } : current));
  };

  // While the tablet picks, the list follows the room: an organisation taken by another tablet, or freed.
  const foundCode = found?.code ?? null;
  useEffect(() => {
    if (!foundCode) return undefined;
    const timer = window.setInterval(() => void refresh(foundCode), REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [foundCode]);

  const pick = async (code: string, roomId: string, organisationId: string) => {
    setBusy(true);
    setMessage(null);
    // The key this tablet already has in the room, if any: it gets its own hold back, or moves it.
    const mine = loadJoined(roomId);
    const result = await pageApi().participate(roomId, organisationId, mine?.role === 'participant' ? mine.key : null);
    setBusy(false);
    if (!result.ok) {
      setMessage(joinFailureKey(result.failure));
      void refresh(code);
      return;
    }
    const { participantKey, deviceId: device } = result.value;
    saveJoined({ roomId, key: participantKey, role: 'participant', organisationId, deviceId: device });
    store.getState().navigate({ name: 'live', roomId, key: null });
  };

  // From the QR code the code is in the address: ask at once.
  useEffect(() => {
    if (hasTriedInitial.current || !initialCode) return;
    hasTriedInitial.current = true;
    void findRoom(initialCode);
    // Once per code in the address (findRoom is a new function each render and is left out on purpose).
  }, [initialCode]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!isBusy) void findRoom(code);
  };

  const isAnyTaken = room?.organisations.some((organisation) => holderOf(organisation, deviceId) === 'other-device') ?? false;
  return (
    <section className="screen join-screen" aria-labelledby="join-title">
      {found && room ? (
        <>
          <h1 id="join-title">{t('live.join.pickTitle')}</h1>
          <p className="lead">{t('live.join.pickIntro')}</p>
          {room.organisations.length === 0 ? <p role="status">{t('live.join.noOrganisations')}</p> : null}
          <ul className="join-organisations">
            {room.organisations.map((organisation) => {
              const holder = holderOf(organisation, deviceId);
              const noteId = `${codeId}-${organisation.id}`;
              return (
                <li key={organisation.id} className={`is-${holder}`}>
                  <button
                    type="button"
                    className="join-organisation"
                    disabled={isBusy || holder === 'other-device'}
                    aria-describedby={holder === 'free' ? undefined : noteId}
                    onClick={() => void pick(found.code, room.roomId, organisation.id)}
                  >
                    {organisation.name}
                  </button>
                  {holder === 'free' ? null : (
                    <span id={noteId} className="join-organisation-note">
                      {t(holder === 'this-device' ? 'live.join.yours' : 'live.join.taken')}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
          {isAnyTaken ? <p className="field-hint">{t('live.join.takenHint')}</p> : null}
          {message ? (
            <p className="live-message" role="alert">
              {t(message)}
            </p>
          ) : null}
          <button type="button" className="quiet" onClick={() => setFound(null)}>
            {t('live.join.back')}
          </button>
        </>
      ) : (
        <>
          <h1 id="join-title">{t('live.join.title')}</h1>
          <p className="lead">{t('live.join.intro')}</p>
          <form className="join-form" onSubmit={onSubmit} noValidate>
            <label htmlFor={codeId}>{t('live.join.codeLabel')}</label>
            <input
              id={codeId}
              className="join-code-input"
              value={code}
              onChange={(event) => setCode(event.target.value)}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={12}
              aria-invalid={message !== null}
              aria-describedby={message ? `${codeId}-message` : undefined}
            />
            <button type="submit" className="primary" disabled={isBusy}>
              {isBusy ? t('live.join.checking') : t('live.join.submit')}
            </button>
          </form>
          {message ? (
            <p className="live-message" role="alert" id={`${codeId}-message`}>
              {t(message)}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
