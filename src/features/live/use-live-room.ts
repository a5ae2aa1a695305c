import { useCallback, useEffect, useRef, useState } from 'react';
import { Catalogue } from '../../state/catalogue.ts';
import { volatileStore } from '../../state/doc-store.ts';
import { sessionOverReason } from '../../state/live-link.ts';
import { LiveSync, syncUrlFor } from '../../state/live-sync.ts';
import { WorkshopDocs, workshopDocPrefix } from '../../state/workshop-docs.ts';
import { hasWorkshop } from '../../state/workshop-layout.ts';
import { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices } from '../../ui/app-context.tsx';
import { forgetJoinedRoom } from './forget-room.ts';
import { liveWorkshopId, type JoinedRecord } from './live-records.ts';

/** Where the device is with deleting its copy of a room that is over. */
export type Erasure = 'erasing' | 'erased' | 'failed';

type RoomStatus =
  | { status: 'loading'; sync: LiveSync | null }
  | { status: 'open'; sync: LiveSync; session: WorkshopSession }
  /** The server ended the room (4410) or it expired (4411): the copy is closed and deleted. */
  | { status: 'over'; sync: null; reason: 'ended' | 'expired'; erasure: Erasure };

export type LiveRoomState = RoomStatus & {
  /**
   * Throws this device's copy of the room away and loads it again from the server: after the server
   * refused a write (4422), this copy holds a change the server will never take, and could not sync again.
   */
  reload: () => void;
};

/** Resolves when the setup document holds a workshop (at once if the device already has it). */
function whenWorkshopArrives(docs: WorkshopDocs): Promise<void> {
  if (hasWorkshop(docs)) return Promise.resolve();
  return new Promise((resolve) => {
    const onUpdate = () => {
      if (!hasWorkshop(docs)) return;
      docs.setup.off('update', onUpdate);
      resolve();
    };
    docs.setup.on('update', onUpdate);
  });
}

/**
 * A joined room on this device (tablet or projector): the device's own copy of the workshop, stored
 * like any workshop (so offline edits survive a reload) and kept in step with the server. The copy is
 * not among the start screen's workshops: it belongs to the room (the start screen lists the room among
 * the device's sessions). When the server says the room is over, the copy and the key are deleted.
 */
export function useLiveRoom(record: JoinedRecord | null): LiveRoomState {
  const { docStore } = useServices();
  const [state, setState] = useState<RoomStatus>({ status: 'loading', sync: null });
  const [reloads, setReloads] = useState(0);
  /** The last copy's closing: a reload deletes the stored copy only once it is closed. */
  const closing = useRef<Promise<void>>(Promise.resolve());
  const reload = useCallback(() => setReloads((count) => count + 1), []);

  useEffect(() => {
    if (!record) return undefined;
    let isCurrent = true;
    const workshopId = liveWorkshopId(record.roomId);
    const catalogue = new Catalogue(volatileStore());
    let docs: WorkshopDocs | null = null;
    let sync: LiveSync | null = null;
    let session: WorkshopSession | null = null;
    let isClosed = false;
    let isOver = false;
    /** Stops syncing and closes the copy (once), so its stored documents can be deleted. */
    const close = () => {
      if (isClosed) return closing.current;
      isClosed = true;
      isCurrent = false;
      sync?.destroy();
      closing.current = (session ? session.close() : (docs?.close() ?? Promise.resolve())).then(() => catalogue.close());
      return closing.current;
    };
    const erase = async (reason: 'ended' | 'expired') => {
      const openOrgIds = docs?.openOrgIds ?? [];
      setState({ status: 'over', sync: null, reason, erasure: 'erasing' });
      try {
        await close();
        await forgetJoinedRoom(docStore, record, openOrgIds);
        setState({ status: 'over', sync: null, reason, erasure: 'erased' });
      } catch {
        setState({ status: 'over', sync: null, reason, erasure: 'failed' });
      }
    };
    setState({ status: 'loading', sync: null });
    void (async () => {
      if (reloads > 0) {
        await closing.current;
        await docStore.clearPrefix(workshopDocPrefix(workshopId));
      }
      if (!isCurrent) return;
      docs = new WorkshopDocs(workshopId, docStore);
      // What the device stored loads first, so the server is sent only what it does not have.
      await docs.whenLoaded();
      if (!isCurrent) return;
      const liveSync = new LiveSync(docs, {
        serverUrl: syncUrlFor(location),
        roomId: record.roomId,
        key: record.key,
        role: record.role,
        organisationId: record.organisationId,
      });
      sync = liveSync;
      // The room is over for good (the server says so on every reconnection): nothing of it stays here.
      // Erased after the provider's event that said so, not inside it.
      liveSync.subscribe(() => {
        const reason = sessionOverReason(liveSync.getState());
        if (!reason || isOver || isClosed) return;
        isOver = true;
        setTimeout(() => void erase(reason));
      });
      setState({ status: 'loading', sync });
      await whenWorkshopArrives(docs);
      if (!isCurrent) return;
      session = new WorkshopSession(docs, catalogue);
      await docs.whenLoaded();
      if (isCurrent) setState({ status: 'open', sync, session });
    })();
    return () => {
      void close();
    };
  }, [docStore, record, reloads]);

  return { ...state, reload };
}
