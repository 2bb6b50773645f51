import { randomUUID } from 'node:crypto';
import { arrests, FIVE_FORCES, registerScorpionPhase5, warrants } from './fixtures';
import { TestApi, type Answer, type Person } from './test-api';

/**
 * OWASP API1 (object level), API3 (object properties) and API5 (function level): for every
 * route the server answers, the roles that must be refused are refused, another force's ids
 * are refused (403 when the caller names another force, 404 when an id names another
 * force's entry, so ids do not tell what exists), nothing the token decides is taken from a
 * body, and a refusal changes nothing stored. The table must name every route: a new one
 * fails here until its refusals are written down.
 */

let api: TestApi;
/** Dorset's entry in Scorpion phase 5: the object other forces must not reach. */
let dorsetEntry: string;
let publication: string;

const ENTRY = { ...arrests(3, 'dorset') };
const { entryId: _, ...ENTRY_BODY } = ENTRY;

beforeAll(async () => {
  api = await TestApi.start();
  await registerScorpionPhase5(api);
  dorsetEntry = ENTRY.entryId;
  const logged = await api.post('/api/operations/scorpion/phases/5/entries', ENTRY, 'dorset');
  expect(logged.status).toBe(201);
  // The entry log must hold it before anyone is refused it: a refusal of nothing proves nothing.
  const log = await api.get(
    `/api/operations/scorpion/phases/5/entries?minPosition=${logged.body.position}&waitMs=10000`,
    'analyst',
  );
  expect(log.body.items.map((item: { entryId: string }) => item.entryId)).toEqual([dorsetEntry]);
  const published = await api.post('/api/publications', { title: 'South West, June 2023' });
  expect(published.status).toBe(201);
  publication = published.body.id;
}, 60_000);
afterAll(() => api?.stop());

interface Refusal {
  /** Who asks: a person, or null for no token at all. */
  as: Person | null;
  why: string;
  status: number;
  /** Path parameters other than the defaults (Dorset's entry, Scorpion phase 5). */
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
  /** More to check of the answer than its status. */
  then?: (answer: Answer) => void;
}

const PHASE = '/api/operations/{op}/phases/{n}';
const ENTRIES = `${PHASE}/entries`;
const CORRECTION = { reason: 'final collated results', entry: { ...ENTRY_BODY, count: 4 } };
const POPULATION = { population: 790_000, source: 'ONS mid-2023 estimates' };

const noToken: Refusal = { as: null, why: 'no token', status: 401 };
const refuseRoles = (people: Person[], body?: unknown): Refusal[] => [
  { ...noToken, body },
  ...people.map((as) => ({ as, why: `${as} has not the role`, status: 403, body })),
];
const mentions = (text: string) => (answer: Answer) =>
  expect(JSON.stringify(answer.body.message)).toContain(text);

