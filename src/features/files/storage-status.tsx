import { useEffect, useState } from 'react';
import { useServices, useT, useUi } from '../../ui/app-context.tsx';
import { formatBytes } from '../../ui/format.ts';
import { isNearlyFull, readStorageHealth, usedShare, type StorageHealth } from './storage-health.ts';

/** Whether the browser keeps the workshops for good, how full its storage is, and a warning near the limit. */
export function StorageStatus() {
  const { t } = useT();
  const language = useUi((state) => state.language);
  const isStored = useServices().docStore.isPersistent;
  const [health, setHealth] = useState<StorageHealth | null>(null);

  useEffect(() => {
    let isCurrent = true;
    void readStorageHealth().then((read) => {
      if (isCurrent) setHealth(read);
    });
    return () => {
      isCurrent = false;
    };
  }, []);

  // Without storage at all (private browsing) the app's own banner says so.
  if (!isStored || !health) return null;
  const share = usedShare(health);
  return (
    <div className="storage-status">
      <p className={health.isPersisted ? 'storage-persisted' : 'storage-not-persisted'}>
        {health.isPersisted === true ? t('files.storage.persisted') : health.isPersisted === false ? t('files.storage.notPersisted') : t('files.storage.unknown')}
      </p>
      {share !== null && health.usage !== null && health.quota !== null ? (
        <p className="storage-usage">
          {t('files.storage.usage', { used: formatBytes(health.usage, language), quota: formatBytes(health.quota, language), percent: share < 0.01 ? '< 1' : Math.round(share * 100) })}
        </p>
      ) : null}
      {isNearlyFull(health) ? (
        <p className="banner warning" role="alert">
          {t('files.storage.nearlyFull', { percent: Math.round((share ?? 0) * 100) })}
        </p>
      ) : null}
    </div>
  );
}
