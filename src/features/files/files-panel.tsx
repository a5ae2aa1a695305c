import { useRef, useState, useSyncExternalStore } from 'react';
import type { WorkshopSummary } from '../../state/catalogue.ts';
import { useServices, useT } from '../../ui/app-context.tsx';
import { ImportDialog } from './import-dialog.tsx';
import { StorageStatus } from './storage-status.tsx';
import { useImport } from './use-import.ts';
import { readWorkshops } from './workshop-export.ts';
import { useSaveFile } from './save-file.tsx';
import './files.css';

/** Whether a workshop changed after its last backup file (or never had one). */
function needsBackup(workshop: WorkshopSummary, lastBackupAt: number | null): boolean {
  return lastBackupAt === null || workshop.updatedAt > lastBackupAt;
}

/**
 * The start page's files: backups of every workshop in one file, importing a file, which workshops
 * changed since their last backup, and how safe the device's storage is.
 */
export function FilesPanel() {
  const { t, problem: problemText, problemDetail } = useT();
  const { catalogue, loadRepository, store } = useServices();
  const workshops = useSyncExternalStore(
    (listener) => catalogue.subscribe(listener),
    () => catalogue.list(),
  );
  const importer = useImport();
  const input = useRef<HTMLInputElement>(null);
  const [isExporting, setExporting] = useState(false);
  const saver = useSaveFile();
  const unsaved = workshops.filter((workshop) => needsBackup(workshop, catalogue.lastBackupAt(workshop.id)));

  const exportAll = async () => {
    setExporting(true);
    const snapshots = await readWorkshops(
      await loadRepository(),
      workshops.map((workshop) => workshop.id),
    );
    // A workshop stored by a newer version of the app cannot be read, so it is left out, and said so.
    const readIds = new Set(snapshots.map((snapshot) => snapshot.id));
    const leftOut = workshops.filter((workshop) => !readIds.has(workshop.id)).map((workshop) => workshop.title);
    setExporting(false);
    const tell = (fileName: string | null) => {
      const said = fileName === null ? [] : [t('files.exported', { file: fileName })];
      if (leftOut.length > 0) said.push(t('files.leftOut', { titles: leftOut.join(', ') }));
      store.getState().announce(said.join(' '));
    };
    if (snapshots.length > 0) saver.save({ workshops: snapshots, title: t('files.allFileTitle'), onSaved: tell });
    else tell(null);
  };

  return (
    <section className="files-panel card" aria-labelledby="files-panel-title">
      <h2 id="files-panel-title">{t('files.panel.title')}</h2>
      <p>{t('files.panel.why')}</p>
      {unsaved.length > 0 ? (
        <p className="files-unsaved">{t('files.panel.unsaved', { titles: unsaved.map((workshop) => workshop.title).join(', ') })}</p>
      ) : null}
      <div className="files-actions">
        <button type="button" className="primary" disabled={workshops.length === 0 || isExporting} onClick={() => void exportAll()}>
          {t('files.exportAll')}
        </button>
        <button type="button" disabled={importer.state.step === 'busy'} onClick={() => input.current?.click()}>
          {t('files.import')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={t('files.import')}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) importer.chooseFile(file);
          }}
        />
      </div>
      {importer.state.step === 'refused' ? (
        <div className="files-refused" role="alert">
          <p>
            <strong>{importer.state.fileName ? t('files.refused.named', { file: importer.state.fileName }) : t('files.refused')}</strong>{' '}
            {problemText(importer.state.problem)}
          </p>
          {importer.state.problem.code === 'import-failed' ? null : <p>{t('files.refused.nothingChanged')}</p>}
          {importer.state.problem.params?.placeKind === undefined ? null : (
            <details className="files-refused-detail">
              <summary>{t('fileProblem.detail')}</summary>
              <p>{problemDetail(importer.state.problem)}</p>
            </details>
          )}
        </div>
      ) : null}
      {importer.state.step === 'asking' ? <ImportDialog existing={importer.state.existing} onAnswer={importer.answer} onCancel={importer.cancel} /> : null}
      {saver.dialog}
      <StorageStatus />
    </section>
  );
}