/** Every route, with the callers it must refuse. Public routes refuse nobody. */
const REFUSALS: Record<string, Refusal[]> = {
  'POST /api/auth/token': [],
  'GET /api/health': [],
  'GET /api/users': refuseRoles(['dorset', 'analyst', 'pcc']),
  'GET /api/audit': refuseRoles(['dorset', 'analyst', 'pcc']),
  // Every role may sign out and change its own password: only the token decides whose.
  'POST /api/auth/logout': [noToken],
  'POST /api/auth/password': [
    {
      ...noToken,
      body: { currentPassword: 'a long enough password', newPassword: 'x'.repeat(20) },
    },
  ],
  'POST /api/users/{username}/disable': refuseRoles(['dorset', 'analyst', 'pcc']).map((r) => ({
    ...r,
    params: { username: 'wiltshire' },
  })),
  'POST /api/users/{username}/enable': refuseRoles(['dorset', 'analyst', 'pcc']).map((r) => ({
    ...r,
    params: { username: 'wiltshire' },
  })),
  'POST /api/users/{username}/password': refuseRoles(['dorset', 'analyst', 'pcc'], {
    password: 'another long enough password',
  }).map((r) => ({ ...r, params: { username: 'wiltshire' } })),
  'POST /api/users': [
    ...refuseRoles(['dorset', 'analyst', 'pcc'], {
      username: 'mallory',
      password: 'a long enough password',
      role: 'admin',
    }),
  ],
  'GET /api/operations': [noToken],
  'GET /api/operations/{op}': [noToken],
  'POST /api/operations': refuseRoles(['dorset', 'analyst', 'pcc'], {
    id: 'dorset-own',
    name: 'Dorset’s own',
    scope: 'force',
    forces: ['dorset'],
  }),
  'POST /api/operations/{op}/phases': refuseRoles(['dorset', 'analyst', 'pcc'], {
    number: 6,
    startsOn: '2023-07-03',
  }),
  [`POST ${PHASE}/close`]: refuseRoles(['dorset', 'analyst', 'pcc'], { endsOn: '2023-07-02' }),
  [`POST ${PHASE}/reopen`]: refuseRoles(['dorset', 'analyst', 'pcc'], { reason: 'more to log' }),
  [`PATCH ${PHASE}`]: refuseRoles(['dorset', 'analyst', 'pcc'], {
    startsOn: '2023-06-25',
    reason: 'it began a day early',
  }),
  [`GET ${ENTRIES}`]: [
    noToken,
    { as: 'pcc', why: 'a PCC reads totals, not the entry log', status: 403 },
    {
      as: 'wiltshire',
      why: 'another force named in the query',
      status: 403,
      query: 'force=dorset',
      then: mentions('wiltshire only'),
    },
    {
      as: 'wiltshire',
      why: 'the log without a force: its own force only, filtered in SQL',
      status: 200,
      then: ({ body }) => expect(body.items).toEqual([]),
    },
    {
      as: 'wiltshire',
      why: 'the log as CSV: its own force only',
      status: 200,
      query: 'format=csv',
      then: ({ body }) => expect(body).not.toContain(dorsetEntry),
    },
  ],
  [`GET ${ENTRIES}/{entryId}`]: [
    noToken,
    { as: 'pcc', why: 'a PCC reads totals, not entries', status: 403 },
    {
      as: 'wiltshire',
      why: 'another force’s entry id: as unknown as none',
      status: 404,
      then: mentions('is not in phase 5'),
    },
  ],
  [`POST ${ENTRIES}`]: [
    ...refuseRoles(['analyst', 'pcc'], { ...ENTRY_BODY, entryId: randomUUID() }),
    {
      as: 'wiltshire',
      why: 'another force in the body',
      status: 403,
      body: { ...ENTRY_BODY, entryId: randomUUID() },
      then: mentions('may not record entries for dorset'),
    },
    {
      as: 'dorset',
      why: 'recordedBy is the token’s, never the body’s',
      status: 400,
      body: { ...ENTRY_BODY, entryId: randomUUID(), recordedBy: 'admin' },
      then: mentions('recordedBy'),
    },
  ],
  [`POST ${ENTRIES}/batch`]: [
    ...refuseRoles(['analyst', 'pcc'], { entries: [{ ...ENTRY_BODY, entryId: randomUUID() }] }),
    {
      as: 'wiltshire',
      why: 'another force in an entry of the batch: that entry refused',
      status: 200,
      body: { entries: [{ ...ENTRY_BODY, entryId: randomUUID() }] },
      then: ({ body }) => expect(body.results.map((r: any) => r.status)).toEqual([403]),
    },
  ],
  [`POST ${ENTRIES}/{entryId}/correction`]: [
    ...refuseRoles(['analyst', 'pcc'], CORRECTION),
    {
      as: 'wiltshire',
      why: 'another force’s entry id: as unknown as none',
      status: 404,
      body: CORRECTION,
    },
    {
      as: 'dorset',
      why: 'the force in the body may not move the entry',
      status: 422,
      body: { ...CORRECTION, entry: { ...CORRECTION.entry, force: 'wiltshire' } },
      then: mentions('force-cannot-change'),
    },
  ],
  [`POST ${ENTRIES}/{entryId}/retraction`]: [
    ...refuseRoles(['analyst', 'pcc'], { reason: 'logged twice' }),
    {
      as: 'wiltshire',
      why: 'another force’s entry id: as unknown as none',
      status: 404,
      body: { reason: 'logged twice' },
    },
  ],
  [`GET ${PHASE}/totals`]: [noToken],
  'GET /api/operations/{op}/totals': [noToken],
  'GET /api/forces/{force}/totals': [noToken],
  'GET /api/tags/{tag}/totals': [noToken],
  'GET /api/summary': [noToken],
  'GET /api/forces': [noToken],
  'PUT /api/forces/{force}/population': refuseRoles(['dorset', 'analyst', 'pcc'], POPULATION),
  'POST /api/publications': [
    ...refuseRoles(['dorset', 'analyst'], { title: 'Dorset alone', scope: { force: 'dorset' } }),
    {
      as: 'pcc',
      why: 'another force alone in the scope',
      status: 403,
      body: { title: 'Wiltshire alone', scope: { force: 'wiltshire' } },
    },
    {
      as: 'pcc',
      why: 'publishedBy is the token’s, never the body’s',
      status: 400,
      body: { title: 'Dorset', publishedBy: 'admin' },
      then: mentions('publishedBy'),
    },
  ],
  'GET /api/publications': refuseRoles(['dorset']),
  'GET /api/publications/{id}': refuseRoles(['dorset']),
};

