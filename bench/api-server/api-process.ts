import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from '../../libs/testing/src/child-process';

export const ADMIN_PASSWORD = 'bench admin password 7f3k';

/**
 * The built API (`npm run build`'s dist) as its own process, as `npm start` runs it, with
 * the throttler's limits raised out of the way (RATE_LIMIT_*_PER_MINUTE=1000000) and the
 * production default LOG_LEVEL (info), its output going to a file.
 */
export class ApiProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    /** Spawn to the first 200 from GET /api/health. */
    readonly startToHealthyMs: number,
    private readonly logFile: string,
  ) {}

  static async start(databaseUrl: string, dataDir: string): Promise<ApiProcess> {
    // From dist/bench/bench/api-server/ to the repository's dist/apps/api.
    // BENCH_API_MAIN: another build's main.js, to compare two builds on the same load.
    const main =
      process.env.BENCH_API_MAIN ??
      resolve(__dirname, '../../../../dist/apps/api/apps/api/src/main.js');
    if (!existsSync(main)) throw new Error(`${main} is missing: run npm run build first`);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const logFile = join(dataDir, 'api.log');
    const out = openSync(logFile, 'a');
    const started = process.hrtime.bigint();
    // Profiling the API under the benchmark's load: BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=…".
    const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
    const child = spawn(process.execPath, [...nodeArgs, main], {
      env: {
        ...process.env,
        NODE_ENV: 'development',
        DATABASE_URL: databaseUrl,
        DATA_DIR: dataDir,
        PORT: String(port),
        TOKEN_SECRET: randomBytes(32).toString('hex'),
        TOKEN_TTL_SECONDS: '86400',
        ADMIN_PASSWORD,
        LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
        RATE_LIMIT_READS_PER_MINUTE: '1000000',
        RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
        SEED_DEMO: 'false',
      },
      stdio: ['ignore', out, out],
    });
    closeSync(out);
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null)
        throw new Error(`The API exited on start:\n${readFileSync(logFile, 'utf8').slice(-4000)}`);
      const healthy = await fetch(`${url}/api/health`)
        .then(async (response) => {
          await response.arrayBuffer();
          return response.status === 200;
        })
        .catch(() => false);
      if (healthy) {
        const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
        return new ApiProcess(child, url, elapsed, logFile);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    child.kill('SIGKILL');
    throw new Error(
      `The API was not healthy in 2 minutes:\n${readFileSync(logFile, 'utf8').slice(-4000)}`,
    );
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** The most memory the process has held since it started (VmHWM): the kernel keeps it. */
  peakRssMb(): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
    return kb / 1024;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }

  /** The API's own output, for a failure's message. */
  logTail(): string {
    return readFileSync(this.logFile, 'utf8').slice(-4000);
  }
}
