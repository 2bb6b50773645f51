import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIVE_FORCES, warrants } from './fixtures';
import { AppProcess, builtMain, freePort } from '../../../libs/testing/src/child-process';

const PASSWORD = 'crash test admin password';

/**
 * Kills the server (SIGKILL) in the middle of a burst of writes and starts it again on
 * the same DATA_DIR: no entry acknowledged with 201 may be lost, none stored twice.
 */
describe('a server killed in the middle of a burst of writes', () => {
  let dataDir: string;
  let server: AppProcess;
  let url: string;
  let token: string;
  const acknowledged: ReturnType<typeof warrants>[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ros-crash-'));
    chmodSync(dataDir, 0o755);
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    server = new AppProcess(
      builtMain('api'),
      {
        DATA_DIR: dataDir,
        PORT: String(port),
        EMBEDDED_POSTGRES_PORT: String(await freePort()),
        ADMIN_PASSWORD: PASSWORD,
        LOG_LEVEL: 'warn',
        DATABASE_URL: '', // the embedded PostgreSQL, whatever this test run uses
      },
      () => fetch(`${url}/api/health`).then((r) => r.ok),
    );
    await server.start();
    token = await signIn();
    await post('/api/operations', {
      id: 'scorpion',
      name: 'Operation Scorpion',
      scope: 'regional',
      forces: FIVE_FORCES,
    });
    await post('/api/operations/scorpion/phases', { number: 5, startsOn: '2023-06-26' });
  }, 120_000);

  afterAll(async () => {
    server.kill('SIGKILL');
    const pid = postgresPid();
    if (pid) process.kill(pid, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  const post = (path: string, body: unknown) =>
    fetch(`${url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });

  const signIn = async () => {
    const response = await post('/api/auth/token', { username: 'admin', password: PASSWORD });
    return ((await response.json()) as { accessToken: string }).accessToken;
  };

  const postgresPid = (): number | null => {
    const file = join(dataDir, 'postgres', 'postmaster.pid');
    return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null;
  };

  /** Eight clients write entries as fast as they can; the server is killed after `killAfter` acknowledgements. */
  const burstThenKill = async (killAfter: number, kill: () => void) => {
    let acknowledgedHere = 0;
    let killed = false;
    const client = async (worker: number) => {
      while (!killed) {
        const entry = warrants(1, FIVE_FORCES[worker % FIVE_FORCES.length]);
        try {
          const response = await post('/api/operations/scorpion/phases/5/entries', entry);
          if (response.status === 201) {
            acknowledged.push(entry);
            if (++acknowledgedHere === killAfter && !killed) {
              killed = true;
              kill();
            }
          }
        } catch {
          // the connection died with the server: this entry was never acknowledged
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, worker) => client(worker)));
    await server.exited;
  };

  const expectEveryAcknowledgedEntryStoredOnce = async () => {
    for (const entry of acknowledged) {
      const response = await post('/api/operations/scorpion/phases/5/entries', entry);
      expect([entry.entryId, response.status]).toEqual([entry.entryId, 200]);
    }
  };

  it('keeps every acknowledged entry when only the API process dies (PostgreSQL left running)', async () => {
    await burstThenKill(150, () => server.kill('SIGKILL'));
    expect(postgresPid()).not.toBeNull(); // the orphaned server still holds the data directory
    await server.start();
    token = await signIn();
    await expectEveryAcknowledgedEntryStoredOnce();
  }, 180_000);

  it('keeps every acknowledged entry when PostgreSQL dies with it', async () => {
    const before = acknowledged.length;
    await burstThenKill(150, () => {
      server.kill('SIGKILL');
      process.kill(postgresPid()!, 'SIGKILL');
    });
    expect(acknowledged.length).toBeGreaterThanOrEqual(before + 150);
    await server.start();
    token = await signIn();
    await expectEveryAcknowledgedEntryStoredOnce();
  }, 180_000);

  it('stops cleanly on SIGTERM, PostgreSQL included', async () => {
    server.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(postgresPid()).toBeNull();
  }, 60_000);
});
