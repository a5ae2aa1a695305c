import { useEffect, useId, useRef } from 'react';
import type { Workshop } from '../../domain/workshop.ts';
import type { ImportChoice } from '../../state/workshop-repository.ts';
import { useT } from '../../ui/app-context.tsx';

interface ImportDialogProps {
  existing: readonly Workshop[];
  onAnswer: (choice: ImportChoice) => void;
  onCancel: () => void;
}

/** The file holds a workshop this device already has: replace it, keep both, or stop. Cancel has the focus. */
export function ImportDialog({ existing, onAnswer, onCancel }: ImportDialogProps) {
  const { t } = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const titles = existing.map((workshop) => `»${workshop.setup.title}«`).join(', ');
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{t('files.conflict.title')}</h2>
      <p id={bodyId}>{t(existing.length === 1 ? 'files.conflict.body.one' : 'files.conflict.body.many', { titles })}</p>
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
    </dialog>
  );
}
