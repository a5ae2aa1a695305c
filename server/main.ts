import QRCode from 'qrcode';
import { optionsFrom } from './options.ts';
import { startServer, type ServerOptions } from './server.ts';

/** The one start-up failure a user makes often, said plainly; anything else keeps its stack trace. */
function explainStartFailure(error: unknown, port: number): never {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`Port ${port} er optaget. Stop det andet program, eller vælg en anden port med --port.`);
    process.exit(1);
  }
  throw error;
}

/** A mistyped flag is said in one line, without a stack trace. */
function readOptions(): ServerOptions {
  try {
    return optionsFrom(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}

function hours(ms: number): string {
  return (ms / 3_600_000).toLocaleString('da-DK', { maximumFractionDigits: 2 });
}

async function main(): Promise<void> {
  const options = readOptions();
  const running = await startServer(options).catch((error: unknown) => explainStartFailure(error, options.port));
  console.log(`Værdispillet kører på http://127.0.0.1:${running.port}/ (denne maskine)`);
  for (const url of running.urls) console.log(`Værdispillet kører på ${url}`);
  if (options.allowedHosts?.length) console.log(`Svarer også på navnene: ${options.allowedHosts.join(', ')} (--allow-host)`);
  console.log(`Data gemmes i ${options.dataDir}`);
  if (options.roomTtlMs !== undefined) {
    console.log(`En session uden forbundne enheder i ${hours(options.roomTtlMs)} timer lukkes, og dens data slettes (--room-ttl).`);
  }
  const first = running.urls[0];
  if (first) {
    console.log('Tablets kan scanne denne kode:');
    console.log(await QRCode.toString(first, { type: 'terminal', small: true }));
  } else {
    console.log('Ingen netværksadresse fundet: tablets kan ikke nå serveren (kun denne maskine).');
  }

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();
