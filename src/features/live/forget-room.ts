import type { DocStore } from '../../state/doc-store.ts';
import { docName, storedParts, workshopDocPrefix } from '../../state/workshop-docs.ts';
import { forgetJoined, liveWorkshopId, type JoinedRecord } from './live-records.ts';

/**
 * Deletes everything this device keeps of a room it joined: its copy of the workshop (every document
 * stored under the room's local id, `live-<roomId>`) and then its record with the key. Shared tablets
 * are handed to the next group; nothing of this session should be on them.
 *
 * Only a joined room's copy lives under `live-<roomId>`: a facilitator's own workshop never does, so it
 * is never touched. The record goes last: if the copy cannot be deleted, the start page still lists the
 * room, so forgetting it can be tried again. The copy must be closed first (its documents detached).
 */
export async function forgetJoinedRoom(store: DocStore, record: Pick<JoinedRecord, 'roomId' | 'organisationId' | 'organisationIds'>, openOrgIds: readonly string[] = []): Promise<void> {
  const workshopId = liveWorkshopId(record.roomId);
  // Where the browser can list its databases, the prefix finds them all (also organisations removed
  // since); elsewhere, the documents this device knows of are named one by one.
  const orgIds = new Set([...(record.organisationIds ?? []), ...openOrgIds, ...(record.organisationId ? [record.organisationId] : [])]);
  const parts = storedParts(orgIds);
  await store.clearPrefix(workshopDocPrefix(workshopId));
  await Promise.all(parts.map((part) => store.clear(docName(workshopId, part))));
  forgetJoined(record.roomId);
}
