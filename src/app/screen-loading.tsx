import { useT } from '../ui/app-context.tsx';

/** Said while a screen's code is being fetched. */
export function ScreenLoading() {
  const { t } = useT();
  return (
    <p className="loading" role="status">
      {t('app.loadingScreen')}
    </p>
  );
}
