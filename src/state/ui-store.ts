import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import type { Language } from '../i18n/translate.ts';

/*
 * UI-only state: never stored in a workshop document, never synced. Which of it survives a reload
 * is decided here and only here: the language (localStorage), the route (the URL hash) and the
 * projector view (the `?view=projector` query); the rest is per tab and forgotten.
 */

export type Route =
  | { name: 'start' }
  | { name: 'workshop'; id: string }
  // The organisation directory (ressourcebørs) across the device's workshops.
  | { name: 'directory' }
  // Two meetings of one group compared (the network over time).
  | { name: 'network' }
  // Live session: a tablet joining by code, and a room joined on this device (a key in the URL: the projector link).
  | { name: 'join'; code: string }
  | { name: 'live'; roomId: string; key: string | null };

interface LanguageSlice {
  language: Language;
  setLanguage: (language: Language) => void;
}

interface ViewSlice {
  isProjector: boolean;
  setProjector: (isProjector: boolean) => void;
}

interface RouteSlice {
  route: Route;
  navigate: (route: Route) => void;
}

interface AnnounceSlice {
  /** The latest message for screen readers (and the visible status line). */
  announcement: { text: string; id: number };
  announce: (text: string) => void;
}

interface StorageSlice {
  /** Set when the device refused to store a change (storage full, or taken away): shown until reload. */
  hasStorageFailed: boolean;
  reportStorageFailure: () => void;
}

export type AppState = LanguageSlice & ViewSlice & RouteSlice & AnnounceSlice & StorageSlice;

export interface InitialUi {
  language: Language;
  isProjector: boolean;
  route: Route;
}

const languageSlice =
  (initial: Language): StateCreator<AppState, [], [], LanguageSlice> =>
  (set) => ({ language: initial, setLanguage: (language) => set({ language }) });

const viewSlice =
  (initial: boolean): StateCreator<AppState, [], [], ViewSlice> =>
  (set) => ({ isProjector: initial, setProjector: (isProjector) => set({ isProjector }) });

const routeSlice =
  (initial: Route): StateCreator<AppState, [], [], RouteSlice> =>
  (set) => ({ route: initial, navigate: (route) => set({ route }) });

const announceSlice: StateCreator<AppState, [], [], AnnounceSlice> = (set, get) => ({
  announcement: { text: '', id: 0 },
  announce: (text) => set({ announcement: { text, id: get().announcement.id + 1 } }),
});

const storageSlice: StateCreator<AppState, [], [], StorageSlice> = (set) => ({
  hasStorageFailed: false,
  reportStorageFailure: () => set({ hasStorageFailed: true }),
});

/** A fresh store; the app makes one, each test its own. */
export function createAppStore(initial: InitialUi): StoreApi<AppState> {
  return createStore<AppState>()((...args) => ({
    ...languageSlice(initial.language)(...args),
    ...viewSlice(initial.isProjector)(...args),
    ...routeSlice(initial.route)(...args),
    ...announceSlice(...args),
    ...storageSlice(...args),
  }));
}

/**
 * Parses the URL hash: `#/` is the start screen, `#/w/<id>` a workshop, `#/netvaerk` the network over time, `#/join[/<code>]` joining a
 * live session, `#/live/<roomId>[/<key>]` a joined room.
 */
export function routeFromHash(hash: string): Route {
  const match = /^#\/w\/([a-z0-9-]{1,64})\/?$/u.exec(hash);
  if (match?.[1]) return { name: 'workshop', id: match[1] };
  if (/^#\/organisationer\/?$/u.test(hash)) return { name: 'directory' };
  if (/^#\/netvaerk\/?$/u.test(hash)) return { name: 'network' };
  const join = /^#\/join(?:\/([A-Za-z0-9-]{0,16}))?\/?$/u.exec(hash);
  if (join) return { name: 'join', code: join[1] ?? '' };
  const live = /^#\/live\/([A-Za-z0-9_-]{16,64})(?:\/([A-Za-z0-9_-]{16,128}))?\/?$/u.exec(hash);
  if (live?.[1]) return { name: 'live', roomId: live[1], key: live[2] ?? null };
  return { name: 'start' };
}

export function hashFromRoute(route: Route): string {
  switch (route.name) {
    case 'workshop':
      return `#/w/${route.id}`;
    case 'directory':
      return '#/organisationer';
    case 'network':
      return '#/netvaerk';
    case 'join':
      return route.code ? `#/join/${route.code}` : '#/join';
    case 'live':
      return route.key ? `#/live/${route.roomId}/${route.key}` : `#/live/${route.roomId}`;
    default:
      return '#/';
  }
}

/** The DOMException names with which IndexedDB refuses or loses a write. */
const STORAGE_ERRORS = new Set(['QuotaExceededError', 'UnknownError', 'InvalidStateError', 'AbortError', 'DataError', 'TransactionInactiveError', 'NotFoundError', 'VersionError']);

/** Whether an uncaught error or rejection is the device's storage failing (so the user must be told). */
export function isStorageFailure(reason: unknown): boolean {
  return typeof reason === 'object' && reason !== null && 'name' in reason && typeof reason.name === 'string' && STORAGE_ERRORS.has(reason.name);
}
