import { ADMIN_PASSWORD, TestApi } from './test-api';

/**
 * Login protection and user management over the real server: throttling and lockout (with
 * short limits, so the test can wait them out), password rules, logout, disable/enable,
 * password reset and change. Every user here is its own, so no test locks another's out.
 */
const LOCKOUT = 2;
const MAX = 3;
let api: TestApi;
beforeAll(async () => {
  api = await TestApi.start({
    SIGN_IN_MAX_FAILURES: String(MAX),
    // Every test signs in from 127.0.0.1: the address's own lock is tested on its own.
    SIGN_IN_ADDRESS_MAX_FAILURES: '1000',
    SIGN_IN_LOCKOUT_SECONDS: String(LOCKOUT),
  });
}, 60_000);
afterAll(() => api.stop());

const PASSWORD = 'a long enough password';
const signIn = (username: string, password = PASSWORD) =>
  api.post('/api/auth/token', { username, password }, null);
const tokenOf = async (username: string, password = PASSWORD) => {
  const answer = await signIn(username, password);
  expect(answer.status).toBe(200);
  return answer.body.accessToken as string;
};
const create = async (username: string) =>
  expect(
    (await api.post('/api/users', { username, password: PASSWORD, role: 'analyst' })).status,
  ).toBe(201);
const withToken = (method: string, path: string, token: string, body?: unknown) =>
  api.request(method, path, { token, body });
const wait = (seconds: number) => new Promise((done) => setTimeout(done, seconds * 1000));

describe('signing in', () => {
  it('answers an unknown user, a wrong password and a disabled user alike (401)', async () => {
    await create('alike');
    await create('alike-off');
    expect((await api.post('/api/users/alike-off/disable', {})).status).toBe(200);
    const answers = [
      await signIn('nobody-at-all', 'whatever it is'),
      await signIn('alike', 'not the password'),
      await signIn('alike-off'),
    ];
    for (const answer of answers)
      expect(answer).toEqual({
        status: 401,
        body: {
          statusCode: 401,
          error: 'Unauthorized',
          message: 'Invalid username or password',
          requestId: expect.any(String),
        },
      });
  });

  it('locks an account at the Nth failure (429 with Retry-After), lifts it after the period, and a success resets the count', async () => {
    await create('guessed');
    for (let i = 1; i < MAX; i++)
      expect((await signIn('guessed', 'wrong password')).status).toBe(401);
    const locked = await signIn('guessed', 'wrong password');
    expect(locked.status).toBe(429);
    expect(locked.body.message).toMatch(/try again in [12] seconds/);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(locked.headers.get('retry-after'))).toBeLessThanOrEqual(LOCKOUT);
    // The right password does not get through while it is locked, nor does another user's lock.
    expect((await signIn('guessed')).status).toBe(429);
    await wait(LOCKOUT + 0.2);
    expect((await signIn('guessed')).status).toBe(200);
    // The success reset the count: MAX - 1 more failures are 401, not 429.
    for (let i = 1; i < MAX; i++)
      expect((await signIn('guessed', 'wrong password')).status).toBe(401);
    expect((await signIn('guessed')).status).toBe(200);
  });

  it('locks an unknown username as it would a real one, telling nothing apart', async () => {
    for (let i = 1; i < MAX; i++)
      expect((await signIn('ghost', 'wrong password')).status).toBe(401);
    expect((await signIn('ghost', 'wrong password')).status).toBe(429);
  });
});

describe('password rules', () => {
  it.each([
    [{ username: 'rule-a', password: 'qwerty123456' }, 'password is one of the most commonly used'],
    [
      { username: 'rule-b', password: 'Password Password' },
      'password is one of the most commonly used',
    ],
    [
      { username: 'rule-c', password: 'RULE-C for the win' },
      'password must not contain the username',
    ],
  ])('refuses %j on creation (400 naming the rule)', async (user, message) => {
    const before = await api.stored();
    const { status, body } = await api.post('/api/users', { ...user, role: 'analyst' });
    expect([status, body.message]).toEqual([400, [expect.stringContaining(message)]]);
    expect(await api.stored()).toEqual(before);
  });

  it('applies them on reset and change too', async () => {
    await create('ruled');
    const reset = await api.post('/api/users/ruled/password', { password: '1qaz2wsx3edc' });
    expect([reset.status, reset.body.message]).toEqual([
      400,
      ['password is one of the most commonly used passwords; choose another'],
    ]);
    const token = await tokenOf('ruled');
    const change = await withToken('POST', '/api/auth/password', token, {
      currentPassword: PASSWORD,
      newPassword: 'my name is Ruled, ok',
    });
    expect([change.status, change.body.message]).toEqual([
      400,
      ['newPassword must not contain the username'],
    ]);
    expect((await signIn('ruled')).status).toBe(200);
  });
});

describe('tokens', () => {
  it('expire in a time the client is told, and logout revokes the one sent (204, then 401)', async () => {
    await create('leaving');
    const { body } = await signIn('leaving');
    expect(body.expiresIn).toBe(900);
    const other = await tokenOf('leaving');
    expect((await withToken('GET', '/api/operations', body.accessToken)).status).toBe(200);
    expect((await withToken('POST', '/api/auth/logout', body.accessToken)).status).toBe(204);
    expect((await withToken('GET', '/api/operations', body.accessToken)).status).toBe(401);
    expect((await withToken('POST', '/api/auth/logout', body.accessToken)).status).toBe(401);
    // Only that token: another session of the same person goes on.
    expect((await withToken('GET', '/api/operations', other)).status).toBe(200);
    expect((await api.request('POST', '/api/auth/logout', { as: null })).status).toBe(401);
  });
});

