/**
 * Against DNS rebinding: a page on another site can make its own name resolve to this server's address
 * (on the LAN or on loopback), and its scripts then read and write here as if they were the app — the
 * browser thinks it talks to the attacker's site, so the Origin check (origin.ts) passes too. What
 * the browser cannot hide is the name: it sends it in `Host`. So the server answers only requests for
 * the addresses it prints, loopback, and the names the operator allowed (`--allow-host`).
 */

interface HostName {
  /** Lower case; an IPv6 address in brackets, as in a URL. */
  hostname: string;
  /** Null when none was written (`Host: example.org` means port 80). */
  port: number | null;
}

/** A Host header or an `--allow-host` value: `name`, `name:port`, `1.2.3.4:port`, `[::1]:port`. */
export function parseHost(text: string): HostName | null {
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)(?::(\d{1,5}))?$/.exec(text.trim().toLowerCase());
  if (!match) return null;
  const port = match[2] === undefined ? null : Number(match[2]);
  if (port !== null && port > 65535) return null;
  return { hostname: match[1]!, port };
}

/** `--allow-host` also takes an address as the operator may paste it (`http://vaerdi.local:8080/`). */
export function parseAllowedHost(text: string): HostName | null {
  return parseHost(text.replace(/^https?:\/\//i, '').replace(/\/.*$/, ''));
}

export class AllowedHosts {
  /** `hostname:port` pairs: loopback and the server's own addresses, on the server's port. */
  private readonly exact = new Set<string>();
  /** Names the operator allowed without a port: any port (behind a proxy the port is the proxy's). */
  private readonly anyPort = new Set<string>();

  /**
   * @param port the port the server listens on
   * @param addresses the addresses it prints (`http://192.168.1.20:4173/`)
   * @param extra `--allow-host` values; one with a port allows that port only
   */
  constructor(port: number, addresses: string[], extra: string[]) {
    for (const name of ['localhost', '127.0.0.1', '[::1]']) this.exact.add(`${name}:${port}`);
    for (const address of addresses) this.add(URL.canParse(address) ? parseHost(new URL(address).host) : null);
    for (const value of extra) {
      const host = parseAllowedHost(value);
      if (host?.port === null) this.anyPort.add(host.hostname);
      else this.add(host);
    }
  }

  private add(host: HostName | null): void {
    if (host) this.exact.add(`${host.hostname}:${host.port ?? 80}`);
  }

  /** Whether a request with this `Host` header is for this server. */
  has(hostHeader: string | undefined): boolean {
    const host = hostHeader === undefined ? null : parseHost(hostHeader);
    if (!host) return false;
    return this.anyPort.has(host.hostname) || this.exact.has(`${host.hostname}:${host.port ?? 80}`);
  }
}

/** Said to a browser that used a name the server does not answer to (HTTP 421). */
export const HOST_REFUSED_TEXT =
  'Ukendt adresse. Åbn Værdispillet på en af de adresser, serveren viser, når den starter, eller start serveren med --allow-host <navn>.';
