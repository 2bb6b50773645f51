import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { AppProcess, builtMain, freePort } from '../../../libs/testing/src/child-process';
import { occurrences, runCli } from './run-cli';

const DEFAULT_EMBEDDED_POSTGRES_PORT = 54329;
const PASSWORD = 'cli test admin password';

describe('the operator’s CLI, as a built process', () => {
  describe('asked for help', () => {
    it('lists its commands and exits 0', async () => {
      const { code, stdout } = await runCli(['--help']);
      expect(code).toBe(0);
      expect(stdout).toContain('Usage: npm run cli -- [options] [command]');
      expect(stdout).toMatch(/projections:status\s+Each projection/);
      expect(stdout).toMatch(/projections:rebuild \[options\]\s+Rebuild every read model/);
    });

    it('shows projections:status’s usage and exits 0', async () => {
      const { code, stdout } = await runCli(['projections:status', '--help']);
      expect(code).toBe(0);
      expect(stdout).toContain('Usage: npm run cli -- projections:status [options]');
      expect(stdout).toContain('lag behind the event store');
    });

    it('shows projections:rebuild’s usage and options and exits 0', async () => {
      const { code, stdout } = await runCli(['projections:rebuild', '--help']);
      expect(code).toBe(0);
      expect(stdout).toContain('Usage: npm run cli -- projections:rebuild [options]');
      expect(stdout).toContain('--keep-previous');
    });
  });

  describe('called the wrong way', () => {
    it('names an unknown command once and exits 2', async () => {
      const { code, stdout, stderr } = await runCli(['projections:stats']);
      expect(code).toBe(2);
      expect(occurrences(stdout + stderr, "unknown command 'projections:stats'")).toBe(1);
      expect(stderr).toContain('--help lists the commands');
    });

    it('names an unknown option once and exits 2', async () => {
      const { code, stdout, stderr } = await runCli(['projections:status', '--verbose']);
      expect(code).toBe(2);
      expect(occurrences(stdout + stderr, "unknown option '--verbose'")).toBe(1);
    });
  });

  it('exits 1 with the reason when the command itself fails, and writes nothing', async () => {
    const closedPort = await freePort();
    const dataDir = join(mkdtempSync(join(tmpdir(), 'ros-cli-')), 'data');
    try {
      const { code, stderr } = await runCli(['projections:status'], {
        DATA_DIR: dataDir,
        DATABASE_URL: `postgres://nobody:nothing@127.0.0.1:${closedPort}/postgres`,
      });
      expect(code).toBe(1);
      expect(
        occurrences(stderr, `PostgreSQL at 127.0.0.1:${closedPort}/postgres (ECONNREFUSED)`),
      ).toBe(1);
      expect(stderr).not.toContain('nothing@');
      expect(existsSync(dataDir)).toBe(false); // only the API keeps a token secret
    } finally {
      rmSync(dirname(dataDir), { recursive: true, force: true });
    }
  });

  /**
   * The API started with its own EMBEDDED_POSTGRES_PORT; the operator then runs the CLI
   * with the same DATA_DIR and nothing else: it must find that server, not start another.
   */
  describe('with only DATA_DIR, while the API runs its embedded PostgreSQL on another port', () => {
    let dataDir: string;
    let api: AppProcess;

    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'ros-cli-'));
      chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as `postgres` and must enter it
      const postgresPort = await freePort();
      expect(postgresPort).not.toBe(DEFAULT_EMBEDDED_POSTGRES_PORT);
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      api = new AppProcess(
        builtMain('api'),
        {
          DATA_DIR: dataDir,
          PORT: String(port),
          EMBEDDED_POSTGRES_PORT: String(postgresPort),
          ADMIN_PASSWORD: PASSWORD,
          LOG_LEVEL: 'warn',
          DATABASE_URL: '', // the embedded PostgreSQL, whatever this test run uses
        },
        () => fetch(`${url}/api/health`).then((r) => r.ok),
      );
      await api.start();
      await registerAnOperation(url);
    }, 120_000);

    afterAll(async () => {
      api.kill('SIGTERM');
      await api.exited;
      const pid = postgresPid(dataDir);
      if (pid) process.kill(pid, 'SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }, 60_000);

    it('projections:status reads the running server’s database', async () => {
      const { code, stdout, stderr } = await runCli(['projections:status'], { DATA_DIR: dataDir });
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      expect(stdout).not.toContain('Starting the embedded PostgreSQL');
      // the operation the API registered is in the event store the CLI read
      expect(stdout).toMatch(/^event store head position: \d+$/m);
      expect(stdout).toMatch(/^totals +position +\d+ +lag/m);
      expect(stdout).toMatch(/^entry-log +position +\d+ +lag/m);
    }, 60_000);
  });
});

const registerAnOperation = async (url: string): Promise<void> => {
  const post = (path: string, body: unknown, token?: string) =>
    fetch(`${url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
  const signIn = await post('/api/auth/token', { username: 'admin', password: PASSWORD });
  const { accessToken } = (await signIn.json()) as { accessToken: string };
  const registered = await post(
    '/api/operations',
    { id: 'viper', name: 'Operation Viper', scope: 'force', forces: ['dorset'] },
    accessToken,
  );
  if (registered.status !== 201)
    throw new Error(`Registering Viper failed: ${registered.status} ${await registered.text()}`);
};

const postgresPid = (dataDir: string): number | null => {
  const file = join(dataDir, 'postgres', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null;
};
