import { useServices, useT, useUi } from '../ui/app-context.tsx';

/** The header's switch to the other language (Danish ↔ English). */
export function LanguageSwitch() {
  const { t } = useT();
  const { store } = useServices();
  const language = useUi((state) => state.language);
  return (
    <button type="button" className="quiet" title={t('app.language.switchLabel')} onClick={() => store.getState().setLanguage(language === 'da' ? 'en' : 'da')}>
      {/* The visible name is the accessible name (WCAG 2.5.3), said in its own language. */}
      <span lang={language === 'da' ? 'en' : 'da'}>{t('app.language.switch')}</span>
    </button>
  );
}
