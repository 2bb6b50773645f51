import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { AppProcess, builtMain, freePort } from '../../../libs/testing/src/child-process';
import {
  createTestDatabase,
  type TestDatabase,
} from '../../../libs/testing/src/database/test-database';

/**
 * The built server started with NODE_ENV=production, as a container platform starts it:
 * guessable or missing settings stop it before it serves anything, and secrets can come
 * from files.
 */
const SECRET = 'Qm9Tn2vX8rLk4WzYc7HdJf1sPa6Ue3GbR5yA';
const PASSWORD = 'Severn bore at Minsterworth 0700';

let database: TestDatabase;
let dir: string;
beforeAll(async () => {
  database = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'ros-production-'));
});
afterAll(async () => {
  await database?.drop();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the built API to its exit: what it printed and its exit code. */
const refusedStart = (
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> =>
  new Promise((done) => {
    const child = spawn(process.execPath, [builtMain('api')], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        DATA_DIR: dir,
        LOG_LEVEL: 'warn',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, output });
    });
  });

const secretFile = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content, { mode: 0o600 });
  return path;
};

describe('NODE_ENV=production refuses to start', () => {
  it.each([
    [
      'without a signing secret',
      { TOKEN_SECRET: '' },
      /TOKEN_SECRET \(or TOKEN_SECRET_FILE\) is required when NODE_ENV=production/,
    ],
    [
      'with a placeholder secret',
      { TOKEN_SECRET: 'change-me-change-me-change-me-change-me' },
      /TOKEN_SECRET looks like an example or a placeholder/,
    ],
    [
      'with the README’s admin password',
      { ADMIN_PASSWORD: 'change me before real use' },
      /ADMIN_PASSWORD is an example, a placeholder or the username/,
    ],
    [
      'with an admin password from the list people pick most',
      { ADMIN_PASSWORD: 'qwertyuiop123' },
      /ADMIN_PASSWORD is one of the most commonly used passwords; choose another/,
    ],
    [
      'with an admin password that holds the admin’s username',
      { ADMIN_PASSWORD: 'Admin of the south west 2026' },
      /ADMIN_PASSWORD must not contain the username/,
    ],
    [
      'on the embedded database',
      { DATABASE_URL: '' },
      /DATABASE_URL \(or DATABASE_URL_FILE\) is required when NODE_ENV=production.*ALLOW_EMBEDDED_DATABASE=true/,
    ],
    [
      'with both a secret and its file',
      { TOKEN_SECRET_FILE: 'x' },
      /Set TOKEN_SECRET or TOKEN_SECRET_FILE, not both/,
    ],
  ])(
    '%s: the setting named, exit code 1',
    async (_, env, message) => {
      const { code, output } = await refusedStart({
        TOKEN_SECRET: SECRET,
        ADMIN_PASSWORD: PASSWORD,
        DATABASE_URL: database.url,
        ...(env as Record<string, string>),
      });
      expect(output).toContain('Ring of Steel needs its configuration fixed first');
      expect(output).toMatch(message);
      expect(output).not.toContain('is listening');
      expect(code).toBe(1);
    },
    90_000,
  );

  it('when the admin would get a generated password', async () => {
    const { code, output } = await refusedStart({
      TOKEN_SECRET: SECRET,
      DATABASE_URL: database.url,
    });
    expect(output).toMatch(
      /ADMIN_PASSWORD \(or ADMIN_PASSWORD_FILE\) is required when NODE_ENV=production: the admin 'admin' does not exist yet/,
    );
    expect(output).not.toContain('is listening');
    expect(code).toBe(1);
    const client = new Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query('SELECT count(*)::int AS count FROM users');
    await client.end();
    expect(rows).toEqual([{ count: 0 }]);
  }, 90_000);
});

it('starts with its secrets from files (TOKEN_SECRET_FILE, ADMIN_PASSWORD_FILE, DATABASE_URL_FILE)', async () => {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const api = new AppProcess(
    builtMain('api'),
    {
      NODE_ENV: 'production',
      DATA_DIR: dir,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      TOKEN_SECRET: '',
      ADMIN_PASSWORD: '',
      DATABASE_URL: '',
      TOKEN_SECRET_FILE: secretFile('token-secret-file', `${SECRET}\n`),
      ADMIN_PASSWORD_FILE: secretFile('admin-password-file', `${PASSWORD}\n`),
      DATABASE_URL_FILE: secretFile('database-url-file', `${database.url}\n`),
    },
    async () => (await fetch(`${url}/api/health`)).ok,
  );
  try {
    await api.start(90_000);
    const signIn = await fetch(`${url}/api/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    // Signed with the file's secret, as another instance reading the same file would sign.
    const { accessToken } = (await signIn.json()) as { accessToken: string };
    const [head, body, signature] = accessToken.split('.');
    expect(JSON.parse(Buffer.from(body, 'base64url').toString())).toMatchObject({ sub: 'admin' });
    expect(createHmac('sha256', SECRET).update(`${head}.${body}`).digest('base64url')).toBe(
      signature,
    );
  } finally {
    api.kill('SIGTERM');
    await api.exited;
  }
}, 120_000);
