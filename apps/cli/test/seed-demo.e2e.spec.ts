import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  createTestDatabase,
  type TestDatabase,
} from '../../../libs/testing/src/database/test-database';
import { runCli } from './run-cli';

describe('npm run cli -- seed:demo, as a built process', () => {
  let database: TestDatabase;
  let dataDir: string;
  const seed = () =>
    runCli(['seed:demo'], {
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      ADMIN_PASSWORD: 'cli test seeding password',
    });
  const eventCount = async (): Promise<number> => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query('SELECT count(*)::int AS count FROM events')).rows[0].count;
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'ros-cli-demo-'));
  });
  afterAll(async () => {
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is listed with what it does', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/seed:demo\s+Seed the demo region/);
  });

  it('seeds the region and exits 0, then changes nothing and says so', async () => {
    const first = await seed();
    expect({ code: first.code, stderr: first.stderr }).toEqual({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(
      /^Demo region: 3 operations registered, 15 phases opened, .* entries recorded, .*7 users created$/m,
    );
    expect(first.stdout).toMatch(/^ {2}demo-dorset-pcc \(pcc, dorset\): \S{12,}$/m);
    const events = await eventCount();

    expect(await seed()).toEqual({
      code: 0,
      stdout: 'Demo region: already there, nothing changed\n',
      stderr: '',
    });
    expect(await eventCount()).toBe(events);
  }, 120_000);
});
