import { registerScorpionPhase5, warrants } from './fixtures';
import { TestApi } from './test-api';

let api: TestApi;
beforeAll(async () => {
  api = await TestApi.start();
  await registerScorpionPhase5(api);
}, 60_000);
afterAll(() => api.stop());

const HUGE = '99999999999999999999';

/** Odd input a client or a fuzzer may send: a clear 4xx every time, never a 500. */
describe('odd input never gets a 500', () => {
  it.each([
    ['GET', `/api/operations/scorpion/phases/${HUGE}/totals`],
    ['GET', '/api/operations/scorpion/phases/3000000000/totals'],
    ['GET', '/api/operations/scorpion/phases/-1/totals'],
    ['GET', '/api/operations/scorpion/phases/0/entries'],
    [
      'GET',
      `/api/operations/scorpion/phases/5/entries?cursor=${Buffer.from('9999999999999999999').toString('base64url')}`,
    ],
    ['GET', `/api/summary?minPosition=9999999999999999999&waitMs=0`],
    ['GET', '/api/operations/%E0%A4%A/totals'],
    ['GET', `/api/operations/${'x'.repeat(5000)}`],
    ['GET', '/api/tags/x/totals?asOf[]=1'],
    ['GET', '/api/publications/not-a-uuid'],
    ['POST', `/api/operations/scorpion/phases/3000000000/entries`],
    ['POST', `/api/operations/scorpion/phases/5/entries/${HUGE}/retraction`],
    ['POST', '/api/operations/scorpion/phases/3000000000/close'],
  ])('%s %s', async (method, path) => {
    const { status } = await api.request(method, path, {
      body: method === 'POST' ? warrants() : undefined,
    });
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
  });

  it.each([
    'asOf=9999-12-31T23:59:59Z',
    'asOf=0001-01-01T00:00:00Z',
    'from=0001-01-01&to=9999-12-31',
  ])('answers the extreme %s without a 500', async (query) => {
    expect((await api.get(`/api/summary?${query}`)).status).toBeLessThan(500);
  });

  it.each([
    ['an entry with a huge count', { ...warrants(), count: 1e308 }],
    [
      'an entry whose occurredAt is year 275760',
      { ...warrants(), occurredAt: '+275760-09-13T00:00:00.000Z' },
    ],
    ['an entry with a NUL in its notes', { ...warrants(), notes: 'a\u0000b' }],
    ['an entry with a phase number too big for the database', { ...warrants() }],
    [
      'a seizure of 1e300 kg',
      {
        ...warrants(),
        kind: 'seizure',
        item: 'class-a-drugs',
        quantity: 1e300,
        unit: 'kg',
        count: undefined,
      },
    ],
    ['an opening of phase 3000000000', { number: 3000000000, startsOn: '2023-01-01' }],
  ])('%s', async (what, body) => {
    const path =
      what === 'an entry with a phase number too big for the database'
        ? '/api/operations/scorpion/phases/2147483648/entries'
        : what.startsWith('an opening')
          ? '/api/operations/scorpion/phases'
          : '/api/operations/scorpion/phases/5/entries';
    const before = await api.eventCount();
    const { status } = await api.post(path, body);
    expect([what, status < 500]).toEqual([what, true]);
    if (status >= 400) expect(await api.eventCount()).toBe(before);
  });
});

const ENTRIES = '/api/operations/scorpion/phases/5/entries';

/** `{"a":{"a":…1…}}` or `[[…1…]]`, `levels` deep, built as text (JSON.stringify would recurse). */
const nested = (levels: number, shape: 'objects' | 'arrays'): string =>
  shape === 'objects'
    ? `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`
    : `${'['.repeat(levels)}1${']'.repeat(levels)}`;

describe('deeply nested bodies are refused (400), not a 500, on every body route', () => {
  it.each([
    [3000, 'objects'],
    [3000, 'arrays'],
    [10000, 'objects'],
    [10000, 'arrays'],
  ] as const)('%i levels of %s', async (levels, shape) => {
    const before = await api.stored();
    // Signing in needs no token: anyone on the network can send this one.
    const signIn = await api.request('POST', '/api/auth/token', {
      as: null,
      rawBody: `{"username":"nobody-x","password":"pppppppppppp","x":${nested(levels, shape)}}`,
    });
    const entry = JSON.stringify({ ...warrants(), notes: '@@' }).replace(
      '"@@"',
      nested(levels, shape),
    );
    const logged = await api.request('POST', ENTRIES, { as: 'dorset', rawBody: entry });
    const batch = await api.request('POST', `${ENTRIES}/batch`, {
      as: 'dorset',
      rawBody: `{"entries":[${entry}]}`,
    });
    for (const answer of [signIn, logged, batch])
      expect([answer.status, answer.body.message]).toEqual([
        400,
        'The request body nests objects or arrays more than 32 levels deep',
      ]);
    expect(await api.stored()).toEqual(before);
  });

  it('takes a body as deep as the bound, and refuses one a level deeper', async () => {
    const at = (levels: number) =>
      api.request('POST', '/api/auth/token', {
        as: null,
        rawBody: `{"username":"nobody-x","password":"pppppppppppp","x":${nested(levels - 1, 'arrays')}}`,
      });
    // 32 levels: read, then refused by validation as an unknown field, as any body would be.
    expect((await at(32)).body.message).toEqual(['property x should not exist']);
    expect((await at(33)).body.message).toMatch(/more than 32 levels deep/);
  });
});
