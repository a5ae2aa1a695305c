import type { WorkshopSummary } from '../../state/catalogue.ts';
import { useServices, useT, useUi } from '../../ui/app-context.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { readWorkshops } from './workshop-export.ts';
import { useSaveFile } from './save-file.tsx';

/** A start-page row's backup: when the last one was made, and a button to save the workshop as a file. */
export function RowFiles({ workshop }: { workshop: WorkshopSummary }) {
  const { t } = useT();
  const language = useUi((state) => state.language);
  const { catalogue, loadRepository, store } = useServices();
  const lastBackupAt = catalogue.lastBackupAt(workshop.id);
  const saver = useSaveFile();

  const save = async () => {
    const snapshots = await readWorkshops(await loadRepository(), [workshop.id]);
    if (snapshots.length === 0) {
      store.getState().announce(t('files.notExported', { title: workshop.title }));
      return;
    }
    saver.save({ workshops: snapshots, title: workshop.title, onSaved: (fileName) => store.getState().announce(t('files.exported', { file: fileName })) });
  };

  return (
    <div className="row-files">
      <span className="backup-time">
        {lastBackupAt === null ? t('files.noBackup') : t('files.lastBackup', { time: formatDateTime(lastBackupAt, language) })}
      </span>
      <button type="button" onClick={() => void save()} aria-label={t('files.exportOneNamed', { title: workshop.title })}>
        {t('files.exportOne')}
      </button>
      {saver.dialog}
    </div>
  );
}
