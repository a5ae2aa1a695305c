import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../support/free-port.ts';

/*
 * The real session server (server/main.ts) for the live-session browser tests: it serves the build in
 * E2E_DIST and keeps its rooms in a temporary data folder. It runs as one Node process (tsx as a loader,
 * not the tsx CLI, which would put a second process between us and the server), so SIGKILL kills the
 * server itself, as a power cut would.
 */


export class LiveServer {
  private process: ChildProcess | null = null;
  private output = '';

  private constructor(
    readonly port: number,
    readonly dataDir: string,
    private readonly dist: string,
    private readonly host: string,
  ) {}

  /**
   * Starts a server on a free port with an empty data folder, on loopback only unless `host` says
   * otherwise (`0.0.0.0`: also on the machine's LAN addresses, for a tablet on plain http).
   */
  static async start({ host = '127.0.0.1' }: { host?: string } = {}): Promise<LiveServer> {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'vaerdispil-live-'));
    const server = new LiveServer(await freePort(), dataDir, path.resolve(process.env.E2E_DIST ?? 'dist'), host);
    await server.run();
    return server;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  /** Starts the server process (again) on the same port and data folder, and waits until it answers. */
  async run(): Promise<void> {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'server/main.ts', '--port', String(this.port), '--host', this.host, '--data', this.dataDir, '--dist', this.dist],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.process = child;
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`the live server exited:\n${this.output}`);
      try {
        const response = await fetch(new URL('api/info', this.url));
        if (response.ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    throw new Error(`the live server did not start:\n${this.output}`);
  }

  /** Kills the server with SIGKILL: no chance to write anything more or close a connection. */
  async kill(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    await this.kill();
    await rm(this.dataDir, { recursive: true, force: true });
  }
}
