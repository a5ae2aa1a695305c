import { useState } from 'react';
import { useServices, useT } from '../../ui/app-context.tsx';
import { downloadWorkshops, rescueWorkshops } from './workshop-export.ts';
import './files.css';

type RescueState =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'saved'; fileName: string; isPartial: boolean }
  /** Nothing could be read, so there is no file. */
  | { step: 'unreadable' };

interface RescueActionsProps {
  /** The workshop to save; null saves every workshop on the device. */
  workshopId: string | null;
  /** Called after going back to the start page (the error screen clears itself with it). */
  onBack?: () => void;
}

/**
 * The way out when a screen or a workshop's opening failed: save what can still be read of the stored
 * workshop (or of all of them) as a workshop file, and go back to the start page.
 */
export function RescueActions({ workshopId, onBack }: RescueActionsProps) {
  const { t } = useT();
  const { catalogue, docStore, store } = useServices();
  const [state, setState] = useState<RescueState>({ step: 'idle' });

  const save = async () => {
    if (state.step === 'busy') return;
    setState({ step: 'busy' });
    try {
      const ids = workshopId ? [workshopId] : catalogue.list().map((entry) => entry.id);
      const { workshops, isPartial } = await rescueWorkshops(docStore, ids);
      const [only] = workshops;
      if (!only) {
        setState({ step: 'unreadable' });
        return;
      }
      const title = workshopId ? only.setup.title : t('files.allFileTitle');
      // A file that lacks something is no backup: the start page keeps saying none was made.
      const fileName = await downloadWorkshops(catalogue, workshops, title, { isBackup: !isPartial, withContacts: true });
      setState({ step: 'saved', fileName, isPartial });
    } catch (error) {
      console.error(error);
      setState({ step: 'unreadable' });
    }
  };

  const back = () => {
    store.getState().navigate({ name: 'start' });
    onBack?.();
  };

  return (
    <div className="rescue">
      <div className="files-actions">
        <button type="button" className="primary" aria-busy={state.step === 'busy'} onClick={() => void save()}>
          {t(workshopId ? 'trouble.save.one' : 'trouble.save.all')}
        </button>
        <button type="button" onClick={back}>
          {t('trouble.back')}
        </button>
      </div>
      <p role="status">
        {state.step === 'busy' ? t('trouble.saving') : null}
        {state.step === 'saved' ? `${t('trouble.saved', { file: state.fileName })}${state.isPartial ? ` ${t('trouble.saved.partial')}` : ''}` : null}
      </p>
      {state.step === 'unreadable' ? (
        <p className="files-refused" role="alert">
          {t(workshopId ? 'trouble.unreadable.one' : 'trouble.unreadable.all')}
        </p>
      ) : null}
    </div>
  );
}
