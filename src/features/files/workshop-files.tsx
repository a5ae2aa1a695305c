import { useSyncExternalStore, type ReactNode } from 'react';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices, useT, useUi } from '../../ui/app-context.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { useSaveFile } from './save-file.tsx';
import './files.css';

/** Saves the open workshop as a file (a backup); the dialog asks about contact persons first. */
function useSaveWorkshop(session: WorkshopSession): { save: () => void; dialog: ReactNode } {
  const { t } = useT();
  const { store } = useServices();
  const saver = useSaveFile();
  const save = () => {
    const workshop = session.getSnapshot();
    saver.save({ workshops: [workshop], title: workshop.setup.title, onSaved: (fileName) => store.getState().announce(t('files.exported', { file: fileName })) });
  };
  return { save, dialog: saver.dialog };
}

/** The workshop toolbar's "save as file". */
export function ExportWorkshopButton({ session }: { session: WorkshopSession }) {
  const { t } = useT();
  const { save, dialog } = useSaveWorkshop(session);
  return (
    <>
      <button type="button" onClick={save}>
        {t('files.exportOne')}
      </button>
      {dialog}
    </>
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
  const { save, dialog } = useSaveWorkshop(session);
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
      {dialog}
    </section>
  );
}
