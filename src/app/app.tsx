import { lazy, Suspense, useEffect } from 'react';
import { AppContext, useServices, useT, useUi, type AppServices } from '../ui/app-context.tsx';
import { StartScreen } from '../features/start/start-screen.tsx';
import { FilesPanel } from '../features/files/files-panel.tsx';
import { LeaveBackupOffer } from '../features/files/leave-backup.tsx';
import { RowFiles } from '../features/files/row-files.tsx';
import { JoinedSessions } from '../features/live/joined-sessions.tsx';
import { UpdatePrompt } from './update-prompt.tsx';
import { hashFromRoute, routeFromHash, type Route } from '../state/ui-store.ts';
import { saveLanguage } from './language.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { AppErrorBoundary } from './trouble.tsx';
import { preloadable } from '../ui/preloadable.tsx';
import { whenIdle } from '../ui/when-idle.ts';

// An open workshop (its documents' readers, the records' schemas, the phases' screens) loads when one is
// opened, not with the start page (bundle budget: `npm run bench`); it is fetched ahead once the device is
// idle after start, and then drawn at once (see preloadable).
const loadWorkshopShell = () => import('./workshop-shell.tsx');
const workshopShell = preloadable(() => loadWorkshopShell().then((module) => module.WorkshopShell), AppLoading);
const WorkshopShell = workshopShell.Component;

// The organisation directory (with its search library) is not in the start page's first load either; it is
// fetched ahead once the device is idle, with the workshop's code, and then drawn at once.
const directoryScreen = preloadable(() => import('../features/directory/directory-screen.tsx').then((module) => module.DirectoryScreen), AppLoading);
const DirectoryScreen = directoryScreen.Component;

// The live session's join screen and joined rooms load only on the devices that open them.
const JoinScreen = lazy(() => import('./live-room-shell.tsx').then((module) => ({ default: module.JoinScreen })));
const LiveRoomShell = lazy(() => import('./live-room-shell.tsx').then((module) => ({ default: module.LiveRoomShell })));
// The network over time (two meetings compared) and its PDF button: not with the start page, fetched
// ahead when the device is idle, and drawn at once then (`preloadable`: no Suspense hold-back).
const networkTime = preloadable(
  () =>
    Promise.all([import('../features/network-time/network-time-screen.tsx'), import('../features/export/network-print.tsx')]).then(
      ([screen, print]) =>
        function NetworkTime() {
          return <screen.NetworkTimeScreen print={(after, comparison) => <print.NetworkPrint workshop={after} comparison={comparison} />} />;
        },
    ),
  AppLoading,
);
const NetworkTimeScreen = networkTime.Component;

export function App({ services }: { services: AppServices }) {
  return (
    <AppContext.Provider value={services}>
      <UrlSync />
      {/* The app never goes blank: whatever throws below, the error screen offers a file and a way back. */}
      <AppErrorBoundary>
        <Layout />
      </AppErrorBoundary>
    </AppContext.Provider>
  );
}

/** Keeps the URL (hash route, `?view=projector`), the document language and the store in step. */
function UrlSync() {
  const { store } = useServices();
  const route = useUi((state) => state.route);
  const isProjector = useUi((state) => state.isProjector);
  const language = useUi((state) => state.language);

  useEffect(() => {
    const onHashChange = () => store.getState().navigate(routeFromHash(location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [store]);

  useEffect(() => {
    const url = new URL(location.href);
    url.hash = hashFromRoute(route);
    if (isProjector) url.searchParams.set('view', 'projector');
    else url.searchParams.delete('view');
    if (url.href !== location.href) history.replaceState(null, '', url.href);
  }, [route, isProjector]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.classList.toggle('projector', isProjector);
    saveLanguage(language);
  }, [language, isProjector]);

  return null;
}

function RouteScreen({ route }: { route: Route }) {
  switch (route.name) {
    case 'start':
      return (
        <StartScreen
          notice={<LeaveBackupOffer />}
          panel={
            <>
              <JoinedSessions />
              <FilesPanel />
            </>
          }
          rowExtra={(workshop) => <RowFiles workshop={workshop} />}
          tools={<NetworkTimeLink />}
        />
      );
    case 'network':
      return <NetworkTimeScreen />;
    case 'workshop':
      return <WorkshopShell key={route.id} workshopId={route.id} />;
    case 'directory':
      return <DirectoryScreen />;
    default:
      return (
        <Suspense fallback={<AppLoading />}>
          {route.name === 'join' ? (
            <JoinScreen key={route.code} initialCode={route.code} />
          ) : (
            <LiveRoomShell key={route.roomId} roomId={route.roomId} urlKey={route.key} />
          )}
        </Suspense>
      );
  }
}

function Layout() {
  const { t } = useT();
  const { store, docStore, loadRepository } = useServices();
  const route = useUi((state) => state.route);
  const isProjector = useUi((state) => state.isProjector);
  const announcement = useUi((state) => state.announcement);
  const isPersistent = docStore.isPersistent;
  const hasStorageFailed = useUi((state) => state.hasStorageFailed);

  // Once the device has nothing else to do after start: what opening a workshop needs, the board
  // included, so opening one waits only for its documents and the drawing. From the service worker's
  // cache this costs no network.
  useEffect(
    () =>
      whenIdle(
        () => {
          void loadRepository().catch(() => {});
          void directoryScreen.preload().catch(() => {});
          void loadWorkshopShell()
            .then((module) => Promise.all([workshopShell.preload(), module.preloadBoard()]))
            .catch(() => {});
          void networkTime.preload().catch(() => {});
        },
        5_000,
        2_000,
      ),
    [loadRepository],
  );

  useEffect(() => {
    if (!isProjector) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !document.querySelector('dialog[open]')) store.getState().setProjector(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [isProjector, store]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <a className="brand" href="#/" aria-label={`${t('app.name')} – ${t('app.backToStart')}`}>
          <img src="./icon.svg" alt="" width="32" height="32" />
          <span>{t('app.name')}</span>
        </a>
        <div className="header-actions">
          {/* In a joined live room the device's role decides the view (a projector key only reads). */}
          {route.name === 'live' ? null : (
            <button
              type="button"
              className="quiet"
              aria-pressed={isProjector}
              onClick={() => store.getState().setProjector(!isProjector)}
            >
              {isProjector ? t('app.projector.off') : t('app.projector.on')}
            </button>
          )}
          {isProjector ? null : <LanguageSwitch />}
        </div>
      </header>
      <UpdatePrompt />
      {isPersistent ? null : (
        <p className="banner warning" role="alert">
          {t('app.storageError')}
        </p>
      )}
      {hasStorageFailed ? (
        <p className="banner warning" role="alert">
          {t('app.storageWriteFailed')}
        </p>
      ) : null}
      <main id="main" tabIndex={-1}>
        <RouteScreen route={route} />
      </main>
      <footer className="app-footer">
        <span>{t('app.credit')}</span>
      </footer>
      <div className="status" role="status" aria-live="polite" key={announcement.id}>
        {announcement.text}
      </div>
    </>
  );
}

/** On the start page: the way to the network over time. */
function NetworkTimeLink() {
  const { t } = useT();
  return (
    <nav className="card start-tools" aria-labelledby="start-tools-network">
      <a id="start-tools-network" className="start-tools-link" href="#/netvaerk">
        {t('start.networkTime.link')}
      </a>
      <p>{t('start.networkTime.hint')}</p>
    </nav>
  );
}

function AppLoading() {
  const { t } = useT();
  return <p className="loading">{t('app.loading')}</p>;
}
