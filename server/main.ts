import QRCode from 'qrcode';
import { optionsFrom } from './options.ts';
import { startServer } from './server.ts';

/** The one start-up failure a user makes often, said plainly; anything else keeps its stack trace. */
function explainStartFailure(error: unknown, port: number): never {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`Port ${port} er optaget. Stop det andet program, eller vælg en anden port med --port.`);
    process.exit(1);
  }
  throw error;
}

async function main(): Promise<void> {
  const options = optionsFrom(process.argv.slice(2), process.env);
  const running = await startServer(options).catch((error: unknown) => explainStartFailure(error, options.port));
  console.log(`Værdispillet kører på http://127.0.0.1:${running.port}/ (denne maskine)`);
  for (const url of running.urls) console.log(`Værdispillet kører på ${url}`);
  console.log(`Data gemmes i ${options.dataDir}`);
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
