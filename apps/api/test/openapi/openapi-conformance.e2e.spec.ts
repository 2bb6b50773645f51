import { randomUUID } from 'node:crypto';
import { FIVE_FORCES } from '../fixtures';
import { TestApi, type Answer, type Person } from '../test-api';
import { isSuccess, routesOf, SchemaValidator, type OpenApi } from './openapi';

/**
 * Every route of the OpenAPI document, called through the real server as each role would,
 * with realistic data: each answer's status must be documented for its route, and its body
 * must be what the document says for that status and content type, with Ajv. An answer
 * field the document does not name fails as a missing one does. Every documented route
 * and success status must have been called, and the server may answer no route that the
 * document does not describe.
 */

/**
 * Routes the server answers that the document leaves out, on purpose. The dashboard's pages
 * and assets are middleware, not routes (see dashboard-serving.e2e.spec.ts), so none is here.
 */
const undocumented = (route: string): boolean =>
  route === 'GET /metrics' || // Prometheus text for the scraper (@ApiExcludeController)
  /^GET \/docs\b/.test(route) || // the document itself and its UI
  route.endsWith(' {/*splat}'); // Nest's answer to a route that does not exist: 404

let api: TestApi;
let doc: OpenApi;
let validator: SchemaValidator;
/** What each route answered: `POST /api/operations` → its statuses. */
const called = new Map<string, Set<string>>();
/** Whatever did not conform, so that one test can report them all. */
const problems: string[] = [];

beforeAll(async () => {
  api = await TestApi.start();
  doc = (await api.get('/docs-json', null)).body;
  validator = new SchemaValidator(doc);
});
afterAll(() => api.stop());

interface Call {
  as?: Person | null;
  params?: Record<string, string | number>;
  query?: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  csv?: boolean;
}

/**
 * helmet's headers, on every answer of every route alike: described once in docs/api.md
 * and tested by hardened-http.e2e.spec.ts, not repeated on each response of the document.
 */
const SECURITY_HEADERS = new Set([
  'x-content-type-options',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
]);

/** Calls a documented route, and checks the answer against the document. */
const call = async (
  method: string,
  path: string,
  { params = {}, query, ...options }: Call = {},
): Promise<Answer> => {
  const url =
    path.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(String(params[name]))) +
    (query ? `?${new URLSearchParams(query)}` : '');
  const answer = await api.request(method, url, { ...options, csvAccept: options.csv });
  const route = `${method} ${path}`;
  called.set(route, (called.get(route) ?? new Set()).add(String(answer.status)));
  problems.push(...conformance(route, answer).map((problem) => `${route} → ${problem}`));
  return answer;
};

const conformance = (route: string, answer: Answer): string[] => {
  const [method, path] = route.split(' ');
  const operation = doc.paths[path]?.[method.toLowerCase()];
  if (!operation) return ['not in the document'];
  const status = String(answer.status);
  const documented = operation.responses[status];
  if (!documented) return [`${status} is not documented: ${JSON.stringify(answer.body)}`];
  const contentType = (answer.headers.get('content-type') ?? '').split(';')[0];
  if (!documented.content && !contentType && answer.body === undefined) return []; // 204
  const content = documented.content?.[contentType];
  if (!content) return [`${status} as ${contentType || 'nothing'} is not documented`];
  const headers = Object.keys(documented.headers ?? {}).map((h) => h.toLowerCase());
  const found: string[] = [];
  answer.headers.forEach((_, header) => {
    if (header.startsWith('x-') && !headers.includes(header) && !SECURITY_HEADERS.has(header))
      found.push(`${status}: header ${header} is not documented`);
  });
  if (contentType === 'text/csv')
    return typeof answer.body === 'string' && answer.body.length > 0
      ? found
      : [...found, `${status}: empty CSV`];
  return [
    ...found,
    ...validator
      .problems(content.schema, answer.body)
      .map((problem) => `${status} ${problem} in ${JSON.stringify(answer.body).slice(0, 300)}`),
  ];
};

