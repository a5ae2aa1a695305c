import { useEffect, useState, useSyncExternalStore } from 'react';
import { useT } from '../ui/app-context.tsx';
import { applyUpdate, isUpdateWaiting, startServiceWorker, subscribeUpdate } from './service-worker.ts';
import './update-prompt.css';

/**
 * Registers the service worker and, when a new version is waiting, asks whether to update now or
 * later. It never updates by itself: "later" keeps the running version until the next start.
 */
export function UpdatePrompt() {
  const { t } = useT();
  const isWaiting = useSyncExternalStore(subscribeUpdate, isUpdateWaiting);
  const [isPostponed, setPostponed] = useState(false);

  useEffect(() => startServiceWorker(), []);

  if (!isWaiting || isPostponed) return null;
  return (
    <section className="update-prompt" aria-labelledby="update-prompt-title">
      <p id="update-prompt-title">
        <strong>{t('files.update.title')}</strong> {t('files.update.body')}
      </p>
      <div className="update-prompt-actions">
        <button type="button" className="primary" onClick={applyUpdate}>
          {t('files.update.now')}
        </button>
        <button type="button" onClick={() => setPostponed(true)}>
          {t('files.update.later')}
        </button>
      </div>
    </section>
  );
}
