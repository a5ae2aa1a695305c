import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Catalogue } from '../state/catalogue.ts';
import { canUseIndexedDb, indexedDbStore, memoryStore } from '../state/doc-store.ts';
import { createAppStore, isStorageFailure, routeFromHash } from '../state/ui-store.ts';
import type { WorkshopRepository } from '../state/workshop-repository.ts';
import { loadLanguage } from './language.ts';
import { App } from './app.tsx';
import { StartFailed } from './trouble.tsx';
import './styles.css';

async function start(): Promise<void> {
  const isPersistent = await canUseIndexedDb();
  // Storage refused (private browsing): the workshops live in memory for this visit.
  const docStore = isPersistent ? indexedDbStore() : memoryStore();
  const catalogue = new Catalogue(docStore);
  await catalogue.loaded;
  const store = createAppStore({
    language: loadLanguage(),
    isProjector: new URLSearchParams(location.search).get('view') === 'projector',
    route: routeFromHash(location.hash),
  });
  let repository: Promise<WorkshopRepository> | null = null;
  const loadRepository = () => {
    repository ??= import('../state/workshop-repository.ts').then(
      ({ WorkshopRepository }) => new WorkshopRepository(docStore, catalogue),
      (error: unknown) => {
        // Fetching the code failed (offline before the service worker had it): the next use tries again.
        repository = null;
        throw error;
      },
    );
    return repository;
  };
  // Writes to IndexedDB happen in y-indexeddb's update handlers; a refused write surfaces as an uncaught
  // error or rejection. Catch those and tell the user: a lost change is never silent.
  const onFailure = (reason: unknown) => {
    if (isStorageFailure(reason)) store.getState().reportStorageFailure();
  };
  window.addEventListener('error', (event) => onFailure(event.error));
  window.addEventListener('unhandledrejection', (event) => onFailure(event.reason));
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App services={{ store, docStore, catalogue, loadRepository }} />
    </StrictMode>,
  );
}

/** Starting failed before the app could show anything (the device's workshop list cannot be loaded): say so, never a blank page. */
function showStartFailure(error: unknown): void {
  console.error(error);
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<StartFailed language={loadLanguage()} error={error} />);
}

start().catch(showStartFailure);
