import { useId, useState, type ReactNode } from 'react';
import type { Workshop } from '../../domain/workshop.ts';
import { ModalDialog } from '../../ui/modal-dialog.tsx';
import { useServices, useT } from '../../ui/app-context.tsx';
import { downloadWorkshops } from './workshop-export.ts';
import './files.css';

interface SaveRequest {
  workshops: Workshop[];
  title: string;
  onSaved: (fileName: string) => void;
}

/** Whether any of the workshops names a contact person (personal data). */
export function hasContacts(workshops: readonly Workshop[]): boolean {
  return workshops.some((workshop) => workshop.organisations.some((organisation) => organisation.contact !== ''));
}

/**
 * Saving workshops as a file. Contact persons are personal data: when the workshops hold any, a dialog
 * asks first, and the file includes them only when the facilitator ticks the box (off by default).
 * Without contacts there is nothing to choose and the file is saved at once.
 */
export function useSaveFile(): { save: (request: SaveRequest) => void; dialog: ReactNode } {
  const { t } = useT();
  const { catalogue, loadRepository } = useServices();
  const [pending, setPending] = useState<SaveRequest | null>(null);
  const [withContacts, setWithContacts] = useState(false);
  const checkboxId = useId();

  const write = async (request: SaveRequest, includeContacts: boolean) => {
    const repository = await loadRepository();
    await repository.directory.loaded;
    const directory = repository.directory.partFor(
      request.workshops.map((workshop) => workshop.id),
      { withContacts: includeContacts },
    );
    const fileName = await downloadWorkshops(catalogue, request.workshops, request.title, { withContacts: includeContacts, directory });
    request.onSaved(fileName);
  };

  const save = (request: SaveRequest) => {
    if (hasContacts(request.workshops)) {
      setWithContacts(false);
      setPending(request);
    } else void write(request, false);
  };

  const dialog = (
    <ModalDialog isOpen={pending !== null} title={t('privacy.export.title')} description={t('privacy.export.body')} onCancel={() => setPending(null)}>
      <p className="checkbox-row">
        <input id={checkboxId} type="checkbox" checked={withContacts} onChange={(event) => setWithContacts(event.target.checked)} />
        <label htmlFor={checkboxId}>{t('privacy.export.withContacts')}</label>
      </p>
      <p className="hint">{t(withContacts ? 'privacy.export.withHint' : 'privacy.export.withoutHint')}</p>
      <div className="dialog-actions">
        <button type="button" onClick={() => setPending(null)}>
          {t('privacy.export.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => {
            const request = pending;
            setPending(null);
            if (request) void write(request, withContacts);
          }}
        >
          {t('privacy.export.save')}
        </button>
      </div>
    </ModalDialog>
  );

  return { save, dialog };
}
