import { randomUUID } from 'node:crypto';
import { serveScorpionPhase5, warrants } from '../fixtures';
import { TestApi, type Answer } from '../test-api';

/**
 * Input that used to be answered 201 and then never counted (parked by the projections),
 * or that was silently changed: each is now refused with a clear 400 and stores nothing.
 */
let api: TestApi;
let entries: string;
serveScorpionPhase5((served) => ({ api, entries } = served));

const refusedWith400 = async (request: () => Promise<Answer>, message: string) => {
  const before = await api.stored();
  const answer = await request();
  expect([answer.status, JSON.stringify(answer.body.message)]).toEqual([
    400,
    expect.stringContaining(message),
  ]);
  expect(await api.stored()).toEqual(before);
};

const seizure = (fields: Record<string, unknown>) => ({
  entryId: randomUUID(),
  kind: 'seizure',
  force: 'dorset',
  occurredAt: '2023-06-28T10:00:00Z',
  ...fields,
});

describe('fields that no projection could count are refused, and nothing is stored', () => {
  it.each([
    [
      'a tag of 10,000 characters',
      { ...warrants(), tags: ['x'.repeat(10_000)] },
      'each tag must be at most 64 characters',
    ],
    ['a tag of 65 characters', { ...warrants(), tags: ['x'.repeat(65)] }, 'at most 64'],
    ['a tag twice', { ...warrants(), tags: ['mille', 'mille'] }, 'tags must not repeat a tag'],
    [
      'cash of 1e308',
      seizure({ item: 'cash', quantity: 1e308, unit: 'GBP' }),
      'quantity must not be greater than 10000000',
    ],
    [
      'cash of £100,000,000.01',
      seizure({ item: 'cash', quantity: 100_000_000.01, unit: 'GBP' }),
      'quantity must not be greater than 100000000',
    ],
    [
      'over ten tonnes of drugs',
      seizure({ item: 'class-b-drugs', quantity: 10_000_001, unit: 'g' }),
      'quantity in g must be from 0.001 to 10,000,000',
    ],
    [
      'cash to a tenth of a penny',
      seizure({ item: 'cash', quantity: 10.005, unit: 'GBP' }),
      'quantity in GBP must have at most 2 decimal places',
    ],
    [
      'a street value of 1e308',
      seizure({ item: 'class-a-drugs', estimatedValueGBP: 1e308 }),
      'estimatedValueGBP must not be greater than 1000000000',
    ],
    [
      'a street value to a tenth of a penny',
      seizure({ item: 'class-a-drugs', estimatedValueGBP: 0.001 }),
      'estimatedValueGBP must be in pounds and pence',
    ],
    [
      'a weight to a tenth of a milligram',
      seizure({ item: 'class-a-drugs', quantity: 1.0001, unit: 'g' }),
      'quantity in g must have at most 3 decimal places',
    ],
    [
      'an occurrence in 1999',
      { ...warrants(), occurredAt: '1999-12-31T23:59:59Z' },
      'occurredAt must be from 2000-01-01 to 2099-12-31',
    ],
    [
      'an occurrence in year 275760',
      { ...warrants(), occurredAt: '+275760-09-13T00:00:00.000Z' },
      'occurredAt must',
    ],
    ['a count of 1e308', { ...warrants(), count: 1e308 }, 'count must not be greater than 1000'],
  ])('%s', async (_, body, message) => {
    await refusedWith400(() => api.post(entries, body, 'dorset'), message);
  });

  it('cash of 9007199254740993, as the digits a client sends (JSON reads them as …992)', async () => {
    const body = JSON.stringify(seizure({ item: 'cash', unit: 'GBP' })).replace(
      /}$/,
      ', "quantity": 9007199254740993}',
    );
    await refusedWith400(
      () => api.request('POST', entries, { rawBody: body, as: 'dorset' }),
      'quantity must not be greater than 100000000',
    );
  });

  it.each([
    ['2147483648', 'phase must be a whole number from 1 to 999'],
    ['1e308', 'phase must be a whole number from 1 to 999'],
    ['1000', 'phase must be a whole number from 1 to 999'],
    ['0', 'phase must be a whole number from 1 to 999'],
  ])('a phase numbered %s in the path', async (phase, message) => {
    await refusedWith400(
      () => api.post(`/api/operations/scorpion/phases/${phase}/entries`, warrants(), 'dorset'),
      message,
    );
  });

  it.each([
    [{ number: 2147483648, startsOn: '2023-01-01' }, 'number must not be greater than 999'],
    [{ number: 1e308, startsOn: '2023-01-01' }, 'number must'],
    [{ number: 6, startsOn: '0000-01-01' }, 'startsOn must be a real date from 2000-01-01'],
    [{ number: 6, startsOn: '2100-01-01' }, 'startsOn must be a real date from 2000-01-01'],
    [{ number: 6, startsOn: '2023-01-01', name: 'x'.repeat(101) }, 'name must be'],
  ])('opening a phase %j', async (body, message) => {
    await refusedWith400(() => api.post('/api/operations/scorpion/phases', body), message);
  });
});

