import { TestApi } from './test-api';

/**
 * Limits that need a server of their own, with low numbers (every other test signs in from
 * 127.0.0.1 and reads a lot). One address guessing across many accounts (a password spray) is locked out by its
 * address, though no single account reached its own limit; the lock lifts after the period.
 * On its own server: every other test signs in from 127.0.0.1 too.
 */
const LOCKOUT = 3;
const ADDRESS_MAX = 5;
const READS = 5;
let api: TestApi;
beforeAll(async () => {
  api = await TestApi.start({
    SIGN_IN_ADDRESS_MAX_FAILURES: String(ADDRESS_MAX),
    SIGN_IN_LOCKOUT_SECONDS: String(LOCKOUT),
    RATE_LIMIT_READS_PER_MINUTE: String(READS),
  });
}, 60_000);
afterAll(() => api.stop());

const signIn = (username: string, password = 'a long enough password') =>
  api.post('/api/auth/token', { username, password }, null);
const wait = (seconds: number) => new Promise((done) => setTimeout(done, seconds * 1000));

it('locks an address after its failures across many accounts (429), then lifts it', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < ADDRESS_MAX; i++)
    statuses.push((await signIn(`sprayed-${i}`, 'wrong password')).status);
  expect(statuses).toEqual([...Array(ADDRESS_MAX - 1).fill(401), 429]);
  // A real user with the right password, from that address, waits too.
  const blocked = await signIn('analyst');
  expect(blocked.status).toBe(429);
  expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  expect(Number(blocked.headers.get('retry-after'))).toBeLessThanOrEqual(LOCKOUT);
  await wait(LOCKOUT + 0.2);
  expect((await signIn('analyst')).status).toBe(200);
}, 30_000);

it('limits each signed-in user’s reads a minute (429 with Retry-After), counting users apart', async () => {
  for (let i = 0; i < READS; i++) expect((await api.get('/api/operations')).status).toBe(200);
  const limited = await api.get('/api/operations');
  expect(limited.status).toBe(429);
  expect(limited.body.message).toMatch(/^Too many reads in a minute; try again in \d+ seconds$/);
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);
  // Another user, from the same address, is counted apart.
  expect((await api.get('/api/operations', 'analyst')).status).toBe(200);
  // Writes are counted apart from reads.
  const write = await api.post('/api/users', {
    username: 'still-writing',
    password: 'a long enough password',
    role: 'analyst',
  });
  expect(write.status).toBe(201);
});
