import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseAllowedHost } from './allowed-hosts.ts';
import { DEFAULT_ROOM_TTL_MS } from './room-expiry.ts';
import type { ServerOptions } from './server.ts';

const DURATION_UNITS_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * A duration as a person writes it on the command line: `12h`, `90m`, `30s`, `2d`; a bare number is
 * hours. Anything else, zero or negative, is refused with a message.
 */
export function parseDuration(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$/i.exec(text);
  const amount = match ? Number(match[1]) * DURATION_UNITS_MS[(match[2] || 'h').toLowerCase()]! : Number.NaN;
  if (!Number.isFinite(amount) || amount < 1000) {
    throw new Error(`Ugyldig varighed: "${text}". Skriv fx 12h, 90m eller 30s.`);
  }
  return Math.round(amount);
}

/** A comma-separated list from the environment. */
function listFrom(text: string | undefined): string[] {
  return (text ?? '').split(',').map((item) => item.trim()).filter(Boolean);
}

/**
 * `tsx server/main.ts [--port 4173] [--host 0.0.0.0] [--data ./data] [--dist ./dist] [--allow-origin <origin>]…
 * [--allow-host <host>]… [--room-ttl 12h]`
 * Flags win over the environment (PORT, HOST, DATA_DIR, DIST_DIR, ALLOWED_ORIGINS and ALLOWED_HOSTS
 * comma-separated, ROOM_TTL); the lists add up.
 */
export function optionsFrom(argv: string[], env: NodeJS.ProcessEnv): ServerOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      dist: { type: 'string' },
      'allow-origin': { type: 'string', multiple: true },
      'allow-host': { type: 'string', multiple: true },
      'room-ttl': { type: 'string' },
    },
    strict: true,
  });
  const port = Number(values.port ?? env.PORT ?? 4173);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Ugyldig port: ${values.port ?? env.PORT}`);
  const ttl = values['room-ttl'] ?? env.ROOM_TTL;
  const allowedHosts = [...listFrom(env.ALLOWED_HOSTS), ...(values['allow-host'] ?? [])];
  const wrongHost = allowedHosts.find((host) => parseAllowedHost(host) === null);
  if (wrongHost !== undefined) throw new Error(`Ugyldigt værtsnavn: "${wrongHost}". Skriv fx vaerdispil.local eller vaerdispil.local:4173.`);
  return {
    port,
    host: values.host ?? env.HOST ?? '0.0.0.0',
    dataDir: resolve(values.data ?? env.DATA_DIR ?? 'data'),
    distDir: resolve(values.dist ?? env.DIST_DIR ?? 'dist'),
    allowedOrigins: [...listFrom(env.ALLOWED_ORIGINS), ...(values['allow-origin'] ?? [])],
    allowedHosts,
    roomTtlMs: ttl === undefined ? DEFAULT_ROOM_TTL_MS : parseDuration(ttl),
  };
}