describe('input hygiene', () => {
  it.each([
    ['__proto__', '{"__proto__": {"admin": true}}', 'property __proto__ should not exist'],
    ['constructor', '{"constructor": {"name": "x"}}', 'property constructor should not exist'],
    ['prototype', '{"prototype": 1}', 'property prototype should not exist'],
    [
      '__proto__ deep inside a list',
      '{"tags": [{"__proto__": 1}]}',
      'property tags.0.__proto__ should not exist',
    ],
  ])('refuses a %s key like any unknown field', async (_, extra, message) => {
    const body = JSON.stringify({ ...warrants() }).replace(/}$/, `, ${extra.slice(1, -1)}}`);
    await refusedWith400(() => api.request('POST', entries, { rawBody: body }), message);
  });

  it('refuses a __proto__ key in a correction’s entry, naming where it is', async () => {
    const entry = warrants();
    await api.post(entries, entry, 'dorset');
    const { entryId: _, ...replacement } = entry;
    const body = JSON.stringify({ reason: 'recount', entry: replacement }).replace(
      /}}$/,
      ', "__proto__": {"count": 99}}}',
    );
    await refusedWith400(
      () => api.request('POST', `${entries}/${entry.entryId}/correction`, { rawBody: body }),
      'property entry.__proto__ should not exist',
    );
  });

  it('judges a __proto__ key in one entry of a batch against that entry alone', async () => {
    const good = warrants();
    const bad = JSON.stringify(warrants()).replace(/}$/, ', "__proto__": {"count": 7}}');
    const body = `{"entries": [${JSON.stringify(good)}, ${bad}]}`;
    const { status, body: answer } = await api.request('POST', `${entries}/batch`, {
      rawBody: body,
    });
    expect(status).toBe(200);
    expect(answer.results.map((r: any) => r.status)).toEqual([201, 400]);
    expect(answer.results[1].message).toEqual(['property __proto__ should not exist']);
  });

  it('names a nested field once: scope.force, not scope.scope.force', async () => {
    const { body } = await api.post(
      '/api/publications',
      { title: 'x', scope: { force: 'kent', phase: 0 } },
      'pcc',
    );
    expect(body.message).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^scope\.force must be one of/),
        expect.stringMatching(/^scope\.phase must not be less than 1/),
      ]),
    );
    expect(JSON.stringify(body.message)).not.toContain('scope.scope');
  });

  it('says so when a body is not sent as JSON (415), and stores nothing', async () => {
    const before = await api.stored();
    const { status, body } = await api.request('POST', entries, {
      rawBody: JSON.stringify(warrants()),
      headers: { 'content-type': 'text/plain' },
    });
    expect([status, body.statusCode]).toEqual([415, 415]);
    expect(body.message).toMatch(/must be JSON, sent with Content-Type: application\/json/);
    expect(await api.stored()).toEqual(before);
  });
});

describe('tags are a set', () => {
  it('keeps them sorted, so the same entry with its tags in another order is a retry (200)', async () => {
    const entry = { ...warrants(), tags: ['mille', 'cliw-2023-06'] };
    const first = await api.post(entries, entry, 'dorset');
    expect(first.status).toBe(201);
    const again = await api.post(entries, { ...entry, tags: ['cliw-2023-06', 'mille'] }, 'dorset');
    expect([again.status, again.body]).toEqual([200, first.body]);
    const [event] = await api.sql(`SELECT data FROM events WHERE event_id = $1`, [entry.entryId]);
    expect(event.data.tags).toEqual(['cliw-2023-06', 'mille']);
  });
});
