import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

/** Where `npm run build` puts an app's entry point. */
export const builtMain = (app: string) =>
  resolve(__dirname, `../../../dist/apps/${app}/apps/${app}/src/main.js`);

/** A built app run as a real process, as npm start runs it. */
export class AppProcess {
  private child?: ChildProcess;
  private output = '';
  exited?: Promise<number | null>;

  constructor(
    private readonly main: string,
    private readonly env: Record<string, string>,
    /** Whether it is ready, from what it has printed so far or from the outside. */
    private readonly ready: (output: string) => Promise<boolean>,
  ) {}

  async start(timeoutMs = 60_000): Promise<void> {
    if (!existsSync(this.main)) throw new Error(`${this.main} is missing: run npm run build first`);
    this.output = '';
    this.child = spawn(process.execPath, [this.main], {
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (chunk) => (this.output += chunk));
    this.child.stderr!.on('data', (chunk) => (this.output += chunk));
    this.exited = new Promise((done) => this.child!.on('exit', (code) => done(code)));
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null)
        throw new Error(`${this.main} exited on start:\n${this.output}`);
      if (await this.ready(this.output).catch(() => false)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${this.main} was not ready in time:\n${this.output}`);
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
