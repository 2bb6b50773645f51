import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppProcess, builtMain, freePort } from '../../../libs/testing/src/child-process';
import {
  createTestDatabase,
  type TestDatabase,
} from '../../../libs/testing/src/database/test-database';

/**
 * The built server's own log, at its most talkative: every request is in it, and no
 * password or token ever is. And a token whose header says `alg: none` opens nothing.
 */
const ADMIN_PASSWORD = 'Tamar bridge at low water 0615';
const NEW_PASSWORD = 'Exmoor ponies under Dunkery 42';
const WRONG_PASSWORD = 'Not the password of anyone 77';

let database: TestDatabase;
let dir: string;
let api: AppProcess;
let url: string;

beforeAll(async () => {
  database = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'ros-log-hygiene-'));
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  api = new AppProcess(
    builtMain('api'),
    {
      DATA_DIR: dir,
      PORT: String(port),
      LOG_LEVEL: 'debug',
      DATABASE_URL: database.url,
      ADMIN_PASSWORD,
    },
    async () => (await fetch(`${url}/api/health`)).ok,
  );
  await api.start(90_000);
}, 120_000);
afterAll(async () => {
  api?.kill('SIGTERM');
  await api?.exited;
  await database?.drop();
  rmSync(dir, { recursive: true, force: true });
});

const call = (path: string, body?: unknown, token?: string) =>
  fetch(`${url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

it('logs every request but never a password or a token', async () => {
  expect(
    (await call('/api/auth/token', { username: 'admin', password: WRONG_PASSWORD })).status,
  ).toBe(401);
  const signIn = await call('/api/auth/token', { username: 'admin', password: ADMIN_PASSWORD });
  const { accessToken } = (await signIn.json()) as { accessToken: string };
  const created = await call(
    '/api/users',
    { username: 'casey', password: NEW_PASSWORD, role: 'analyst' },
    accessToken,
  );
  expect(created.status).toBe(201);
  expect((await call('/api/operations', undefined, accessToken)).status).toBe(200);
  await new Promise((r) => setTimeout(r, 500)); // the last lines reach the pipe

  const log = api.log;
  expect(log).toContain('/api/users'); // the requests are there…
  for (const secret of [ADMIN_PASSWORD, NEW_PASSWORD, WRONG_PASSWORD, accessToken])
    expect({ secret, inLog: log.includes(secret) }).toEqual({ secret, inLog: false });
  // …and not even the token's signature alone.
  expect(log.includes(accessToken.split('.')[2])).toBe(false);
});

it('refuses a token that says alg: none, or is signed with another algorithm (401)', async () => {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = {
    sub: 'admin',
    role: 'admin',
    force: null,
    exp: Math.floor(Date.now() / 1000) + 600,
  };
  const unsigned = `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
  const forged = `${part({ alg: 'HS512', typ: 'JWT' })}.${part(claims)}.${'A'.repeat(86)}`;
  for (const token of [unsigned, forged]) {
    const answer = await call('/api/users', undefined, token);
    expect({ token, status: answer.status }).toEqual({ token, status: 401 });
  }
});
