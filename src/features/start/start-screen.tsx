import { useId, useState, useSyncExternalStore, type FormEvent, type ReactNode } from 'react';
import type { Problem, Result } from '../../domain/result.ts';
import type { WorkshopSummary } from '../../state/catalogue.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { useServices, useT } from '../../ui/app-context.tsx';
import { FollowUpOverview } from './follow-up-overview.tsx';
import { WorkshopTable } from './workshop-table.tsx';

/**
 * The workshops on this device: create, open, copy and delete. The app adds what other features offer
 * here (files and backups) through `notice` (above everything else: the backup offered after leaving a
 * workshop), `tools` (right under the list: work across workshops), `panel` (below the list) and
 * `rowExtra` (in each workshop's row).
 */
export function StartScreen({ notice, tools, panel, rowExtra }: { notice?: ReactNode; tools?: ReactNode; panel?: ReactNode; rowExtra?: (workshop: WorkshopSummary) => ReactNode }) {
  const { t } = useT();
  const { catalogue, docStore, loadRepository, store } = useServices();
  const workshops = useSyncExternalStore(
    (listener) => catalogue.subscribe(listener),
    () => catalogue.list(),
  );
  const [toDelete, setToDelete] = useState<WorkshopSummary | null>(null);

  const open = (id: string) => store.getState().navigate({ name: 'workshop', id });

  const duplicate = async (workshop: WorkshopSummary) => {
    const copyTitle = (title: string) => t('start.copyTitle', { title });
    const result = await (await loadRepository()).duplicate(workshop.id, copyTitle);
    if (result?.ok) store.getState().announce(t('start.duplicated', { title: copyTitle(workshop.title) }));
  };

  const confirmDelete = async () => {
    if (!toDelete) return;
    const { title, id } = toDelete;
    setToDelete(null);
    await (await loadRepository()).delete(id);
    store.getState().announce(t('start.deleted', { title }));
  };

  return (
    <section className="screen start-screen" aria-labelledby="start-title">
      <h1 id="start-title">{t('start.title')}</h1>
      {/* Without storage (private browsing) nothing outlives the page: the intro must not promise it. */}
      <p className="lead">{t(docStore.isPersistent ? 'start.intro' : 'start.introNotStored')}</p>
      {notice}
      <CreateWorkshopForm onCreated={open} />
      {workshops.length === 0 ? null : (
        <nav className="start-directory card" aria-label={t('start.directory.link')}>
          <a href="#/organisationer">{t('start.directory.link')} →</a>
          <p className="hint">{t('start.directory.hint')}</p>
        </nav>
      )}
      <FollowUpOverview workshops={workshops} />
      {workshops.length === 0 ? (
        <p className="empty">{t('start.empty')}</p>
      ) : (
        <WorkshopTable workshops={workshops} onOpen={open} onDuplicate={duplicate} onDelete={setToDelete} rowExtra={rowExtra} />
      )}
      {tools}
      {panel}
      <ConfirmDialog
        isOpen={toDelete !== null}
        title={t('start.confirmDelete.title')}
        body={t('start.confirmDelete.body', { title: toDelete?.title ?? '' })}
        confirmLabel={t('start.confirmDelete.confirm')}
        cancelLabel={t('start.confirmDelete.cancel')}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setToDelete(null)}
      />
    </section>
  );
}

function CreateWorkshopForm({ onCreated }: { onCreated: (id: string) => void }) {
  const { t, problem: problemText } = useT();
  const { loadRepository } = useServices();
  const id = useId();
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isBusy) return;
    setBusy(true);
    let result: Result<string>;
    try {
      result = await (await loadRepository()).create(title);
    } finally {
      setBusy(false);
    }
    if (!result.ok) {
      setProblem(result.problem);
      document.getElementById(id)?.focus();
      return;
    }
    setTitle('');
    setProblem(null);
    onCreated(result.value);
  };

  return (
    <form className="create-form card" onSubmit={(event) => void submit(event)} noValidate>
      <div className="field">
        <label htmlFor={id}>{t('start.newTitleLabel')}</label>
        <input
          id={id}
          value={title}
          placeholder={t('start.newTitlePlaceholder')}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-error` : undefined}
          onChange={(event) => setTitle(event.target.value)}
        />
        {problem ? (
          <p className="field-error" id={`${id}-error`} role="alert">
            {problemText(problem)}
          </p>
        ) : null}
      </div>
      <button type="submit" className="primary" disabled={isBusy}>
        {t('start.create')}
      </button>
    </form>
  );
}