describe('disabling a user', () => {
  it('refuses their token at once and their sign-in (401); enabling lets them sign in again', async () => {
    await create('leaver');
    const token = await tokenOf('leaver');
    const disabled = await api.post('/api/users/LEAVER/disable', {});
    expect(disabled).toMatchObject({ status: 200, body: { username: 'leaver', disabled: true } });
    expect((await withToken('GET', '/api/operations', token)).status).toBe(401);
    const refused = await signIn('leaver');
    expect([refused.status, refused.body.message]).toEqual([401, 'Invalid username or password']);
    const listed = (await api.get('/api/users')).body.find((u: any) => u.username === 'leaver');
    expect(listed.disabled).toBe(true);

    const enabled = await api.post('/api/users/leaver/enable', {});
    expect(enabled).toMatchObject({ status: 200, body: { username: 'leaver', disabled: false } });
    const fresh = await tokenOf('leaver');
    expect((await withToken('GET', '/api/operations', fresh)).status).toBe(200);
    // The token revoked when disabled stays revoked.
    expect((await withToken('GET', '/api/operations', token)).status).toBe(401);
  });

  it('refuses an admin disabling themselves (422), an unknown user (404), a bad name (400)', async () => {
    const self = await api.post('/api/users/admin/disable', {});
    expect([self.status, self.body.message]).toEqual([
      422,
      'cannot-disable-self: an admin cannot disable their own account',
    ]);
    expect((await api.post('/api/users/no-such-user/disable', {})).status).toBe(404);
    expect((await api.post('/api/users/no-such-user/enable', {})).status).toBe(404);
    expect((await api.post('/api/users/a!b/disable', {})).status).toBe(400);
    expect((await tokenOf('admin', ADMIN_PASSWORD)).length).toBeGreaterThan(0);
  });
});

describe('an admin resetting a password', () => {
  it('makes the old password and every old token fail, the new one work (204)', async () => {
    await create('forgetful');
    const token = await tokenOf('forgetful');
    const reset = await api.post('/api/users/forgetful/password', {
      password: 'a brand new passphrase',
    });
    expect(reset.status).toBe(204);
    expect((await signIn('forgetful')).status).toBe(401);
    expect((await withToken('GET', '/api/operations', token)).status).toBe(401);
    expect((await signIn('forgetful', 'a brand new passphrase')).status).toBe(200);
    expect(
      (await api.post('/api/users/nobody-here/password', { password: 'a brand new passphrase' }))
        .status,
    ).toBe(404);
  });
});

describe('changing one’s own password', () => {
  it('needs the current one (400 when wrong), keeps the token sent and revokes the others', async () => {
    await create('changer');
    const token = await tokenOf('changer');
    const other = await tokenOf('changer');
    const wrong = await withToken('POST', '/api/auth/password', token, {
      currentPassword: 'not my password',
      newPassword: 'another long passphrase',
    });
    expect([wrong.status, wrong.body.message]).toEqual([
      400,
      ['currentPassword is not your current password'],
    ]);
    expect((await signIn('changer')).status).toBe(200);
    const changed = await withToken('POST', '/api/auth/password', token, {
      currentPassword: PASSWORD,
      newPassword: 'another long passphrase',
    });
    expect(changed.status).toBe(204);
    expect((await withToken('GET', '/api/operations', token)).status).toBe(200);
    expect((await withToken('GET', '/api/operations', other)).status).toBe(401);
    expect((await signIn('changer')).status).toBe(401);
    expect((await signIn('changer', 'another long passphrase')).status).toBe(200);
  });

  it('locks after repeated wrong current passwords (429), as sign-in would', async () => {
    await create('stolen-token');
    const token = await tokenOf('stolen-token');
    const attempt = () =>
      withToken('POST', '/api/auth/password', token, {
        currentPassword: 'a guess at it',
        newPassword: 'another long passphrase',
      });
    for (let i = 1; i < MAX; i++) expect((await attempt()).status).toBe(400);
    const locked = await attempt();
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await signIn('stolen-token')).status).toBe(429);
  });

  it('needs a token (401)', async () => {
    const answer = await api.request('POST', '/api/auth/password', {
      as: null,
      body: { currentPassword: PASSWORD, newPassword: 'another long passphrase' },
    });
    expect(answer.status).toBe(401);
  });
});

describe('the admin routes', () => {
  it.each(['dorset', 'analyst', 'pcc', 'wiltshire'] as const)(
    'refuse a %s (403) and change nothing',
    async (person) => {
      const before = await api.sql('SELECT username, password_hash, disabled_at FROM users');
      for (const route of ['disable', 'enable'])
        expect((await api.post(`/api/users/analyst/${route}`, {}, person)).status).toBe(403);
      expect(
        (await api.post('/api/users/analyst/password', { password: 'taken over now!' }, person))
          .status,
      ).toBe(403);
      expect(await api.sql('SELECT username, password_hash, disabled_at FROM users')).toEqual(
        before,
      );
    },
  );

  it('refuse a request without a token (401)', async () => {
    for (const route of ['disable', 'enable'])
      expect((await api.post(`/api/users/analyst/${route}`, {}, null)).status).toBe(401);
    expect(
      (await api.post('/api/users/analyst/password', { password: 'taken over now!' }, null)).status,
    ).toBe(401);
  });
});
