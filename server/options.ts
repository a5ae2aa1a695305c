import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ServerOptions } from './server.ts';

/**
 * `tsx server/main.ts [--port 4173] [--host 0.0.0.0] [--data ./data] [--dist ./dist] [--allow-origin <origin>]…`
 * Flags win over the environment (PORT, HOST, DATA_DIR, DIST_DIR, ALLOWED_ORIGINS comma-separated).
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
    },
    strict: true,
  });
  const port = Number(values.port ?? env.PORT ?? 4173);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Ugyldig port: ${values.port ?? env.PORT}`);
  const fromEnv = (env.ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
  return {
    port,
    host: values.host ?? env.HOST ?? '0.0.0.0',
    dataDir: resolve(values.data ?? env.DATA_DIR ?? 'data'),
    distDir: resolve(values.dist ?? env.DIST_DIR ?? 'dist'),
    allowedOrigins: [...fromEnv, ...(values['allow-origin'] ?? [])],
  };
}
