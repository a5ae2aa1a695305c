import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { MessageKey } from '../../i18n/da.ts';
import { useServices, useT } from '../../ui/app-context.tsx';
import { isJoinCodeShaped, normaliseJoinCode, pageApi, type ApiFailure, type FoundRoom } from './live-api.ts';
import { saveJoined } from './live-records.ts';
import './live.css';

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
    default:
      return 'live.join.failed';
  }
}

/**
 * Joining a live session on a tablet: type the code (or come from the QR code with it filled in), then
 * pick the organisation. No account and nothing personal: the server hands out a key for the
 * organisation, kept on this device.
 */
export function JoinScreen({ initialCode }: { initialCode: string }) {
  const { t } = useT();
  const { store } = useServices();
  const codeId = useId();
  const [code, setCode] = useState(initialCode);
  const [message, setMessage] = useState<MessageKey | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [room, setRoom] = useState<FoundRoom | null>(null);
  const hasTriedInitial = useRef(false);

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
    setRoom(result.value);
  };

  const pick = async (found: FoundRoom, organisationId: string) => {
    setBusy(true);
    setMessage(null);
    const result = await pageApi().participate(found.roomId, organisationId);
    setBusy(false);
    if (!result.ok) {
      setMessage(joinFailureKey(result.failure));
      return;
    }
    saveJoined({ roomId: found.roomId, key: result.value, role: 'participant', organisationId });
    store.getState().navigate({ name: 'live', roomId: found.roomId, key: null });
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

  return (
    <section className="screen join-screen" aria-labelledby="join-title">
      {room ? (
        <>
          <h1 id="join-title">{t('live.join.pickTitle')}</h1>
          <p className="lead">{t('live.join.pickIntro')}</p>
          {room.organisations.length === 0 ? <p role="status">{t('live.join.noOrganisations')}</p> : null}
          <ul className="join-organisations">
            {room.organisations.map((organisation) => (
              <li key={organisation.id}>
                <button type="button" className="join-organisation" disabled={isBusy} onClick={() => void pick(room, organisation.id)}>
                  {organisation.name}
                </button>
              </li>
            ))}
          </ul>
          {message ? (
            <p className="live-message" role="alert">
              {t(message)}
            </p>
          ) : null}
          <button type="button" className="quiet" onClick={() => setRoom(null)}>
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
