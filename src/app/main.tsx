import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Catalogue } from '../state/catalogue.ts';
import { canUseIndexedDb, indexedDbStore, volatileStore } from '../state/doc-store.ts';
import { createAppStore, routeFromHash } from '../state/ui-store.ts';
import { WorkshopRepository } from '../state/workshop-repository.ts';
import { loadLanguage } from './language.ts';
import { App } from './app.tsx';
import './styles.css';

async function start(): Promise<void> {
  const isPersistent = await canUseIndexedDb();
  const docStore = isPersistent ? indexedDbStore() : volatileStore();
  const catalogue = new Catalogue(docStore);
  await catalogue.loaded;
  const store = createAppStore({
    language: loadLanguage(),
    isProjector: new URLSearchParams(location.search).get('view') === 'projector',
    route: routeFromHash(location.hash),
  });
  const repository = new WorkshopRepository(docStore, catalogue);
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App services={{ store, repository }} />
    </StrictMode>,
  );
}

void start();
