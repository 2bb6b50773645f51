import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppProcess, builtMain, freePort } from '../../../libs/testing/src/child-process';
import {
  createTestDatabase,
  type TestDatabase,
} from '../../../libs/testing/src/database/test-database';

/** SEED_DEMO=true npm start, as built: the seed's log lines say what it did. */
describe('the API started with SEED_DEMO=true', () => {
  let database: TestDatabase;
  let dataDir: string;
  let url: string;
  const started: AppProcess[] = [];

  const start = async (): Promise<AppProcess> => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const api = new AppProcess(
      builtMain('api'),
      {
        DATABASE_URL: database.url,
        DATA_DIR: dataDir,
        PORT: String(port),
        ADMIN_PASSWORD: 'seed on start admin password',
        SEED_DEMO: 'true',
        LOG_LEVEL: 'warn',
      },
      async (output) => output.includes('Demo region'),
    );
    started.push(api);
    await api.start(120_000);
    return api;
  };
  const stop = async (api: AppProcess) => {
    api.kill('SIGTERM');
    await api.exited;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'ros-seed-on-start-'));
  });
  afterAll(async () => {
    for (const api of started) api.kill('SIGKILL');
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('seeds once, with passwords that sign in, and changes nothing on the next start', async () => {
    const first = await start();
    const seeded = /Demo region: 3 operations registered, .* entries recorded/;
    expect(first.log).toMatch(seeded);
    const [, password] = /demo-analyst \(analyst\): (\S+)"/.exec(first.log)!;
    const signIn = await fetch(`${url}/api/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'demo-analyst', password }),
    });
    expect(signIn.status).toBe(200);
    const { accessToken } = (await signIn.json()) as { accessToken: string };
    const operations = await fetch(`${url}/api/operations`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(((await operations.json()) as { id: string }[]).map((o) => o.id)).toEqual([
      'scorpion',
      'viper',
      'ragwort',
    ]);
    await stop(first);

    const second = await start();
    expect(second.log).toContain('Demo region: already there, nothing changed');
    expect(second.log).not.toContain('demo-analyst');
    await stop(second);
  }, 180_000);
});
