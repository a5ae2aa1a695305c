/**
 * Runs `run` once the device has nothing else to do, at the latest after `timeout` ms. Safari has no
 * requestIdleCallback: there it runs after `fallback` ms. Returns a cancel (for an effect's cleanup).
 */
export function whenIdle(run: () => void, timeout: number, fallback: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, fallback);
  return () => clearTimeout(timer);
}
