import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { AppProcess, builtMain, freePort } from '../../../libs/testing/src/child-process';
import {
  createTestDatabase,
  type TestDatabase,
} from '../../../libs/testing/src/database/test-database';

/**
 * The README's walk-through, run literally against the built server as `npm start` runs it:
 * every command succeeds, and prints what each `# →` line under it says it prints.
 */
const README = readFileSync(resolve(__dirname, '../../../README.md'), 'utf8');
const WALK_THROUGH = README.slice(
  README.indexOf('<!-- walk-through -->'),
  README.indexOf('<!-- end of walk-through -->'),
);
const SCRIPT = [...WALK_THROUGH.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]).join('\n');
const SHOWN = [...SCRIPT.matchAll(/^# → (.*)$/gm)].map((m) => m[1]);

/** `…` in what the README shows stands for anything that differs from run to run. */
const pattern = (shown: string) =>
  new RegExp(
    shown
      .split('…')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*?'),
  );

describe('the README walk-through', () => {
  let database: TestDatabase;
  let dataDir: string;
  let server: AppProcess;
  let url: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'ros-readme-'));
    const port = await freePort();
    url = `http://localhost:${port}`;
    server = new AppProcess(
      builtMain('api'),
      {
        DATABASE_URL: database.url,
        PORT: String(port),
        DATA_DIR: dataDir,
        ADMIN_PASSWORD: 'change me before real use',
        LOG_LEVEL: 'warn',
      },
      async () => (await fetch(`${url}/api/health`)).ok,
    );
    await server.start();
  }, 90_000);

  afterAll(async () => {
    server?.kill('SIGTERM');
    await server?.exited;
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is found in the README, with what it shows', () => {
    expect(SCRIPT).toContain('API=http://localhost:3000');
    expect(SHOWN.length).toBeGreaterThan(10);
  });

  it('runs as written and prints what it shows, in order', async () => {
    const script = `set -euo pipefail\n${SCRIPT.replace('API=http://localhost:3000', `API=${url}`)}`;
    const { stdout } = await promisify(execFile)('bash', ['-c', script], { timeout: 60_000 });
    let rest = stdout;
    for (const shown of SHOWN) {
      const found = pattern(shown).exec(rest);
      expect([shown, found ? 'printed' : `not printed after:\n${rest}`]).toEqual([
        shown,
        'printed',
      ]);
      rest = rest.slice(found!.index + found![0].length);
    }
  }, 90_000);
});
