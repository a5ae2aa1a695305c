import { useId, useRef, useState } from 'react';
import { useServices, useT, useUi } from '../../ui/app-context.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { forgetJoinedRoom } from './forget-room.ts';
import { listJoined, type JoinedRecord } from './live-records.ts';
import './live.css';

/**
 * For the start page: the live sessions this device joined as a tablet or projector and still keeps
 * (a copy of the workshop and a key each), with a way to forget one or all of them before a shared
 * tablet goes to the next group. Shows nothing on a device that never joined one.
 */
export function JoinedSessions() {
  const { t } = useT();
  const { docStore, store } = useServices();
  const language = useUi((state) => state.language);
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [records, setRecords] = useState(listJoined);
  const [hasForgotten, setHasForgotten] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [hasFailed, setFailed] = useState(false);

  if (records.length === 0 && !hasForgotten) return null;

  const nameOf = (record: JoinedRecord) =>
    t('live.sessions.name', {
      title: record.title || t('live.sessions.untitled'),
      who:
        record.role === 'projector'
          ? t('live.sessions.projector')
          : record.organisationName
            ? t('live.sessions.tablet', { organisation: record.organisationName })
            : t('live.sessions.tabletUnknown'),
    });

  const forget = async (doomed: JoinedRecord[], announcement: string) => {
    setBusy(true);
    setFailed(false);
    try {
      for (const record of doomed) await forgetJoinedRoom(docStore, record);
      store.getState().announce(announcement);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
      setHasForgotten(true);
      setRecords(listJoined());
      // The button that had the focus is gone: the list's heading takes it.
      heading.current?.focus();
    }
  };

  return (
    <section className="card joined-sessions" aria-labelledby={titleId}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {t('live.sessions.title')}
      </h2>
      {records.length === 0 ? (
        <p>{t('live.sessions.none')}</p>
      ) : (
        <>
          <p>{t('live.sessions.intro')}</p>
          <ul className="joined-sessions-list">
            {records.map((record) => {
              const name = nameOf(record);
              return (
                <li key={record.roomId}>
                  <span className="joined-sessions-name">{name}</span>
                  {record.joinedAt ? (
                    <span className="joined-sessions-when">{t('live.sessions.joined', { time: formatDateTime(record.joinedAt, language) })}</span>
                  ) : null}
                  <span className="row-actions">
                    <a href={`#/live/${record.roomId}`} aria-label={t('live.sessions.openNamed', { name })}>
                      {t('live.sessions.open')}
                    </a>
                    <button
                      type="button"
                      className="danger-quiet"
                      disabled={isBusy}
                      aria-label={t('live.sessions.forgetNamed', { name })}
                      onClick={() => void forget([record], t('live.sessions.forgotten', { name }))}
                    >
                      {t('live.sessions.forget')}
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
          {records.length > 1 ? (
            <button type="button" className="danger-quiet" disabled={isBusy} onClick={() => void forget(records, t('live.sessions.allForgotten'))}>
              {t('live.sessions.forgetAll')}
            </button>
          ) : null}
        </>
      )}
      {hasFailed ? (
        <p className="field-error" role="alert">
          {t('live.sessions.failed')}
        </p>
      ) : null}
    </section>
  );
}
