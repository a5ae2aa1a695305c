import type { DirectoryPart } from '../../domain/directory.ts';
import type { Workshop } from '../../domain/workshop.ts';
import { workshopFileName } from '../../files/file-name.ts';
import type { Catalogue } from '../../state/catalogue.ts';
import type { DocStore } from '../../state/doc-store.ts';
import type { WorkshopRepository } from '../../state/workshop-repository.ts';

/** Hands a text to the browser as a file download (works offline: the file never leaves the device). */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Downloads a workshop file of `workshops` named after `title`, and notes the backup in the device's
 * catalogue (the start page shows when the last one was made) unless `isBackup` is false (a file
 * that may lack something). Returns the file's name.
 */
export async function downloadWorkshops(
  catalogue: Catalogue,
  workshops: readonly Workshop[],
  title: string,
  { isBackup = true, withContacts = false, directory }: { isBackup?: boolean; withContacts?: boolean; directory?: DirectoryPart } = {},
): Promise<string> {
  // The file format (with its schema library) loads on the first export, not with the start screen.
  const { serializeWorkshopFile, withoutContacts } = await import('../../files/workshop-file.ts');
  const now = new Date();
  const fileName = workshopFileName(title, now);
  // Contact persons are personal data: a file has them only when the facilitator chose so.
  download(serializeWorkshopFile(withContacts ? [...workshops] : withoutContacts(workshops), now, directory), fileName);
  if (!isBackup) return fileName;
  catalogue.markBackedUp(
    workshops.map((workshop) => workshop.id),
    now.getTime(),
  );
  return fileName;
}

/** Reads the stored workshops of `ids` (those a newer version of the app stored are left out). */
export async function readWorkshops(repository: WorkshopRepository, ids: readonly string[]): Promise<Workshop[]> {
  const snapshots = await Promise.all(ids.map((id) => repository.readSnapshot(id)));
  return snapshots.filter((snapshot): snapshot is Workshop => snapshot !== null);
}

/**
 * What can still be read of the stored workshops of `ids`, for a file when a screen or an opening
 * failed: read from storage as leniently as can be (state/workshop-rescue.ts), never from the open
 * session, which may be what broke. `isPartial` when something stored was left out.
 */
export async function rescueWorkshops(store: DocStore, ids: readonly string[]): Promise<{ workshops: Workshop[]; isPartial: boolean }> {
  // The lenient readers load when a rescue is asked for, not with the error screen.
  const { rescueWorkshop } = await import('../../state/workshop-rescue.ts');
  const rescued = await Promise.all(ids.map((id) => rescueWorkshop(store, id)));
  const read = rescued.filter((rescue) => rescue !== null);
  return { workshops: read.map((rescue) => rescue.workshop), isPartial: read.length < ids.length || read.some((rescue) => rescue.isPartial) };
}
