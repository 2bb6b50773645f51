import { ADMIN_PASSWORD, TestApi } from './test-api';

/** Sign-in and users: one person per name whatever its case, real passwords, any-case schemes. */
let api: TestApi;
beforeAll(async () => {
  api = await TestApi.start();
}, 60_000);
afterAll(() => api.stop());

const user = (username: string, password = 'a long enough password') => ({
  username,
  password,
  role: 'analyst',
});

describe('usernames ignore case', () => {
  it('refuses ADMIN beside admin, and Casey beside casey (409)', async () => {
    expect((await api.post('/api/users', user('ADMIN'))).status).toBe(409);
    expect((await api.post('/api/users', user('Casey'))).status).toBe(201);
    const before = await api.stored();
    expect((await api.post('/api/users', user('casey'))).status).toBe(409);
    expect(await api.stored()).toEqual(before);
  });

  it('signs a person in whatever case they type their name in, as the name they were given', async () => {
    const { status, body } = await api.post(
      '/api/auth/token',
      { username: 'CASEY', password: 'a long enough password' },
      null,
    );
    expect([status, body.user.username]).toEqual([200, 'Casey']);
    const admin = await api.post(
      '/api/auth/token',
      { username: 'Admin', password: ADMIN_PASSWORD },
      null,
    );
    expect([admin.status, admin.body.user.username]).toEqual([200, 'admin']);
  });
});

describe('passwords', () => {
  it.each([
    ['twelve spaces', ' '.repeat(12), 'password must not be only spaces'],
    ['tabs and newlines', '\t\n'.repeat(8), 'password must not be only spaces'],
    ['eleven characters', 'x'.repeat(11), 'password must be 12 to 200 characters long'],
    [
      'six emoji (twelve UTF-16 units)',
      '🔒'.repeat(6),
      'password must be 12 to 200 characters long',
    ],
    ['201 characters', 'x'.repeat(201), 'password must be 12 to 200 characters long'],
  ])('refuses %s (400)', async (_, password, message) => {
    const { status, body } = await api.post('/api/users', user(`p-${password.length}`, password));
    expect([status, body.message]).toEqual([400, [message]]);
  });

  it('accepts twelve characters with spaces among them', async () => {
    expect((await api.post('/api/users', user('spacey', ' twelve  chr '))).status).toBe(201);
  });
});

describe('the bearer scheme', () => {
  it.each(['Bearer', 'bearer', 'BEARER'])('accepts "%s <token>"', async (scheme) => {
    const { body } = await api.post(
      '/api/auth/token',
      { username: 'admin', password: ADMIN_PASSWORD },
      null,
    );
    const answer = await api.request('GET', '/api/operations', {
      as: null,
      headers: { authorization: `${scheme} ${body.accessToken}` },
    });
    expect(answer.status).toBe(200);
  });

  it.each(['Basic abc', 'Bearer', 'Bearertoken', ''])('refuses "%s" (401)', async (header) => {
    const answer = await api.request('GET', '/api/operations', {
      as: null,
      headers: { authorization: header },
    });
    expect(answer.status).toBe(401);
  });
});
