import { ADMIN_PASSWORD, TestApi } from './test-api';

let api: TestApi;
beforeAll(async () => {
  api = await TestApi.start();
}, 60_000);
afterAll(() => api.stop());

describe('signing in', () => {
  it('issues a short-lived bearer token naming the user', async () => {
    const { status, body } = await api.post(
      '/api/auth/token',
      { username: 'admin', password: ADMIN_PASSWORD },
      null,
    );
    expect(status).toBe(200);
    expect(body).toEqual({
      accessToken: expect.any(String),
      tokenType: 'Bearer',
      expiresIn: 900,
      user: { username: 'admin', role: 'admin', force: null },
    });
  });

  it('answers an unknown user and a wrong password alike (401)', async () => {
    const unknown = await api.post(
      '/api/auth/token',
      { username: 'nobody', password: 'whatever it is' },
      null,
    );
    const wrong = await api.post(
      '/api/auth/token',
      { username: 'admin', password: 'not the password' },
      null,
    );
    // Alike but for the id of each request.
    const { requestId: _unknownId, ...unknownBody } = unknown.body;
    const { requestId: _wrongId, ...wrongBody } = wrong.body;
    expect([unknown.status, unknownBody]).toEqual([wrong.status, wrongBody]);
    expect(wrong.status).toBe(401);
  });

  it('refuses a sign-in without a password (400)', async () => {
    expect((await api.post('/api/auth/token', { username: 'admin' }, null)).status).toBe(400);
  });
});

describe('users', () => {
  it('lets an admin create a coordinator for a force (201), and records who did', async () => {
    const { status, body } = await api.post('/api/users', {
      username: 'glos-coordinator',
      password: 'a long enough password',
      role: 'coordinator',
      force: 'gloucestershire',
    });
    expect(status).toBe(201);
    expect(body).toEqual({
      username: 'glos-coordinator',
      role: 'coordinator',
      force: 'gloucestershire',
      createdAt: expect.any(String),
      createdBy: 'admin',
    });
    const [row] = await api.sql('SELECT password_hash FROM users WHERE username = $1', [
      'glos-coordinator',
    ]);
    expect(row.password_hash).toMatch(/^scrypt\$/);
  });

  it.each([
    [
      { username: 'c1', password: 'a long enough password', role: 'coordinator', force: 'dorset' },
      'username must be 3 to 64',
    ],
    [{ username: 'c2-x', password: 'short', role: 'analyst' }, 'password must be 12 to 200'],
    [
      { username: 'c3-x', password: 'a long enough password', role: 'coordinator' },
      'force is required for a coordinator',
    ],
    [
      { username: 'c4-x', password: 'a long enough password', role: 'pcc' },
      'force is required for a pcc',
    ],
    [
      { username: 'c5-x', password: 'a long enough password', role: 'analyst', force: 'dorset' },
      'force must not be given',
    ],
    [
      { username: 'c6-x', password: 'a long enough password', role: 'superuser' },
      'role must be one of',
    ],
  ])('refuses %j (400)', async (body, message) => {
    const { status, body: error } = await api.post('/api/users', body);
    expect(status).toBe(400);
    expect(JSON.stringify(error.message)).toContain(message);
  });

  it('refuses a username taken (409) and anyone but an admin (403)', async () => {
    const user = { username: 'taken', password: 'a long enough password', role: 'analyst' };
    expect((await api.post('/api/users', user)).status).toBe(201);
    expect((await api.post('/api/users', user)).status).toBe(409);
    expect((await api.post('/api/users', { ...user, username: 'other' }, 'analyst')).status).toBe(
      403,
    );
  });
});

describe('the list of users', () => {
  it('shows an admin every user with role, force and when created, never a password hash', async () => {
    const { status, body } = await api.get('/api/users');
    expect(status).toBe(200);
    const byName = Object.fromEntries(body.map((user: any) => [user.username, user]));
    expect(byName.admin).toEqual({
      username: 'admin',
      role: 'admin',
      force: null,
      createdAt: expect.any(String),
      disabled: false,
    });
    expect(byName['glos-coordinator']).toEqual({
      username: 'glos-coordinator',
      role: 'coordinator',
      force: 'gloucestershire',
      createdAt: expect.any(String),
      disabled: false,
    });
    expect(byName.pcc).toMatchObject({ role: 'pcc', force: 'dorset' });
    expect(new Date(byName['glos-coordinator'].createdAt).getTime()).toBeGreaterThan(
      Date.now() - 600_000,
    );
    const [{ count }] = await api.sql('SELECT count(*)::int AS count FROM users');
    expect(body).toHaveLength(count);
    // Every field of every user: none is a hash, under any name.
    for (const user of body)
      expect(Object.keys(user).sort()).toEqual([
        'createdAt',
        'disabled',
        'force',
        'role',
        'username',
      ]);
    expect(JSON.stringify(body)).not.toMatch(/scrypt|hash|password/i);
  });

  it.each(['dorset', 'analyst', 'pcc'] as const)('refuses a %s (403)', async (person) => {
    const { status, body } = await api.get('/api/users', person);
    expect([status, body.statusCode]).toEqual([403, 403]);
    expect(JSON.stringify(body)).not.toMatch(/scrypt/);
  });

  it('refuses a request without a token (401)', async () => {
    expect((await api.get('/api/users', null)).status).toBe(401);
  });
});

describe('operating', () => {
  it('reports health without a token', async () => {
    const { status, body } = await api.get('/api/health', null);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      status: 'ok',
      eventStore: 'up',
      readModels: 'up',
      projectionLag: expect.any(Number),
      parkedEvents: 0,
      relay: { state: 'off', reason: 'KAFKA_BROKERS is not set' },
    });
    expect(body.projections.map((p: any) => p.projection)).toEqual([
      'totals',
      'catalogue',
      'entry-log',
    ]);
  });

  it('serves the OpenAPI document with every route of the contract', async () => {
    const { status, body } = await api.get('/docs-json', null);
    expect(status).toBe(200);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/token',
        '/api/users',
        '/api/operations',
        '/api/operations/{op}',
        '/api/operations/{op}/phases',
        '/api/operations/{op}/phases/{n}/close',
        '/api/operations/{op}/phases/{n}/entries',
        '/api/operations/{op}/phases/{n}/entries/batch',
        '/api/operations/{op}/phases/{n}/entries/{entryId}/correction',
        '/api/operations/{op}/phases/{n}/entries/{entryId}/retraction',
        '/api/health',
      ]),
    );
  });

  it('answers an unknown route with 404 in the contract’s shape', async () => {
    const { status, body } = await api.get('/api/nothing-here');
    expect([status, body.statusCode, body.error]).toEqual([404, 404, 'Not Found']);
  });
});
