import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import type { Workshop } from '../../domain/workshop.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices, useT } from '../../ui/app-context.tsx';
import { lastLeftWorkshop, noteLeftWorkshop, noteOffered, offeredSoFar, shouldOfferBackup } from './backup-reminder.ts';
import { useSaveFile } from './save-file.tsx';
import './files.css';

/**
 * For the open workshop's screen: when it is left, notes which workshop it was, how it stood when it
 * was opened and as it is left, so the start page can offer a backup of what changed in between.
 */
export function useNoteLeaving(session: WorkshopSession): void {
  const { catalogue } = useServices();
  useEffect(() => {
    const updatedAtOnOpen = catalogue.get(session.id)?.updatedAt ?? 0;
    return () => noteLeftWorkshop({ id: session.id, updatedAtOnOpen, snapshot: session.getSnapshot() });
  }, [catalogue, session]);
}

/**
 * On the start page, after leaving a workshop that changed since its last backup: a notice offering a
 * backup file ("Gem en sikkerhedskopi" / "Ikke nu"). It never blocks and never moves the focus, and a
 * workshop is offered once per state (see backup-reminder.ts).
 */
export function LeaveBackupOffer() {
  const { t } = useT();
  const { catalogue, store } = useServices();
  const headingId = useId();
  useSyncExternalStore(
    (listener) => catalogue.subscribe(listener),
    () => catalogue.list(),
  );
  const [offer, setOffer] = useState<{ id: string; updatedAt: number; snapshot: Workshop } | null>(null);
  const [isAnswered, setAnswered] = useState(false);
  const saver = useSaveFile();

  // Decided once, when the start page comes up, in an effect: the workshop's screen notes that it was
  // left in its own effect's cleanup, which React runs before this. The offer then stays until answered.
  useEffect(() => {
    const left = lastLeftWorkshop();
    const summary = left ? catalogue.get(left.id) : undefined;
    if (!left || !summary || !shouldOfferBackup(left, summary, catalogue.lastBackupAt(left.id), offeredSoFar())) return;
    noteOffered(summary.id, summary.updatedAt);
    setOffer({ id: summary.id, updatedAt: summary.updatedAt, snapshot: left.snapshot });
  }, [catalogue]);

  const summary = offer ? catalogue.get(offer.id) : undefined;
  const lastBackupAt = offer ? catalogue.lastBackupAt(offer.id) : null;
  // A backup made another way (the row's button) answers the offer too; so does deleting the workshop.
  const isOpen = offer !== null && summary !== undefined && !isAnswered && (lastBackupAt === null || lastBackupAt < summary.updatedAt);
  const title = summary ? t(lastBackupAt === null ? 'files.leave.title.never' : 'files.leave.title', { title: summary.title }) : '';

  // The notice does not take the focus, so a screen reader is told that it appeared.
  useEffect(() => {
    if (isOpen) store.getState().announce(title);
  }, [isOpen, store, title]);

  if (!isOpen || !offer) return saver.dialog;

  const save = () => {
    saver.save({
      workshops: [offer.snapshot],
      title: offer.snapshot.setup.title,
      onSaved: (fileName) => {
        setAnswered(true);
        store.getState().announce(t('files.exported', { file: fileName }));
      },
    });
  };

  return (
    <section className="leave-backup card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p>{t('files.leave.body')}</p>
      <div className="files-actions">
        <button type="button" className="primary" onClick={() => void save()}>
          {t('files.leave.save')}
        </button>
        <button type="button" onClick={() => setAnswered(true)}>
          {t('files.leave.later')}
        </button>
      </div>
      {saver.dialog}
    </section>
  );
}
