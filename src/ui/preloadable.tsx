import { lazy, type ComponentType, type ReactNode } from 'react';

/** A screen whose code loads on demand, and can be fetched ahead of time with `preload`. */
export interface Preloadable<P extends object> {
  /** Renders the screen; suspends (wrap it in Suspense) only while its code is still being fetched. */
  Component: (props: P) => ReactNode;
  /** Fetches and runs the screen's code; the same promise for every call once it succeeded. */
  preload: () => Promise<ComponentType<P>>;
}

/**
 * A lazily loaded screen that is drawn at once when its code has been fetched already: a `lazy`
 * component suspends on its first render even then, and React holds back the content that follows a
 * fallback for a moment (about 300 ms) — the whole of a tablet's budget for opening a workshop.
 * A fetch that failed (offline before the service worker had the code) is tried again on the next use.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const makeLazy = () => lazy(() => preload().then((component) => ({ default: component })));
  // React keeps a lazy component's failure for good: a new one tries again.
  let Lazy = makeLazy();
  const preload = () => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null;
        Lazy = makeLazy();
        throw error;
      },
    );
    return loading;
  };
  function Component(props: P) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return { Component, preload };
}
