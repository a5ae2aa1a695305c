/**
 * Headers on every HTTP answer. The Content-Security-Policy allows what the built app uses and
 * nothing else: its own scripts, styles, fonts, workers (the PDF export, the service worker) and
 * manifest; images from itself and `data:` (the QR code); connections to itself, the WebSocket to
 * the same host included (`'self'` covers `ws:` in current browsers, not in older Safari, hence the
 * explicit origins). No inline script, no eval, no plugins, no framing. Style attributes set from
 * script (React, framer-motion) go through the CSSOM, which `style-src` does not govern. A finished
 * PDF opens from a `blob:` link, a navigation the policy does not restrict.
 * tests/e2e/served.spec.ts runs the app under it and fails on any violation.
 *
 * @param host the request's `Host`, already checked against the allow-list (null: not allowed)
 */
export function securityHeaders(host: string | null): Record<string, string> {
  const sockets = host === null ? '' : ` ws://${host} wss://${host}`;
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${sockets}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // frame-ancestors for browsers from before it.
    'X-Frame-Options': 'DENY',
  };
}
