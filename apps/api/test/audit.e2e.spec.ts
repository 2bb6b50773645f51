import { AUDITED_ROUTES, NOT_AUDITED } from '../src/audit/audited-routes';
import { arrests, registerScorpionPhase5 } from './fixtures';
import { TestApi, type Person } from './test-api';

let api: TestApi;
let entries: string;

beforeAll(async () => {
  api = await TestApi.start();
  entries = await registerScorpionPhase5(api);
});
afterAll(() => api.stop());

/** The audit record of one request, read straight from the table, by its request id. */
const recordOf = async (requestId: string | null) => {
  const rows = await api.sql(
    `SELECT seq, username, role, force, action, kind, method, route, scope, address, status
       FROM audit_records WHERE request_id = $1`,
    [requestId],
  );
  expect(rows).toHaveLength(1);
  return rows[0];
};

describe('the audit trail records every API request', () => {
  it('knows what every route the server answers is (a new route must be added to audited-routes.ts)', () => {
    const unclassified = api
      .routes()
      .map((route) => route.replace(/\{(\w+)\}/g, ':$1'))
      .filter((route) => route.split(' ')[1].startsWith('/api/'))
      .filter((route) => !(route in AUDITED_ROUTES) && !NOT_AUDITED.includes(route));
    expect(unclassified).toEqual([]);
    expect(Object.keys(AUDITED_ROUTES).length).toBeGreaterThan(25);
  });

  it('records an entry logged (collection): who, what, scope, from where, outcome; before answering', async () => {
    const entry = arrests(3, 'dorset');
    const answer = await api.post(entries, entry, 'dorset');
    expect(answer.status).toBe(201);
    // Read at once, with no wait: the record was durable before the answer was sent.
    expect(await recordOf(answer.headers.get('x-request-id'))).toEqual({
      seq: expect.stringMatching(/^\d+$/),
      username: 'dorset',
      role: 'coordinator',
      force: 'dorset',
      action: 'entry.log',
      kind: 'collection',
      method: 'POST',
      route: '/api/operations/:op/phases/:n/entries',
      scope: {
        operation: 'scorpion',
        phase: '5',
        entryId: entry.entryId,
        force: 'dorset',
        kind: 'arrest',
      },
      address: expect.stringMatching(/127\.0\.0\.1/),
      status: 201,
    });
  });

  it('records the request id the client sent, which also correlates its events', async () => {
    const answer = await api.request('POST', entries, {
      as: 'dorset',
      body: arrests(1),
      headers: { 'x-request-id': 'coordinator-form-42' },
    });
    expect(answer.status).toBe(201);
    expect(await recordOf('coordinator-form-42')).toMatchObject({
      action: 'entry.log',
      status: 201,
    });
  });

  it('records who sent a body refused before sign-in (400, 415), by their token', async () => {
    const notJson = await api.request('POST', entries, {
      as: 'dorset',
      rawBody: '{"cut off',
    });
    const plainText = await api.request('POST', entries, {
      as: 'dorset',
      rawBody: 'x',
      headers: { 'content-type': 'text/plain' },
    });
    const forged = await api.request('POST', entries, {
      token: `${api.tokenOf('dorset')}x`,
      rawBody: '{"cut off',
    });
    for (const [answer, status] of [
      [notJson, 400],
      [plainText, 415],
    ] as const) {
      expect(answer.status).toBe(status);
      expect(await recordOf(answer.headers.get('x-request-id'))).toMatchObject({
        username: 'dorset',
        role: 'coordinator',
        force: 'dorset',
        status,
      });
    }
    // A token that does not verify names nobody.
    expect(await recordOf(forged.headers.get('x-request-id'))).toMatchObject({
      username: null,
      status: 400,
    });
  });

  it('records refusals: a role refused (403), no token (401), a rule refused (422)', async () => {
    const refusedRole = await api.post(entries, arrests(1), 'analyst');
    expect(refusedRole.status).toBe(403);
    expect(await recordOf(refusedRole.headers.get('x-request-id'))).toMatchObject({
      username: 'analyst',
      role: 'analyst',
      action: 'entry.log',
      status: 403,
    });

    const noToken = await api.get(`${entries}?force=dorset`, null);
    expect(noToken.status).toBe(401);
    expect(await recordOf(noToken.headers.get('x-request-id'))).toMatchObject({
      username: null,
      role: null,
      action: 'entry-log.read',
      scope: { operation: 'scorpion', phase: '5', 'query.force': 'dorset' },
      status: 401,
    });

    const otherForce = await api.post(entries, arrests(1, 'wiltshire'), 'dorset');
    expect(otherForce.status).toBe(403);
    expect(await recordOf(otherForce.headers.get('x-request-id'))).toMatchObject({
      username: 'dorset',
      scope: { force: 'wiltshire' },
      status: 403,
    });
  });

  it('records a failed sign-in with the username tried, never the password', async () => {
    const password = 'not the right password at all';
    const answer = await api.post('/api/auth/token', { username: 'Dorset', password }, null);
    expect(answer.status).toBe(401);
    expect(await recordOf(answer.headers.get('x-request-id'))).toMatchObject({
      username: 'Dorset',
      role: null,
      action: 'auth.sign-in',
      kind: 'authentication',
      status: 401,
    });
    const [{ leaks }] = await api.sql(
      `SELECT count(*)::int AS leaks FROM audit_records WHERE audit_records::text LIKE $1`,
      [`%${password}%`],
    );
    expect(leaks).toBe(0);
  });

  it('records reads of the entry log and totals as consultation, and CSV as disclosure', async () => {
    const read = await api.get(`${entries}?limit=5&kind=arrest`, 'analyst');
    expect(read.status).toBe(200);
    expect(await recordOf(read.headers.get('x-request-id'))).toMatchObject({
      action: 'entry-log.read',
      kind: 'consultation',
      scope: { operation: 'scorpion', phase: '5', 'query.limit': '5', 'query.kind': 'arrest' },
      status: 200,
    });

    const csv = await api.get(`${entries}?format=csv`, 'dorset');
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await recordOf(csv.headers.get('x-request-id'))).toMatchObject({
      action: 'entry-log.export',
      kind: 'disclosure',
    });

    const totals = await api.get('/api/operations/scorpion/phases/5/totals', 'pcc');
    expect(await recordOf(totals.headers.get('x-request-id'))).toMatchObject({
      username: 'pcc',
      force: 'dorset',
      action: 'totals.read',
      kind: 'consultation',
      scope: { operation: 'scorpion', phase: '5' },
    });

    const summary = await api.request('GET', '/api/summary', { as: 'analyst', csvAccept: true });
    expect(await recordOf(summary.headers.get('x-request-id'))).toMatchObject({
      action: 'summary.export',
      kind: 'disclosure',
    });
  });

  it('records a publication made as a disclosure, with its scope', async () => {
    const answer = await api.post(
      '/api/publications',
      { title: 'Scorpion phase 5', scope: { operation: 'scorpion', phase: 5 } },
      'pcc',
    );
    expect(answer.status).toBe(201);
    expect(await recordOf(answer.headers.get('x-request-id'))).toMatchObject({
      action: 'publication.create',
      kind: 'disclosure',
      scope: { operation: 'scorpion', phase: '5' },
    });
  });
});

