import { registerScorpionPhase5 } from './fixtures';
import { TestApi } from './test-api';

/**
 * What every answer carries and never carries (issue #9, hardened HTTP): helmet's headers,
 * a CSP, no X-Powered-By, CORS closed unless configured, and errors that name the request
 * but never the server's insides.
 */
let api: TestApi;
beforeAll(async () => {
  api = await TestApi.start();
  await registerScorpionPhase5(api);
}, 60_000);
afterAll(() => api?.stop());

const expectHardened = (headers: Headers) => {
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('content-security-policy')).toContain("default-src 'self'");
  expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(headers.get('x-powered-by')).toBeNull();
  // Not configured behind TLS: no HSTS, and no upgrade to an https:// that is not there.
  expect(headers.get('strict-transport-security')).toBeNull();
  expect(headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
};

describe('every answer is hardened', () => {
  it.each([
    ['an answer', 'GET', '/api/operations', 200],
    ['an unauthenticated refusal', 'GET', '/api/operations?anonymous', 401],
    ['a forbidden refusal', 'POST', '/api/operations', 403],
    ['an unknown route', 'GET', '/api/nowhere', 404],
    ['an open route', 'GET', '/api/health', 200],
  ])('%s (%s %s)', async (_, method, path, status) => {
    const answer = await api.request(method, path, {
      as: status === 401 ? null : status === 403 ? 'analyst' : 'admin',
      body: method === 'POST' ? {} : undefined,
    });
    expect(answer.status).toBe(status);
    expectHardened(answer.headers);
  });

  it('the OpenAPI UI loads its own files, and its CSP lets it style its page', async () => {
    const page = await fetch(`${api.url}/docs`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expectHardened(page.headers);
    expect(page.headers.get('content-security-policy')).toMatch(/style-src 'self' 'unsafe-inline'/);
    // Every script it loads is a file of this server (script-src 'self'), and each answers.
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map(([, src]) => src);
    expect(scripts.length).toBeGreaterThan(0);
    expect(html).not.toMatch(/<script>(?!\s*<\/script>)/); // no inline script
    for (const src of scripts) {
      const script = await fetch(new URL(src, `${api.url}/docs`));
      expect([src, script.status]).toEqual([src, 200]);
    }
    expect((await fetch(`${api.url}/docs-json`)).status).toBe(200);
  });

  it('keeps inline styles out of every other page', async () => {
    const { headers } = await api.get('/api/operations');
    expect(headers.get('content-security-policy')).toMatch(/style-src 'self'(;|$)/);
    expect(headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});

describe('CORS, closed by default', () => {
  it('answers a preflight from another origin without allowing it', async () => {
    const preflight = await fetch(`${api.url}/api/operations`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const read = await api.request('GET', '/api/operations', {
      headers: { origin: 'https://evil.example' },
    });
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows exactly the origins CORS_ORIGINS names', async () => {
    const open = await TestApi.start({
      CORS_ORIGINS: 'https://dashboard.dorset.police.uk, http://localhost:5173',
    });
    try {
      const from = (origin: string) =>
        fetch(`${open.url}/api/operations`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'authorization,content-type',
          },
        });
      const allowed = await from('https://dashboard.dorset.police.uk');
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(
        'https://dashboard.dorset.police.uk',
      );
      expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/i);
      expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
      expect((await from('http://localhost:5173')).headers.get('access-control-allow-origin')).toBe(
        'http://localhost:5173',
      );
      for (const other of [
        'https://evil.example',
        'https://dashboard.dorset.police.uk.evil.example',
      ])
        expect((await from(other)).headers.get('access-control-allow-origin')).toBeNull();
      const read = await open.request('GET', '/api/operations', {
        headers: { origin: 'https://dashboard.dorset.police.uk' },
      });
      expect(read.headers.get('access-control-expose-headers')).toMatch(/x-request-id/i);
    } finally {
      await open.stop();
    }
  });
});

describe('errors name the request, never the server’s insides', () => {
  const expectShaped = (
    answer: { status: number; body: any; headers: Headers },
    status: number,
  ) => {
    expect(answer.status).toBe(status);
    expect(Object.keys(answer.body).sort()).toEqual([
      'error',
      'message',
      'requestId',
      'statusCode',
    ]);
    expect(answer.body.requestId).toBe(answer.headers.get('x-request-id'));
    expect(answer.body.requestId).toMatch(/^[\w.-]{1,100}$/);
    expectHardened(answer.headers);
  };

  it.each([
    ['invalid input', 400, { body: { id: '' } }],
    ['JSON that does not parse', 400, { rawBody: '{"id":' }],
    ['a body not sent as JSON', 415, { headers: { 'content-type': 'text/plain' }, rawBody: 'x' }],
    ['a body over the limit', 413, { rawBody: JSON.stringify({ id: 'x'.repeat(2_000_000) }) }],
  ])('%s: %s with the request id', async (_, status, options) => {
    expectShaped(await api.request('POST', '/api/operations', options), status);
  });

  it.each([
    ['no token', 401, 'GET', '/api/operations', null],
    ['a forbidden role', 403, 'POST', '/api/operations', 'pcc'],
    ['an unknown operation', 404, 'GET', '/api/operations/nowhere', 'admin'],
    ['an unknown route', 404, 'GET', '/api/nowhere', 'admin'],
  ] as const)('%s: %s with the request id', async (_, status, method, path, as) => {
    expectShaped(
      await api.request(method, path, { as, body: method === 'POST' ? {} : undefined }),
      status,
    );
  });

  it('keeps the id the client chose', async () => {
    const answer = await api.request('GET', '/api/operations/nowhere', {
      headers: { 'x-request-id': 'dorset-desk-42' },
    });
    expect(answer.body.requestId).toBe('dorset-desk-42');
    expect(answer.headers.get('x-request-id')).toBe('dorset-desk-42');
  });

  it('answers a database failure with a 500 that says nothing of the SQL or the stack', async () => {
    // A real failure of the database under a real request: the entry log's read model gone.
    const [{ schema }] = await api.sql<{ schema: string }>(
      "SELECT schema_name AS schema FROM read_model_generations WHERE status = 'active'",
    );
    await api.sql(`ALTER TABLE ${schema}.entry_log RENAME TO entry_log_away`);
    try {
      const answer = await api.get('/api/operations/scorpion/phases/5/entries');
      expectShaped(answer, 500);
      expect(answer.body.message).toBe('Something went wrong on our side; it has been logged');
      const text = JSON.stringify(answer.body);
      for (const leak of ['entry_log', 'relation', 'SELECT', 'at ', '.ts', '.js', 'postgres'])
        expect(text).not.toContain(leak);
    } finally {
      await api.sql(`ALTER TABLE ${schema}.entry_log_away RENAME TO entry_log`);
    }
    expect((await api.get('/api/operations/scorpion/phases/5/entries')).status).toBe(200);
  });
});
