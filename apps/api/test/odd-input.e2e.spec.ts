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