/** Routes no token is needed for, or that are no part of the API's contract. */
const OUTSIDE = (route: string) =>
  route === 'GET /metrics' || /^GET \/docs\b/.test(route) || route.endsWith(' {/*splat}');

const pathOf = (route: string, params: Record<string, string> = {}) => {
  const values: Record<string, string> = {
    op: 'scorpion',
    n: '5',
    entryId: dorsetEntry,
    force: 'dorset',
    tag: 'mille',
    id: publication,
    ...params,
  };
  return route.split(' ')[1].replace(/\{(\w+)\}/g, (__, name) => values[name]);
};

describe('object-level access: every route refuses whom it must', () => {
  it('names every route the server answers', () => {
    const served = api.routes().filter((route) => !OUTSIDE(route));
    expect(served.filter((route) => !(route in REFUSALS))).toEqual([]);
    expect(Object.keys(REFUSALS).filter((route) => !served.includes(route))).toEqual([]);
  });

  it('has at least one refusal for every route that needs a token', () => {
    const none = Object.entries(REFUSALS).filter(
      ([route, refusals]) => refusals.length === 0 && !/auth\/token|health/.test(route),
    );
    expect(none).toEqual([]);
  });

  const cases = Object.entries(REFUSALS).flatMap(([route, refusals]) =>
    refusals.map((refusal) => [route, refusal.as ?? 'nobody', refusal.why, refusal] as const),
  );

  it.each(cases)('%s as %s (%s)', async (route, _as, _why, refusal) => {
    const before = await api.stored();
    const method = route.split(' ')[0];
    const path = pathOf(route, refusal.params) + (refusal.query ? `?${refusal.query}` : '');
    const answer = await api.request(method, path, { as: refusal.as, body: refusal.body });

    expect({ status: answer.status, body: answer.body }).toEqual({
      status: refusal.status,
      body:
        refusal.status >= 400
          ? expect.objectContaining({ statusCode: refusal.status })
          : expect.anything(),
    });
    refusal.then?.(answer);
    expect(await api.stored()).toEqual(before);
  });

  it('still serves the people who may: Dorset reads its own entry; the analyst sees every force', async () => {
    const own = await api.get(pathOf(`GET ${ENTRIES}/{entryId}`), 'dorset');
    expect(own.status).toBe(200);
    const all = await api.get(pathOf(`GET ${ENTRIES}`), 'analyst');
    expect(all.body.items.map((i: any) => i.entryId)).toEqual([dorsetEntry]);
    expect((await api.get('/api/publications', 'pcc')).status).toBe(200);
    expect(FIVE_FORCES).toContain(own.body.force);
  });

  it('records who logged an entry from the token alone', async () => {
    const entry = warrants(2, 'dorset');
    const logged = await api.post(pathOf(`POST ${ENTRIES}`), entry, 'dorset');
    expect(logged.status).toBe(201);
    const log = await api.get(
      `${pathOf(`GET ${ENTRIES}`)}?minPosition=${logged.body.position}&waitMs=10000`,
      'admin',
    );
    const item = log.body.items.find((i: { entryId: string }) => i.entryId === entry.entryId);
    expect(item.recordedBy).toBe('dorset');
  });
});