/** Calls a route and expects a status: the call's body for the next steps. */
const expectCall = async (status: number, method: string, path: string, options: Call = {}) => {
  const answer = await call(method, path, options);
  if (answer.status !== status)
    throw new Error(
      `${method} ${path} answered ${answer.status}, not ${status}: ${JSON.stringify(answer.body)}`,
    );
  return answer;
};

const OPERATION = '/api/operations/{op}';
const PHASE = '/api/operations/{op}/phases/{n}';
const ENTRIES = `${PHASE}/entries`;
const ENTRY = `${ENTRIES}/{entryId}`;
const at = (day: string, hour = 9) => `${day}T${String(hour).padStart(2, '0')}:00:00Z`;

/** One entry of each kind, with the fields a coordinator would give it. */
const KINDS: Record<string, unknown>[] = [
  { kind: 'warrant', count: 10, occurredAt: at('2023-06-27') },
  {
    kind: 'arrest',
    count: 14,
    offence: 'drug-supply',
    occurredAt: at('2023-06-28', 6),
    tags: ['mille', 'cliw-2023-06'],
  },
  { kind: 'charge', count: 3, occurredAt: at('2023-06-29') },
  {
    kind: 'seizure',
    item: 'class-a-drugs',
    quantity: 1.25,
    unit: 'kg',
    estimatedValueGBP: 100000,
    drug: 'cocaine',
    occurredAt: at('2023-06-28', 7),
    tags: ['mille'],
  },
  { kind: 'seizure', item: 'cash', quantity: 41170.5, unit: 'GBP', occurredAt: at('2023-06-28') },
  { kind: 'county-line-closure', lineName: 'Taz', occurredAt: at('2023-06-30') },
  { kind: 'safeguarding', count: 4, ageGroup: 'child', occurredAt: at('2023-06-28') },
  { kind: 'welfare-visit', count: 20, occurredAt: at('2023-06-29') },
  {
    kind: 'vehicle-stop',
    count: 104,
    location: 'A303',
    assistedBy: ['nrcu', 'btp'],
    occurredAt: at('2023-06-27'),
  },
  { kind: 'engagement', count: 6, notes: 'school talks', occurredAt: at('2023-06-27') },
  {
    kind: 'disruption',
    category: 'pursue',
    severity: 'major',
    description: 'line holder remanded',
    occurredAt: at('2023-06-30'),
  },
];

