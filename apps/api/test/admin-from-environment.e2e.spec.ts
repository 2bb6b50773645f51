import { ADMIN_PASSWORD, TestApi } from './test-api';

const NEW_PASSWORD = 'Exe estuary at high water 1720';

/**
 * ADMIN_PASSWORD is how an operator gets back in: changed between two starts, it resets
 * the admin's password as an admin's reset would, signing out whoever held the old one.
 */
describe('an admin password changed in the environment between starts', () => {
  let api: TestApi;
  afterAll(() => api?.stop());

  const signInAsAdmin = (password: string) =>
    api.request('POST', '/api/auth/token', { as: null, body: { username: 'admin', password } });

  it('keeps every session when it is unchanged', async () => {
    api = await TestApi.start({ SIGN_IN_MAX_FAILURES: '3' });
    api = await api.restarted();
    expect((await api.get('/api/users')).status).toBe(200);
  }, 60_000);

  it('sets the new password, ends the admin’s sessions, and lifts the admin’s lockout', async () => {
    for (const guess of ['guess one', 'guess two', 'guess three']) await signInAsAdmin(guess);
    expect((await signInAsAdmin(ADMIN_PASSWORD)).status).toBe(429);

    api = await api.restarted({ ADMIN_PASSWORD: NEW_PASSWORD });
    expect((await api.get('/api/users')).status).toBe(401);
    expect((await api.get('/api/operations', 'analyst')).status).toBe(200);
    expect((await signInAsAdmin(ADMIN_PASSWORD)).status).toBe(401);
    const signedIn = await signInAsAdmin(NEW_PASSWORD);
    expect(signedIn.status).toBe(200);
    const users = await api.request('GET', '/api/users', { token: signedIn.body.accessToken });
    expect(users.status).toBe(200);
  }, 60_000);
});