describe('GET /api/audit', () => {
  it.each<Person>(['dorset', 'wiltshire', 'analyst', 'pcc'])('refuses %s (403)', async (person) => {
    const answer = await api.get('/api/audit', person);
    expect(answer.status).toBe(403);
    expect(answer.body).toEqual({
      statusCode: 403,
      error: 'Forbidden',
      message: 'This needs one of the roles: admin',
      requestId: answer.headers.get('x-request-id'),
    });
  });

  it('refuses a request with no token (401)', async () => {
    expect((await api.get('/api/audit', null)).status).toBe(401);
  });

  it('answers an admin newest first, and records the read itself', async () => {
    const before = await api.get('/api/forces');
    const answer = await api.get('/api/audit?limit=3');
    expect(answer.status).toBe(200);
    const seqs = answer.body.items.map((item: { seq: string }) => Number(item.seq));
    expect(seqs).toHaveLength(3);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(answer.body.items[0]).toEqual({
      seq: expect.any(String),
      at: expect.any(String),
      username: 'admin',
      role: 'admin',
      force: null, // the admin's
      action: 'forces.list',
      kind: 'consultation',
      method: 'GET',
      route: '/api/forces',
      scope: {},
      address: expect.stringMatching(/127\.0\.0\.1/),
      requestId: before.headers.get('x-request-id'),
      status: 200,
      prevHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(await recordOf(answer.headers.get('x-request-id'))).toMatchObject({
      username: 'admin',
      action: 'audit.read',
      scope: { 'query.limit': '3' },
    });
  });

  it('pages with an opaque cursor until the oldest record, each once', async () => {
    const [{ total }] = await api.sql(`SELECT count(*)::int AS total FROM audit_records`);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await api.get(`/api/audit?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((item: { seq: string }) => item.seq));
      cursor = page.body.nextCursor;
    } while (cursor);
    // Every record there was when paging started, once each (the reads add newer ones).
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain('1');
    expect(seen.length).toBeGreaterThanOrEqual(total);
  });

  it('filters by user (any case), force, action and time', async () => {
    const byUser = await api.get('/api/audit?user=DORSET&limit=1000');
    expect(byUser.body.items.length).toBeGreaterThan(0);
    // The failed sign-in as `Dorset` too: a username is one whatever its case.
    expect(new Set(byUser.body.items.map((i: any) => i.username))).toEqual(
      new Set(['dorset', 'Dorset']),
    );

    const byForce = await api.get('/api/audit?force=dorset&limit=1000');
    expect(new Set(byForce.body.items.map((i: any) => i.username))).toEqual(
      new Set(['dorset', 'pcc']),
    );

    const signIns = await api.get('/api/audit?action=auth.sign-in&limit=1000');
    expect(signIns.body.items.map((i: any) => i.action)).toEqual(
      signIns.body.items.map(() => 'auth.sign-in'),
    );
    expect(signIns.body.items.some((i: any) => i.username === 'Dorset' && i.status === 401)).toBe(
      true,
    );

    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await api.get(`/api/audit?from=${future}`)).body.items).toEqual([]);
    const [{ at }] = await api.sql(`SELECT at FROM audit_records WHERE seq = 2`);
    const window = await api.get(
      `/api/audit?from=${encodeURIComponent(new Date(at).toISOString())}&to=${encodeURIComponent(new Date(at.getTime() + 1).toISOString())}`,
    );
    expect(window.body.items.map((i: any) => i.seq)).toContain('2');
    expect(window.body.items.every((i: any) => i.at === new Date(at).toISOString())).toBe(true);
  });

  it.each([
    ['limit=0', 'limit must be a whole number from 1 to 1000'],
    ['limit=1001', 'limit must be a whole number from 1 to 1000'],
    ['limit=ten', 'limit must be a whole number from 1 to 1000'],
    ['cursor=bm90LWEtY3Vyc29y', 'cursor must be a nextCursor from an earlier page'],
    ['from=yesterday', 'from must be an ISO-8601 date-time from 2000-01-01 to 2099-12-31'],
    ['to=2026-13-01T00:00:00Z', 'to must be an ISO-8601 date-time from 2000-01-01 to 2099-12-31'],
    [
      'from=0001-01-01T00:00:00Z',
      'from must be an ISO-8601 date-time from 2000-01-01 to 2099-12-31',
    ],
    ['to=2100-01-01T00:00:00Z', 'to must be an ISO-8601 date-time from 2000-01-01 to 2099-12-31'],
    ['user=%3Bdrop', 'user must be a username'],
    ['from=2026-12-01T00:00:00Z&to=2026-01-01T00:00:00Z', 'from must be before to'],
    ['order=oldest', 'property order should not exist'],
  ])('refuses %s with a 400 naming it', async (query, message) => {
    const answer = await api.get(`/api/audit?${query}`);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: [message],
      requestId: answer.headers.get('x-request-id'),
    });
  });
});
