import { Component, useEffect, useRef, type ErrorInfo, type ReactNode } from 'react';
import { RescueActions } from '../features/files/rescue-actions.tsx';
import type { MessageKey } from '../i18n/da.ts';
import { translate, type Language } from '../i18n/translate.ts';
import { StoredDocUnreadable } from '../state/doc-store.ts';
import { hashFromRoute, isStorageFailure } from '../state/ui-store.ts';
import { useT, useUi } from '../ui/app-context.tsx';
import { LanguageSwitch } from './language-switch.tsx';

/*
 * When something fails: the error screen that replaces the app when a screen throws, and what a
 * workshop that cannot be opened shows. Both offer the same way out (RescueActions): save what can
 * still be read as a file, and go back to the start page.
 */

interface BoundaryProps {
  /** Going somewhere else (another route) shows the children again. */
  resetKey: string;
  fallback: (error: unknown, reset: () => void) => ReactNode;
  children: ReactNode;
}

interface BoundaryState {
  hasError: boolean;
  error: unknown;
  /** The key the error was caught under; a new key clears it. */
  resetKey: string;
}

/** React's error boundary (a class: hooks cannot catch render errors). */
class ErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { hasError: false, error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { hasError: true, error };
  }

  /**
   * Compared with the key last seen, not the one before the error: a screen that throws as it is
   * navigated to is caught under its own key, so clearing the error does not just throw it again.
   */
  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { resetKey: props.resetKey, hasError: false, error: null };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  private readonly reset = () => this.setState({ hasError: false, error: null });

  override render(): ReactNode {
    return this.state.hasError ? this.props.fallback(this.state.error, this.reset) : this.props.children;
  }
}

/** The app's top-level error boundary: a failing screen is replaced by the error screen, never by nothing. */
export function AppErrorBoundary({ children }: { children: ReactNode }) {
  const route = useUi((state) => state.route);
  return (
    <ErrorBoundary resetKey={hashFromRoute(route)} fallback={(error, reset) => <TroubleScreen error={error} onBack={reset} />}>
      {children}
    </ErrorBoundary>
  );
}

/** The error screen: what happened in plain words, a file of what can be read, the way back. */
function TroubleScreen({ error, onBack }: { error: unknown; onBack: () => void }) {
  const { t } = useT();
  const route = useUi((state) => state.route);
  const heading = useRef<HTMLHeadingElement>(null);
  // The page under the keyboard's focus is gone: the focus starts again at the message.
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <header className="app-header">
        <span className="brand">
          <img src="./icon.svg" alt="" width="32" height="32" />
          <span>{t('app.name')}</span>
        </span>
        <div className="header-actions">
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="trouble">
        <h1 ref={heading} tabIndex={-1}>
          {t('trouble.title')}
        </h1>
        <p role="alert">{t('trouble.body')}</p>
        <RescueActions workshopId={route.name === 'workshop' ? route.id : null} onBack={onBack} />
        <TechnicalDetails error={error} summary={t('trouble.details')} />
      </main>
    </>
  );
}

/** A workshop that could not be opened: why, in plain words, and the same way out. */
export function OpenFailed({ workshopId, error }: { workshopId: string; error: unknown }) {
  const { t } = useT();
  return (
    <section className="screen trouble" aria-labelledby="open-failed-title">
      <h1 id="open-failed-title">{t('trouble.openFailed.title')}</h1>
      <p role="alert">{t(openFailedReason(error))}</p>
      <p>{t('trouble.openFailed.rescue')}</p>
      <RescueActions workshopId={workshopId} />
      <TechnicalDetails error={error} summary={t('trouble.details')} />
    </section>
  );
}

function openFailedReason(error: unknown): MessageKey {
  if (error instanceof StoredDocUnreadable) return error.cause === undefined ? 'trouble.openFailed.damaged' : 'trouble.openFailed.storage';
  return isStorageFailure(error) ? 'trouble.openFailed.storage' : 'trouble.openFailed.content';
}

/** The app could not start (before its services exist, so in plain translate() and without a file to save). */
export function StartFailed({ language, error }: { language: Language; error: unknown }) {
  return (
    <main id="main" className="trouble" lang={language}>
      <h1>{translate(language, 'trouble.title')}</h1>
      <p role="alert">{translate(language, 'trouble.startFailed')}</p>
      <TechnicalDetails error={error} summary={translate(language, 'trouble.details')} />
    </main>
  );
}

/** The error as the app saw it, folded away: for whoever helps the facilitator afterwards. */
function TechnicalDetails({ error, summary }: { error: unknown; summary: string }) {
  return (
    <details className="trouble-details">
      <summary>{summary}</summary>
      <code>{error instanceof Error ? `${error.name}: ${error.message}` : String(error)}</code>
    </details>
  );
}
