import { useSyncExternalStore } from 'react';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices, useT, useUi } from '../../ui/app-context.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { downloadWorkshops } from './workshop-export.ts';
import './files.css';

/** Saves the open workshop as a file (a backup). */
function useSaveWorkshop(session: WorkshopSession): () => void {
  const { t } = useT();
  const { catalogue, store } = useServices();
  return () => {
    const workshop = session.getSnapshot();
    void downloadWorkshops(catalogue, [workshop], workshop.setup.title).then((fileName) => store.getState().announce(t('files.exported', { file: fileName })));
  };
}

/** The workshop toolbar's "save as file". */
export function ExportWorkshopButton({ session }: { session: WorkshopSession }) {
  const { t } = useT();
  const save = useSaveWorkshop(session);
  return (
    <button type="button" onClick={save}>
      {t('files.exportOne')}
    </button>
  );
}

/**
 * At the end of the workshop (Opsamling): offers a backup file and says when the last one was made,
 * and why it matters on an iPad.
 */
export function BackupOffer({ session }: { session: WorkshopSession }) {
  const { t } = useT();
  const language = useUi((state) => state.language);
  const { catalogue } = useServices();
  const save = useSaveWorkshop(session);
  // Re-read on every catalogue change: the backup time and "last changed" both live there.
  useSyncExternalStore(
    (listener) => catalogue.subscribe(listener),
    () => catalogue.list(),
  );
  const lastBackupAt = catalogue.lastBackupAt(session.id);
  const updatedAt = catalogue.get(session.id)?.updatedAt ?? 0;
  const isCurrent = lastBackupAt !== null && lastBackupAt >= updatedAt;

  return (
    <section className="backup-offer card" aria-labelledby="backup-offer-title">
      <h2 id="backup-offer-title">{t('files.backup.title')}</h2>
      <p>{t('files.backup.body')}</p>
      <p className="backup-time">
        {lastBackupAt === null
          ? t('files.noBackup')
          : `${t('files.lastBackup', { time: formatDateTime(lastBackupAt, language) })}${isCurrent ? '' : ` – ${t('files.backup.changedSince')}`}`}
      </p>
      <button type="button" className={isCurrent ? undefined : 'primary'} onClick={save}>
        {t('files.backup.save')}
      </button>
    </section>
  );
}
