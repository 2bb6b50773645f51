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

/** The audit record of one request, by its request id: a refusal is never recorded as a success. */
const auditedStatus = async (requestId: string | null): Promise<number> => {
  const [row] = await api.sql(`SELECT status FROM audit_records WHERE request_id = $1`, [
    requestId,
  ]);
  return row?.status;
};

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

describe('bodies must be UTF-8 JSON', () => {
  const latin1 = (entryId: string) =>
    Buffer.from(JSON.stringify({ ...warrants(), entryId, location: 'Sturminster café' }), 'latin1');

  it.each([
    'application/json; charset=latin1',
    'application/json; charset=ISO-8859-1',
    'application/json;charset="iso-8859-1"',
    'APPLICATION/JSON; CHARSET=WINDOWS-1252',
    'application/json; charset=klingon',
    'application/json; charset=utf-16le',
    'application/json; charset=""',
  ])('a charset other than UTF-8 is 415: %s', async (type) => {
    const before = await api.stored();
    const { entryId } = warrants();
    const answer = await api.request('POST', ENTRIES, {
      as: 'dorset',
      rawBody: latin1(entryId),
      headers: { 'content-type': type },
    });
    expect([answer.status, answer.body.message]).toEqual([
      415,
      `The body must be UTF-8 JSON: Content-Type: application/json names no charset, or utf-8 (not ${type})`,
    ]);
    expect(await api.stored()).toEqual(before);
    expect(await auditedStatus(answer.headers.get('x-request-id'))).toBe(415);
  });

  it.each([
    ['bytes C3 28 (a lead byte without its continuation)', Buffer.from([0xc3, 0x28])],
    ["latin-1's é", Buffer.from('é', 'latin1')],
    ['a lone surrogate encoded as UTF-8 (ED A0 80)', Buffer.from([0xed, 0xa0, 0x80])],
    ['an overlong encoding of "/" (C0 AF)', Buffer.from([0xc0, 0xaf])],
  ])('invalid UTF-8 is 400: %s', async (_, bytes) => {
    const before = await api.stored();
    const { entryId } = warrants();
    const [head, tail] = JSON.stringify({ ...warrants(), entryId, location: 'Sturminster @@' })
      .split('@@')
      .map((text) => Buffer.from(text));
    const answer = await api.request('POST', ENTRIES, {
      as: 'dorset',
      rawBody: Buffer.concat([head, bytes, tail]),
    });
    expect([answer.status, answer.body.message]).toEqual([
      400,
      'The request body is not valid UTF-8',
    ]);
    expect(await api.stored()).toEqual(before);
    expect(await auditedStatus(answer.headers.get('x-request-id'))).toBe(400);
  });

  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'application/json; charset="UTF-8"',
    'application/json;charset=utf8',
  ])('UTF-8 is taken, its text kept as sent: %s', async (type) => {
    const entry = { ...warrants(), location: 'Sturminster café ☕' };
    const answer = await api.request('POST', ENTRIES, {
      as: 'dorset',
      rawBody: Buffer.from(JSON.stringify(entry), 'utf8'),
      headers: { 'content-type': type },
    });
    expect(answer.status).toBe(201);
    const log = await api.get(
      `${ENTRIES}?minPosition=${answer.body.position}&waitMs=10000&limit=1000`,
      'dorset',
    );
    const read = log.body.items.find((item: any) => item.entryId === entry.entryId);
    expect(read.current.location).toBe('Sturminster café ☕');
  });
});

describe('required free text must not be blank', () => {
  let entryId: string;
  beforeAll(async () => {
    const entry = warrants();
    entryId = entry.entryId;
    expect((await api.post(ENTRIES, entry, 'dorset')).status).toBe(201);
  });

  const requests = (blank: string): [string, string, string, object][] => [
    [
      'name',
      'POST',
      '/api/operations',
      { id: 'blank-op', name: blank, scope: 'force', forces: ['dorset'] },
    ],
    [
      'name',
      'POST',
      '/api/operations/scorpion/phases',
      { number: 7, startsOn: '2023-07-03', name: blank },
    ],
    ['reason', 'POST', '/api/operations/scorpion/phases/5/reopen', { reason: blank }],
    [
      'reason',
      'PATCH',
      '/api/operations/scorpion/phases/5',
      { startsOn: '2023-06-25', reason: blank },
    ],
    ['source', 'PUT', '/api/forces/dorset/population', { population: 780000, source: blank }],
    ['title', 'POST', '/api/publications', { title: blank }],
    ['reason', 'POST', `${ENTRIES}/{entryId}/retraction`, { reason: blank }],
    [
      'reason',
      'POST',
      `${ENTRIES}/{entryId}/correction`,
      { reason: blank, entry: { ...warrants(), entryId: undefined } },
    ],
  ];

  it.each(['   ', '\u200b', ' \u200b\u00a0\u2060 ', '\t\u3000'])(
    'refuses %j as a reason, a name, a title or a source (400), and stores nothing',
    async (blank) => {
      for (const [field, method, path, body] of requests(blank)) {
        const before = await api.stored();
        const answer = await api.request(method, path.replace('{entryId}', entryId), { body });
        // (a source of one character is also too short, and says so)
        expect([path, answer.status]).toEqual([path, 400]);
        expect([path, answer.body.message]).toEqual([
          path,
          expect.arrayContaining([`${field} must not be blank`]),
        ]);
        expect(await api.stored()).toEqual(before);
      }
    },
  );
});
