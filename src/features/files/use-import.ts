import { useState } from 'react';
import type { Problem } from '../../domain/result.ts';
import type { DirectoryPart } from '../../domain/directory.ts';
import type { Workshop } from '../../domain/workshop.ts';
import type { ImportChoice } from '../../state/workshop-repository.ts';
import { useServices, useT } from '../../ui/app-context.tsx';

export type ImportState =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'refused'; problem: Problem; fileName: string }
  /** The file holds workshops this device already has: replace them or keep both? */
  | { step: 'asking'; workshops: Workshop[]; existing: Workshop[]; directory: DirectoryPart | null };

/**
 * Importing a workshop file: size first (a huge file is never read), then the file's checks, then the
 * question about workshops the device already has. Nothing is stored until all of that passed.
 */
export function useImport() {
  const { t } = useT();
  const { loadRepository, store } = useServices();
  const [state, setState] = useState<ImportState>({ step: 'idle' });

  const storeWorkshops = async (workshops: Workshop[], choice: ImportChoice, directory: DirectoryPart | null) => {
    setState({ step: 'busy' });
    const repository = await loadRepository();
    const result = await repository.importWorkshops(workshops, choice, (title) => t('files.copyTitle', { title }));
    if (!result.ok) {
      setState({ step: 'refused', problem: result.problem, fileName: '' });
      return;
    }
    if (directory) {
      // The file's profiles, merges and splits join the device's directory, under the workshops' ids here.
      await repository.directory.loaded;
      repository.directory.absorb(directory, Object.fromEntries(workshops.map((workshop, index) => [workshop.id, result.value[index]?.id ?? workshop.id])));
    }
    setState({ step: 'idle' });
    const [only] = result.value;
    store.getState().announce(result.value.length === 1 && only ? t('files.imported.one', { title: only.title }) : t('files.imported.count', { count: result.value.length }));
  };

  const chooseFile = async (file: File) => {
    // The file format and its schema (zod) load only when a file is chosen: not on the start screen.
    const { checkFileSize, parseWorkshopFileWithDirectory } = await import('../../files/workshop-file.ts');
    const size = checkFileSize(file.size);
    if (!size.ok) {
      setState({ step: 'refused', problem: size.problem, fileName: file.name });
      return;
    }
    setState({ step: 'busy' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      setState({ step: 'refused', problem: { code: 'file-unreadable' }, fileName: file.name });
      return;
    }
    const parsed = parseWorkshopFileWithDirectory(text);
    if (!parsed.ok) {
      setState({ step: 'refused', problem: parsed.problem, fileName: file.name });
      return;
    }
    const { workshops, directory } = parsed.value;
    const existing = (await loadRepository()).existing(workshops);
    if (existing.length > 0) setState({ step: 'asking', workshops, existing, directory });
    else await storeWorkshops(workshops, 'replace', directory);
  };

  /** A file the checks let through must still never leave the panel on "busy" for good, nor throw. */
  const guarded = (importing: Promise<void>, fileName: string) => {
    void importing.catch((error: unknown) => {
      console.error(error);
      setState({ step: 'refused', problem: { code: 'import-failed' }, fileName });
    });
  };

  return {
    state,
    chooseFile: (file: File) => guarded(chooseFile(file), file.name),
    answer: (choice: ImportChoice) => {
      if (state.step === 'asking') guarded(storeWorkshops(state.workshops, choice, state.directory), '');
    },
    cancel: () => setState({ step: 'idle' }),
  };
}
