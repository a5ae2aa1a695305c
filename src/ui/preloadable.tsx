import { useEffect, useReducer, useState, type ComponentType, type ReactNode } from 'react';

/** A screen whose code loads on demand, and can be fetched ahead of time with `preload`. */
export interface Preloadable<P extends object> {
  /** The screen; while its code is being fetched, the fallback. A failed fetch throws to the error boundary. */
  Component: (props: P) => ReactNode;
  /** Fetches and runs the screen's code; the same promise for every call once it succeeded. */
  preload: () => Promise<ComponentType<P>>;
}

/**
 * A screen whose code loads on demand, drawn at once when its code has been fetched already. Not
 * `lazy` and Suspense: a lazy component suspends on its first render even when its code is there, and
 * React holds back the content that follows a fallback for about 300 ms — the whole of a tablet's
 * budget for opening a workshop. A fetch that failed (offline
 * before the service worker had the code) is tried again when the screen is shown again.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>, Fallback: ComponentType): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  function Component(props: P) {
    const [, showLoaded] = useReducer((count: number) => count + 1, 0);
    const [failure, setFailure] = useState<{ error: unknown } | null>(null);
    useEffect(() => {
      if (loaded) return undefined;
      let isCurrent = true;
      preload().then(
        () => {
          if (isCurrent) showLoaded();
        },
        (error: unknown) => {
          if (isCurrent) setFailure({ error });
        },
      );
      return () => {
        isCurrent = false;
      };
    }, []);
    if (failure) throw failure.error;
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Fallback />;
  }
  return { Component, preload };
}
