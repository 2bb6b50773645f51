import { TestApi } from './test-api';

/**
 * Behind a proxy every request comes from the proxy's address. The API believes
 * X-Forwarded-For only from the proxies TRUST_PROXY names, so the audit trail and the
 * sign-in lockout see each client, and a client cannot pick its own address.
 */
const addressRecorded = async (api: TestApi, forwardedFor: string) => {
  const answer = await api.request('GET', '/api/operations', {
    as: 'analyst',
    headers: { 'x-forwarded-for': forwardedFor },
  });
  expect(answer.status).toBe(200);
  const [record] = await api.sql('SELECT address FROM audit_records WHERE request_id = $1', [
    answer.headers.get('x-request-id'),
  ]);
  return record.address;
};

const signInFrom = (api: TestApi, forwardedFor: string, username: string) =>
  api.request('POST', '/api/auth/token', {
    as: null,
    body: { username, password: 'not the password' },
    headers: { 'x-forwarded-for': forwardedFor },
  });

describe('with TRUST_PROXY naming the proxy', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start({ TRUST_PROXY: '127.0.0.1', SIGN_IN_ADDRESS_MAX_FAILURES: '3' });
  }, 60_000);
  afterAll(() => api.stop());

  it('records the client’s address, as the proxy forwarded it', async () => {
    expect(await addressRecorded(api, '203.0.113.7')).toBe('203.0.113.7');
  });

  // The third failure from one address locks it (SIGN_IN_ADDRESS_MAX_FAILURES=3).
  it('locks out the client’s address after its failed sign-ins, not every client of the proxy', async () => {
    expect((await signInFrom(api, '198.51.100.1', 'nobody-1')).status).toBe(401);
    expect((await signInFrom(api, '198.51.100.1', 'nobody-2')).status).toBe(401);
    expect((await signInFrom(api, '198.51.100.1', 'nobody-3')).status).toBe(429);
    expect((await signInFrom(api, '198.51.100.2', 'nobody-4')).status).toBe(401);
  });
});

describe('without TRUST_PROXY (the default)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start({ SIGN_IN_ADDRESS_MAX_FAILURES: '3' });
  }, 60_000);
  afterAll(() => api.stop());

  it('ignores X-Forwarded-For: a client cannot name its own address', async () => {
    expect(await addressRecorded(api, '203.0.113.7')).toMatch(/127\.0\.0\.1/);
  });

  it('so changing the header does not escape an address’s lockout', async () => {
    expect((await signInFrom(api, '198.51.100.1', 'nobody-1')).status).toBe(401);
    expect((await signInFrom(api, '198.51.100.2', 'nobody-2')).status).toBe(401);
    expect((await signInFrom(api, '198.51.100.3', 'nobody-3')).status).toBe(429);
  });
});
