import { randomBytes, randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { AppProcess, builtMain, freePort } from '../../../libs/testing/src/child-process';
import {
  createTestDatabase,
  type TestDatabase,
} from '../../../libs/testing/src/database/test-database';

const ADMIN_PASSWORD = 'Dartmoor tor at first light 0540';

/**
 * The distributed layout on one PostgreSQL, as docker-compose.yml runs it: the API with
 * PROJECTIONS=off and RELAY=off, and the projector as a process of its own. What the API
 * accepts, the projector projects, and the API answers it.
 */
describe('the API and the projector as separate processes', () => {
  let database: TestDatabase;
  let api: AppProcess;
  let projector: AppProcess;
  let url: string;
  let projectorHealth: string;
  let token: string;

  const call = async (path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as any };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    const shared = {
      DATABASE_URL: database.url,
      TOKEN_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
      KAFKA_BROKERS: '',
    };
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    api = new AppProcess(
      builtMain('api'),
      { ...shared, PORT: String(port), ADMIN_PASSWORD, PROJECTIONS: 'off', RELAY: 'off' },
      () => fetch(`${url}/api/health`).then((r) => r.ok),
    );
    await api.start();
    const healthPort = await freePort();
    projectorHealth = `http://127.0.0.1:${healthPort}/health`;
    projector = new AppProcess(
      builtMain('projector'),
      { ...shared, HEALTH_PORT: String(healthPort) },
      () => fetch(projectorHealth).then((r) => r.ok),
    );
    await projector.start();
    token = (await call('/api/auth/token', { username: 'admin', password: ADMIN_PASSWORD })).body
      .accessToken;
  }, 120_000);

  afterAll(async () => {
    api?.kill('SIGTERM');
    projector?.kill('SIGTERM');
    await Promise.all([api?.exited, projector?.exited]);
    await database?.drop();
  });

  it('projects in the projector what the API accepted, and the API answers it', async () => {
    await call('/api/operations', {
      id: 'ragwort',
      name: 'Operation Ragwort',
      scope: 'regional',
      forces: ['dorset', 'wiltshire'],
    });
    await call('/api/operations/ragwort/phases', { number: 1, startsOn: '2025-09-01' });
    const logged = await call('/api/operations/ragwort/phases/1/entries', {
      entryId: randomUUID(),
      kind: 'arrest',
      count: 3,
      offence: 'theft',
      force: 'dorset',
      occurredAt: '2025-09-02T10:00:00Z',
    });
    expect(logged.status).toBe(201);
    const totals = await call(
      `/api/operations/ragwort/phases/1/totals?minPosition=${logged.body.position}&waitMs=10000`,
    );
    expect(totals.status).toBe(200);
    expect(totals.body.totals.arrests).toBe(3);
    const health = await fetch(projectorHealth).then((r) => r.json());
    expect(health).toMatchObject({ ok: true, reading: { state: 'following' } });
  });

  it('the relay refuses to start without Kafka, saying what to set', async () => {
    const relay = spawn(process.execPath, [builtMain('relay')], {
      env: { ...process.env, DATABASE_URL: database.url, KAFKA_BROKERS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    relay.stdout.on('data', (chunk) => (output += chunk));
    relay.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise((done) => relay.on('exit', done));
    expect(code).toBe(1);
    expect(output).toContain('KAFKA_BROKERS is required: the relay publishes to Kafka');
  });
});
