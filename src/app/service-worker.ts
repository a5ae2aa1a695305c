import type { Workbox } from 'workbox-window';

/*
 * The service worker that keeps the app on the device (vite-plugin-pwa builds it as sw.js). A new
 * version is installed in the background and then waits: only the user's "update now" makes it take
 * over and reload the page, so a running workshop is never reloaded under anyone's hands.
 */

/** How often a long-open app asks for a new version (browsers also check on every page load). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

let started = false;
let waiting: Workbox | null = null;
const listeners = new Set<() => void>();

/**
 * Service workers exist only in a secure context (https or localhost). Tablets that load the app over
 * plain http on a local network have none: the app then runs as before, online, with nothing to register.
 */
export function canUseServiceWorker(): boolean {
  return import.meta.env.PROD && window.isSecureContext && 'serviceWorker' in navigator;
}

/** Registers the service worker once (later calls do nothing). Never throws: the app works without it. */
export function startServiceWorker(): void {
  if (started || !canUseServiceWorker()) return;
  started = true;
  void import('workbox-window')
    .then(({ Workbox }) => {
      const workbox = new Workbox('./sw.js');
      workbox.addEventListener('waiting', () => {
        waiting = workbox;
        for (const listener of listeners) listener();
      });
      setInterval(() => void workbox.update().catch(() => {}), UPDATE_CHECK_MS);
      return workbox.register();
    })
    .catch((error: unknown) => console.warn('service worker not registered', error));
}

/** Whether a new version is installed and waits for the user's go. */
export function isUpdateWaiting(): boolean {
  return waiting !== null;
}

export function subscribeUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Lets the waiting version take over, then reloads into it (everything is stored, so nothing is lost). */
export function applyUpdate(): void {
  const workbox = waiting;
  if (!workbox) return;
  workbox.addEventListener('controlling', () => location.reload());
  workbox.messageSkipWaiting();
}
