import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApi } from '../../api/test/test-api';
import { registerScorpionPhase5, warrants } from '../../api/test/fixtures';
import { runCli } from './run-cli';

/** audit:verify as an operator runs it, on the trail a real API server wrote. */
describe('npm run cli -- audit:verify', () => {
  let api: TestApi;
  let dataDir: string;
  const verify = () =>
    runCli(['audit:verify'], { DATABASE_URL: api.database.url, DATA_DIR: dataDir });
  const tamper = (sql: string) =>
    api.sql(
      `ALTER TABLE audit_records DISABLE TRIGGER USER; ${sql}; ALTER TABLE audit_records ENABLE TRIGGER USER`,
    );

  beforeAll(async () => {
    api = await TestApi.start();
    dataDir = mkdtempSync(join(tmpdir(), 'ros-cli-audit-'));
    const entries = await registerScorpionPhase5(api);
    for (let i = 0; i < 5; i++) await api.post(entries, warrants(i + 1), 'dorset');
    await api.get(entries, 'analyst');
  }, 60_000);
  afterAll(async () => {
    await api.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('says an intact chain is intact, with its head, and exits 0', async () => {
    const [{ count }] = await api.sql(`SELECT count(*)::int AS count FROM audit_records`);
    expect(count).toBeGreaterThan(10);
    const { code, stdout, stderr } = await verify();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      new RegExp(
        `The audit chain is intact: ${count} records, the last ${count} with hash [0-9a-f]{64}`,
      ),
    );
  });

  it('names an edited record and exits 1; intact again once put back', async () => {
    const [{ status }] = await api.sql(`SELECT status FROM audit_records WHERE seq = 8`);
    await tamper(`UPDATE audit_records SET status = ${status + 1} WHERE seq = 8`);
    const edited = await verify();
    expect(edited.code).toBe(1);
    expect(edited.stderr).toContain(
      'The audit chain is broken at record 8 (hash-mismatch): record 8 has been changed',
    );
    expect(edited.stderr).toContain('7 records before it verified');

    await tamper(`UPDATE audit_records SET status = ${status} WHERE seq = 8`);
    expect((await verify()).code).toBe(0);
  });

  it('names the gap a deleted record leaves and exits 1', async () => {
    await tamper(`DELETE FROM audit_records WHERE seq = 6`);
    const { code, stderr } = await verify();
    expect(code).toBe(1);
    expect(stderr).toContain(
      'The audit chain is broken at record 7 (gap): record 6 is missing (deleted?) before record 7',
    );
  });
});
