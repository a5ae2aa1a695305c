import type { Workshop } from '../../domain/workshop.ts';
import type { ImportChoice } from '../../state/workshop-repository.ts';
import { useT } from '../../ui/app-context.tsx';
import { ModalDialog } from '../../ui/modal-dialog.tsx';

interface ImportDialogProps {
  existing: readonly Workshop[];
  onAnswer: (choice: ImportChoice) => void;
  onCancel: () => void;
}

/** The file holds a workshop this device already has: replace it, keep both, or stop. Cancel has the focus. */
export function ImportDialog({ existing, onAnswer, onCancel }: ImportDialogProps) {
  const { t } = useT();
  const titles = existing.map((workshop) => `»${workshop.setup.title}«`).join(', ');
  return (
    <ModalDialog
      isOpen
      title={t('files.conflict.title')}
      description={t(existing.length === 1 ? 'files.conflict.body.one' : 'files.conflict.body.many', { titles })}
      onCancel={onCancel}
    >
      <div className="dialog-actions">
        <button type="button" autoFocus onClick={onCancel}>
          {t('files.conflict.cancel')}
        </button>
        <button type="button" onClick={() => onAnswer('keep-both')}>
          {t('files.conflict.keepBoth')}
        </button>
        <button type="button" className="danger" onClick={() => onAnswer('replace')}>
          {t('files.conflict.replace')}
        </button>
      </div>
    </ModalDialog>
  );
}
