import type { IncomingMessage } from 'node:http';

/**
 * Browsers send `Origin` with WebSocket upgrades and cross-site POSTs. A page from another site must not
 * drive the server through a participant's or facilitator's browser, so a request whose Origin is
 * present must come from the server's own origin (the Host it was asked for) or from an origin the
 * operator allowed on purpose (`--allow-origin`, e.g. the Vite dev server). Requests without Origin
 * (curl, tablets' own page loads, Node clients) are judged by their keys alone.
 */
export function isOriginAllowed(request: IncomingMessage, allowedOrigins: ReadonlySet<string>): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (allowedOrigins.has(origin)) return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  return originHost !== '' && originHost === request.headers.host;
}