describe('every route, called as its users call it, answers as documented', () => {
  const scorpion = { op: 'scorpion' };
  const phase5 = { op: 'scorpion', n: 5 };
  const logged: { entryId: string; position: string }[] = [];
  let lastPosition = '0';

  it('auth: tokens and users', async () => {
    const token = await expectCall(200, 'POST', '/api/auth/token', {
      as: null,
      body: { username: 'analyst', password: 'a long enough password' },
    });
    expect(token.body.user).toEqual({ username: 'analyst', role: 'analyst', force: null });
    await expectCall(401, 'POST', '/api/auth/token', {
      as: null,
      body: { username: 'analyst', password: 'not the password at all' },
    });
    await expectCall(201, 'POST', '/api/users', {
      body: {
        username: 'wiltshire-pcc',
        password: 'a long enough password',
        role: 'pcc',
        force: 'wiltshire',
      },
    });
    await expectCall(409, 'POST', '/api/users', {
      body: { username: 'WILTSHIRE-pcc', password: 'a long enough password', role: 'analyst' },
    });
    await expectCall(403, 'POST', '/api/users', {
      as: 'dorset',
      body: { username: 'someone', password: 'a long enough password', role: 'analyst' },
    });
    const users = await expectCall(200, 'GET', '/api/users');
    expect(users.body.map((user: { username: string }) => user.username)).toContain(
      'wiltshire-pcc',
    );
    await expectCall(403, 'GET', '/api/users', { as: 'analyst' });
    await expectCall(401, 'GET', '/api/users', { as: null });

    const pcc = { username: 'wiltshire-pcc' };
    await expectCall(200, 'POST', '/api/users/{username}/disable', { params: pcc, body: {} });
    await expectCall(403, 'POST', '/api/users/{username}/disable', {
      params: pcc,
      body: {},
      as: 'analyst',
    });
    await expectCall(404, 'POST', '/api/users/{username}/disable', {
      params: { username: 'nobody' },
      body: {},
    });
    await expectCall(422, 'POST', '/api/users/{username}/disable', {
      params: { username: 'admin' },
      body: {},
    });
    await expectCall(200, 'POST', '/api/users/{username}/enable', { params: pcc, body: {} });
    await expectCall(403, 'POST', '/api/users/{username}/enable', {
      params: pcc,
      body: {},
      as: 'dorset',
    });
    await expectCall(204, 'POST', '/api/users/{username}/password', {
      params: pcc,
      body: { password: 'a new long enough password' },
    });
    await expectCall(400, 'POST', '/api/users/{username}/password', {
      params: pcc,
      body: { password: 'qwerty123456' },
    });
    await expectCall(403, 'POST', '/api/users/{username}/password', {
      params: pcc,
      body: { password: 'a new long enough password' },
      as: 'pcc',
    });
    const own = await expectCall(200, 'POST', '/api/auth/token', {
      as: null,
      body: { username: 'wiltshire-pcc', password: 'a new long enough password' },
    });
    const headers = { authorization: `Bearer ${own.body.accessToken}` };
    await expectCall(400, 'POST', '/api/auth/password', {
      as: null,
      headers,
      body: { currentPassword: 'not it at all', newPassword: 'yet another long password' },
    });
    await expectCall(204, 'POST', '/api/auth/password', {
      as: null,
      headers,
      body: {
        currentPassword: 'a new long enough password',
        newPassword: 'yet another long password',
      },
    });
    await expectCall(204, 'POST', '/api/auth/logout', { as: null, headers });
    await expectCall(401, 'POST', '/api/auth/logout', { as: null, headers });
  });

  it('operations: registered, phases opened, closed, reopened and put right', async () => {
    await expectCall(201, 'POST', '/api/operations', {
      body: {
        id: 'scorpion',
        name: 'Operation Scorpion',
        scope: 'regional',
        forces: FIVE_FORCES,
        description: 'Regional drugs crackdown',
      },
    });
    await expectCall(409, 'POST', '/api/operations', {
      body: { id: 'scorpion', name: 'Again', scope: 'force', forces: ['dorset'] },
    });
    await expectCall(400, 'POST', '/api/operations', {
      body: { id: 'Scorpion!', name: '', scope: 'national', forces: [] },
    });
    await expectCall(415, 'POST', '/api/operations', {
      rawBody: 'id=scorpion',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    await expectCall(201, 'POST', `${OPERATION}/phases`, {
      params: scorpion,
      body: { number: 1, startsOn: '2022-03-07' },
    });
    await expectCall(201, 'POST', `${OPERATION}/phases`, {
      params: scorpion,
      body: { number: 5, startsOn: '2023-06-26', name: 'Cannabis cultivation' },
    });
    await expectCall(409, 'POST', `${OPERATION}/phases`, {
      params: scorpion,
      body: { number: 5, startsOn: '2023-06-26' },
    });
    const closed = await expectCall(200, 'POST', `${PHASE}/close`, {
      params: { op: 'scorpion', n: 1 },
      body: { endsOn: '2022-03-13' },
    });
    expect(closed.body.phases[0]).toMatchObject({ status: 'closed', endsOn: '2022-03-13' });
    await expectCall(422, 'POST', `${PHASE}/close`, {
      params: phase5,
      body: { endsOn: '2099-12-31' },
    });
    await expectCall(200, 'PATCH', PHASE, {
      params: { op: 'scorpion', n: 1 },
      body: { startsOn: '2022-03-06', reason: 'the first warrants were executed a day early' },
    });
    await expectCall(200, 'POST', `${PHASE}/reopen`, {
      params: { op: 'scorpion', n: 1 },
      body: { reason: 'late returns from Wiltshire' },
    });
    await expectCall(400, 'POST', `${PHASE}/reopen`, {
      params: { op: 'scorpion', n: 1000 },
      body: { reason: 'no such phase number' },
    });
    await expectCall(200, 'GET', '/api/operations', { as: 'analyst' });
    await expectCall(200, 'GET', OPERATION, { params: scorpion, as: 'pcc' });
    await expectCall(404, 'GET', OPERATION, { params: { op: 'nothing' } });
    await expectCall(401, 'GET', '/api/operations', { as: null });
  });

  it('entries: one of each kind logged, retried, in a batch, corrected and retracted', async () => {
    for (const entry of KINDS) {
      const entryId = randomUUID();
      const answer = await expectCall(201, 'POST', ENTRIES, {
        params: phase5,
        as: 'dorset',
        body: { entryId, force: 'dorset', ...entry },
      });
      logged.push({ entryId, position: answer.body.position });
    }
    const retried = await expectCall(200, 'POST', ENTRIES, {
      params: phase5,
      as: 'dorset',
      body: { entryId: logged[0].entryId, force: 'dorset', ...KINDS[0] },
    });
    expect(retried.body.position).toBe(logged[0].position);
    await expectCall(409, 'POST', ENTRIES, {
      params: phase5,
      as: 'dorset',
      body: { entryId: logged[0].entryId, force: 'dorset', ...KINDS[0], count: 11 },
    });
    await expectCall(403, 'POST', ENTRIES, {
      params: phase5,
      as: 'dorset',
      body: { entryId: randomUUID(), force: 'wiltshire', ...KINDS[0] },
    });
    await expectCall(422, 'POST', ENTRIES, {
      params: phase5,
      body: { entryId: randomUUID(), force: 'dorset', ...KINDS[0], occurredAt: at('2023-06-01') },
    });
    await expectCall(400, 'POST', ENTRIES, {
      params: phase5,
      body: { entryId: 'not-a-uuid', force: 'dorset', kind: 'warrant', count: 1001 },
    });
    const batch = await expectCall(200, 'POST', `${ENTRIES}/batch`, {
      params: phase5,
      as: 'wiltshire',
      body: {
        entries: [
          { entryId: randomUUID(), force: 'wiltshire', ...KINDS[1] },
          { entryId: randomUUID(), force: 'wiltshire', kind: 'arrest', count: 0 },
          { force: 'wiltshire', ...KINDS[0] },
        ],
      },
    });
    expect(batch.body.results.map((r: any) => r.status)).toEqual([201, 400, 400]);
    await expectCall(400, 'POST', `${ENTRIES}/batch`, {
      params: phase5,
      body: { entries: 'not a list' },
    });
    const corrected = await expectCall(200, 'POST', `${ENTRY}/correction`, {
      params: { ...phase5, entryId: logged[1].entryId },
      as: 'dorset',
      body: {
        reason: 'final collated results',
        entry: { force: 'dorset', ...KINDS[1], count: 15 },
      },
    });
    expect(corrected.body.status).toBe('corrected');
    await expectCall(422, 'POST', `${ENTRY}/correction`, {
      params: { ...phase5, entryId: logged[1].entryId },
      body: {
        reason: 'too early',
        entry: { force: 'dorset', ...KINDS[1], occurredAt: at('2023-01-01') },
      },
    });
    const retracted = await expectCall(200, 'POST', `${ENTRY}/retraction`, {
      params: { ...phase5, entryId: logged[2].entryId },
      as: 'dorset',
      body: { reason: 'logged in the wrong phase' },
    });
    lastPosition = retracted.body.position;
    await expectCall(404, 'POST', `${ENTRY}/retraction`, {
      params: { ...phase5, entryId: randomUUID() },
      body: { reason: 'never logged' },
    });
  });

  it('entries: the log, a page at a time, as JSON and CSV, and one entry', async () => {
    const wait = { minPosition: lastPosition, waitMs: '5000' };
    const all = await expectCall(200, 'GET', ENTRIES, {
      params: phase5,
      as: 'analyst',
      query: wait,
    });
    expect(all.body.items).toHaveLength(KINDS.length + 1);
    const first = await expectCall(200, 'GET', ENTRIES, {
      params: phase5,
      query: { limit: '4', status: 'active' },
    });
    expect(first.body.nextCursor).toEqual(expect.any(String));
    await expectCall(200, 'GET', ENTRIES, {
      params: phase5,
      as: 'dorset',
      query: { limit: '4', cursor: first.body.nextCursor, force: 'dorset', kind: 'seizure' },
    });
    const csv = await expectCall(200, 'GET', ENTRIES, {
      params: phase5,
      query: { format: 'csv', limit: '3' },
    });
    expect(csv.headers.get('x-next-cursor')).toEqual(expect.any(String));
    await expectCall(200, 'GET', ENTRIES, { params: phase5, csv: true });
    await expectCall(403, 'GET', ENTRIES, {
      params: phase5,
      as: 'dorset',
      query: { force: 'wiltshire' },
    });
    await expectCall(400, 'GET', ENTRIES, { params: phase5, query: { limit: '5000' } });
    await expectCall(404, 'GET', ENTRIES, { params: { op: 'scorpion', n: 9 } });
    const entry = await expectCall(200, 'GET', ENTRY, {
      params: { ...phase5, entryId: logged[1].entryId },
      as: 'dorset',
    });
    expect(entry.body.history.map((h: any) => h.change)).toEqual(['logged', 'corrected']);
    await expectCall(200, 'GET', ENTRY, {
      params: { ...phase5, entryId: logged[2].entryId },
      as: 'analyst',
    });
    await expectCall(404, 'GET', ENTRY, { params: { ...phase5, entryId: randomUUID() } });
  });

  it('totals: every route, as JSON waiting for a write, and as CSV', async () => {
    const routes: [string, Record<string, string | number>][] = [
      [`${PHASE}/totals`, phase5],
      [`${OPERATION}/totals`, scorpion],
      ['/api/forces/{force}/totals', { force: 'dorset' }],
      ['/api/tags/{tag}/totals', { tag: 'mille' }],
      ['/api/summary', {}],
    ];
    for (const [path, params] of routes) {
      const json = await expectCall(200, 'GET', path, {
        params,
        as: 'analyst',
        query: { minPosition: lastPosition, waitMs: '5000' },
      });
      expect(json.body.minPositionReached).toBe(true);
      expect(json.headers.get('x-min-position-reached')).toBe('true');
      await expectCall(200, 'GET', path, {
        params,
        as: 'pcc',
        query: { format: 'csv', from: '2023-06-01', to: '2023-06-30', asOf: at('2030-01-01') },
      });
      await expectCall(400, 'GET', path, { params, query: { asOf: 'yesterday' } });
    }
    await expectCall(404, 'GET', `${OPERATION}/totals`, { params: { op: 'nothing' } });
    await expectCall(404, 'GET', '/api/forces/{force}/totals', { params: { force: 'kent' } });
    await expectCall(400, 'GET', '/api/tags/{tag}/totals', { params: { tag: 'Not A Slug' } });
  });

  it('forces: populations read and recorded', async () => {
    await expectCall(200, 'GET', '/api/forces', { as: 'pcc' });
    await expectCall(200, 'PUT', '/api/forces/{force}/population', {
      params: { force: 'dorset' },
      body: {
        population: 790_000,
        source: 'ONS mid-2024 estimates, sum of local authorities',
        appliesFrom: '2024-07-01',
      },
    });
    await expectCall(404, 'PUT', '/api/forces/{force}/population', {
      params: { force: 'kent' },
      body: { population: 1_900_000, source: 'ONS mid-2024 estimates' },
    });
    await expectCall(403, 'PUT', '/api/forces/{force}/population', {
      params: { force: 'dorset' },
      as: 'pcc',
      body: { population: 1, source: 'a guess' },
    });
  });

  it('publications: the whole collaboration and a scope, frozen, then read with their drift', async () => {
    const whole = await expectCall(201, 'POST', '/api/publications', {
      as: 'pcc',
      body: { title: 'South West collaboration, June 2023' },
    });
    await expectCall(201, 'POST', '/api/publications', {
      body: {
        title: 'Operation Scorpion phase 5',
        scope: { operation: 'scorpion', phase: 5, from: '2023-06-26', to: '2023-06-30' },
      },
    });
    await expectCall(403, 'POST', '/api/publications', {
      as: 'pcc',
      body: { title: 'Wiltshire alone', scope: { force: 'wiltshire' } },
    });
    await expectCall(404, 'POST', '/api/publications', {
      body: { title: 'Nothing', scope: { operation: 'nothing' } },
    });
    const later = await expectCall(201, 'POST', ENTRIES, {
      params: phase5,
      body: { entryId: randomUUID(), force: 'wiltshire', ...KINDS[0] },
    });
    await expectCall(200, 'GET', `${PHASE}/totals`, {
      params: phase5,
      query: { minPosition: later.body.position, waitMs: '5000' },
    });
    const list = await expectCall(200, 'GET', '/api/publications', { as: 'analyst' });
    await expectCall(403, 'GET', '/api/publications', { as: 'dorset' });
    expect(list.body[0].drift.length).toBeGreaterThan(0);
    await expectCall(200, 'GET', '/api/publications/{id}', {
      params: { id: whole.body.id },
      as: 'pcc',
    });
    await expectCall(404, 'GET', '/api/publications/{id}', { params: { id: randomUUID() } });
  });

  it('audit: the trail, newest first, a page at a time and filtered', async () => {
    const page = await expectCall(200, 'GET', '/api/audit', { query: { limit: '2' } });
    await expectCall(200, 'GET', '/api/audit', {
      query: { cursor: page.body.nextCursor, user: 'dorset', action: 'entry.log' },
    });
    await expectCall(400, 'GET', '/api/audit', { query: { limit: '0' } });
    await expectCall(403, 'GET', '/api/audit', { as: 'analyst' });
    await expectCall(401, 'GET', '/api/audit', { as: null });
  });

  it('health: up', async () => {
    await expectCall(200, 'GET', '/api/health', { as: null });
  });

  it('answered every call as the document says', () => {
    expect(problems).toEqual([]);
  });

  it('called every documented route, with each success status it documents', () => {
    const missed = routesOf(doc).flatMap(({ route, operation }) =>
      Object.keys(operation.responses)
        .filter(isSuccess)
        .filter((status) => !called.get(route)?.has(status))
        .map((status) => `${route} ${status}`),
    );
    expect(missed).toEqual([]);
  });

  it('refused at least once in every family of routes, in the documented shape', () => {
    const refused = [...called].filter(([, statuses]) =>
      [...statuses].some((status) => /^4/.test(status)),
    );
    const families = new Set(
      refused.map(([route]) => doc.paths[route.split(' ')[1]][route.split(' ')[0].toLowerCase()]),
    );
    const tags = new Set(
      [...families].flatMap((operation) => (operation as { tags?: string[] }).tags ?? []),
    );
    expect([...tags].sort()).toEqual([
      'audit',
      'auth',
      'entries',
      'forces',
      'operations',
      'publications',
      'totals',
    ]);
  });

  it('answers no route that the document leaves out', () => {
    const documented = new Set(routesOf(doc).map(({ route }) => route));
    const served = api.routes().filter((route) => !undocumented(route));
    expect(served.filter((route) => !documented.has(route))).toEqual([]);
    expect([...documented].filter((route) => !served.includes(route))).toEqual([]);
  });
});
