import { useRef, useState } from 'react';
import { draftFromLink, emptyAgreementDraft, draftOf, guessForm, type Agreement, type AgreementDraft } from '../../domain/agreement.ts';
import type { Link } from '../../domain/link.ts';
import { removeAgreement } from '../../state/agreement-commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices, useT, useUi } from '../../ui/app-context.tsx';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { PhaseProgress } from '../../ui/phase-steering.tsx';
import { useWorkshop } from '../../ui/use-workshop.ts';
import { AgreementEditor } from './agreement-editor.tsx';
import { FormLadder } from './form-ladder.tsx';
import { LinkList } from './link-list.tsx';
import './agreements.css';

/** What the editor is open on: a new agreement (maybe from a link) or an existing one. */
type Editing = { agreementId: string | null; draft: AgreementDraft; note?: string; formNote?: string; key: number };

/**
 * Aftaler: the five forms of collaboration as a ladder, each holding the agreements made in that
 * form; a form to make or edit an agreement, from scratch or from a strengthening link; how far each
 * organisation has come with its answers on its tablet, and the lock on them. On the projector only
 * the ladder and its agreements show.
 */
export function AgreementsScreen({ session }: { session: WorkshopSession }) {
  const { t } = useT();
  const { store } = useServices();
  const workshop = useWorkshop(session);
  const isProjector = useUi((state) => state.isProjector);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<Agreement | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const editorAnchor = useRef<HTMLDivElement>(null);
  const nameOf = (id: string) => workshop.organisations.find((organisation) => organisation.id === id)?.name ?? '';

  const open = (next: Omit<Editing, 'key'>) => {
    setEditing({ ...next, key: Date.now() });
    requestAnimationFrame(() => {
      editorAnchor.current?.scrollIntoView({ block: 'start' });
      editorAnchor.current?.querySelector<HTMLInputElement>('input')?.focus();
    });
  };
  const startFromLink = (link: Link) => {
    const [from, to] = [nameOf(link.fromId), nameOf(link.toId)];
    const guess = guessForm(link.text);
    const formNote = guess.form
      ? t('matches.form.guessed', { form: t(`agreements.form.${guess.form}`), word: guess.cue ?? '' })
      : guess.rivals.length > 1
        ? t('matches.form.rivals', { forms: guess.rivals.map((form) => t(`agreements.form.${form}`)).join(t('matches.form.or')) })
        : t('matches.form.open');
    open({ agreementId: null, draft: draftFromLink(link, t('matches.agreement.title', { from, to, text: link.text })), note: t('agreements.editor.linkPrefill', { from, to }), formNote });
  };
  const closeEditor = () => {
    setEditing(null);
    requestAnimationFrame(() => newButton.current?.focus());
  };
  const confirmDelete = () => {
    if (deleting && removeAgreement(session.context, deleting.id).ok) store.getState().announce(t('agreements.deleted'));
    setDeleting(null);
  };
  const canEdit = !isProjector && workshop.organisations.length > 0;

  return (
    <section className="screen agreements-screen" aria-labelledby="agreements-title">
      <h2 id="agreements-title">{t('agreements.title')}</h2>
      <p className="lead">{t('agreements.intro')}</p>
      {workshop.organisations.length === 0 ? <p className="empty">{t('agreements.noOrganisations')}</p> : null}
      {canEdit ? <PhaseProgress session={session} phase="aftaler" countLabel={(count) => t('agreements.progress.count', { count })} /> : null}
      <div className={`agreements-layout ${canEdit ? '' : 'is-view-only'}`}>
        <div className="agreements-main">
          {canEdit ? (
            <div ref={editorAnchor} className="editor-anchor">
              {editing ? (
                <AgreementEditor
                  key={editing.key}
                  session={session}
                  workshop={workshop}
                  agreementId={editing.agreementId}
                  initial={editing.draft}
                  note={editing.note}
                  formNote={editing.formNote}
                  onDone={closeEditor}
                />
              ) : (
                <button ref={newButton} type="button" className="primary new-agreement" onClick={() => open({ agreementId: null, draft: emptyAgreementDraft() })}>
                  + {t('agreements.new')}
                </button>
              )}
            </div>
          ) : null}
          {workshop.agreements.length === 0 ? <p className="empty">{t(isProjector ? 'agreements.emptyOnWall' : 'agreements.empty')}</p> : null}
          <FormLadder
            agreements={workshop.agreements}
            organisations={workshop.organisations}
            answers={workshop.agreementAnswers}
            onEdit={canEdit ? (agreement) => open({ agreementId: agreement.id, draft: draftOf(agreement, workshop.organisations.map((organisation) => organisation.id)) }) : undefined}
            onDelete={canEdit ? setDeleting : undefined}
          />
        </div>
        {canEdit ? (
          <aside className="agreements-side">
            <LinkList links={workshop.links} agreements={workshop.agreements} nameOf={nameOf} onUse={startFromLink} />
          </aside>
        ) : null}
      </div>
      <ConfirmDialog
        isOpen={deleting !== null}
        title={t('agreements.delete.title')}
        body={t('agreements.delete.body', { what: deleting?.what ?? '' })}
        confirmLabel={t('agreements.delete.confirm')}
        cancelLabel={t('agreements.delete.cancel')}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      />
    </section>
  );
}
