import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const BUILT_MAIN = resolve(__dirname, '../../../dist/apps/api/apps/api/src/main.js');

/** The built server as a real process, as `npm start` runs it. */
export class ServerProcess {
  private child?: ChildProcess;
  private output = '';
  exited?: Promise<number | null>;

  constructor(
    private readonly env: Record<string, string>,
    readonly url: string,
  ) {}

  async start(timeoutMs = 60_000): Promise<void> {
    if (!existsSync(BUILT_MAIN))
      throw new Error(`${BUILT_MAIN} is missing: run npm run build first`);
    this.output = '';
    this.child = spawn(process.execPath, [BUILT_MAIN], {
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (chunk) => (this.output += chunk));
    this.child.stderr!.on('data', (chunk) => (this.output += chunk));
    this.exited = new Promise((done) => this.child!.on('exit', (code) => done(code)));
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null)
        throw new Error(`The server exited on start:\n${this.output}`);
      const healthy = await fetch(`${this.url}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (healthy) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`The server did not become healthy in time:\n${this.output}`);
  }

  kill(signal: NodeJS.Signals): void {
    this.child?.kill(signal);
  }

  get log(): string {
    return this.output;
  }
}

export const freePort = (): Promise<number> =>
  new Promise((resolvePort, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(),
      );
    });
  });
