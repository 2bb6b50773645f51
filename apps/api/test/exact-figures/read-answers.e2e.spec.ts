import { randomUUID } from 'node:crypto';
import { PostgresEventStore } from '@ros/event-store';
import { oracleTotals, type OracleEntry } from '../../../../libs/testing/src/oracle';
import { registerScorpionPhase5 } from '../fixtures';
import { TestApi } from '../test-api';

/** What the totals routes answer: exact sums, every seizure counted, and honest waiting. */
let api: TestApi;
let entries: string;
let lastPosition = '0';
const logged: OracleEntry[] = [];

const log = async (body: Record<string, unknown>) => {
  const entry = {
    entryId: randomUUID(),
    force: 'dorset',
    occurredAt: '2023-06-28T10:00:00Z',
    ...body,
  };
  const answer = await api.post(entries, entry, 'dorset');
  expect(answer.status).toBe(201);
  logged.push({
    entryId: entry.entryId,
    operation: 'scorpion',
    phase: 5,
    body: entry,
    retracted: false,
  });
  lastPosition = answer.body.position;
};

const phaseTotals = (query = '') =>
  api.get(
    `/api/operations/scorpion/phases/5/totals?minPosition=${lastPosition}&waitMs=10000${query}`,
    'analyst',
  );

beforeAll(async () => {
  api = await TestApi.start();
  entries = await registerScorpionPhase5(api);
  for (let i = 0; i < 10; i++)
    await log({
      kind: 'seizure',
      item: 'cash',
      quantity: 0.1,
      unit: 'GBP',
      estimatedValueGBP: 0.07,
    });
  await log({
    kind: 'seizure',
    item: 'class-a-drugs',
    quantity: 1.234,
    unit: 'kg',
    estimatedValueGBP: 0.01,
  });
  await log({ kind: 'seizure', item: 'class-a-drugs', quantity: 0.001, unit: 'g' });
  await log({ kind: 'seizure', item: 'cash', quantity: 100_000_000, unit: 'GBP' });
  await log({
    kind: 'seizure',
    item: 'class-b-drugs',
    quantity: 10_000,
    unit: 'kg',
    estimatedValueGBP: 1_000_000_000,
  });
}, 60_000);
afterAll(() => api.stop());

describe('figures are exact, to the penny and the milligram', () => {
  it('sums ten £0.10 seizures to £1 and ten 7p values to 70p, where floating point would drift', async () => {
    const { body } = await phaseTotals();
    expect(body.totals).toEqual(oracleTotals(logged));
    expect(body.totals.seizures.cash).toEqual({
      seizures: 11,
      quantity: 100_000_001,
      unit: 'GBP',
      estimatedValueGBP: 0.7,
    });
    expect(body.totals.seizures['class-a-drugs']).toEqual({
      seizures: 2,
      quantity: 1234.001,
      unit: 'g',
      estimatedValueGBP: 0.01,
    });
    expect(body.totals.estimatedValueGBP).toBe(1_000_000_000.71);
  });

  it('never prints null, NaN or Infinity for a figure, in JSON or CSV', async () => {
    const json = await api.request('GET', `/api/operations/scorpion/phases/5/totals`, {
      as: 'analyst',
    });
    const csv = await api.get('/api/operations/scorpion/phases/5/totals?format=csv', 'analyst');
    for (const text of [JSON.stringify(json.body), csv.body as string])
      expect(text).not.toMatch(/null|NaN|Infinity/);
  });

  it('gives the number of seizures of each item in JSON and CSV', async () => {
    const { body } = await api.get(
      '/api/operations/scorpion/phases/5/totals?format=csv',
      'analyst',
    );
    const [header, ...rows] = (body as string)
      .trim()
      .split('\r\n')
      .map((line) => line.split(','));
    const dorset = rows.find((row) => row[0] === 'dorset')!;
    expect(Number(dorset[header.indexOf('cash seizures')])).toBe(11);
    expect(Number(dorset[header.indexOf('class-a-drugs seizures')])).toBe(2);
    expect(Number(dorset[header.indexOf('cash quantity (GBP)')])).toBe(100_000_001);
  });
});

describe('read-your-writes says whether it got there', () => {
  it('answers minPositionReached: true, and the header, when the figures include the position', async () => {
    const answer = await phaseTotals();
    expect(answer.body.minPositionReached).toBe(true);
    expect(answer.headers.get('x-min-position-reached')).toBe('true');
  });

  it('answers minPositionReached: false when the wait ran out first, in JSON and CSV', async () => {
    const ahead = (BigInt(lastPosition) + 10n ** 15n).toString();
    const json = await api.get(`/api/summary?minPosition=${ahead}&waitMs=50`, 'analyst');
    expect([json.status, json.body.minPositionReached]).toEqual([200, false]);
    expect(json.headers.get('x-min-position-reached')).toBe('false');
    const csv = await api.get(`/api/summary?minPosition=${ahead}&waitMs=0&format=csv`, 'analyst');
    expect(csv.headers.get('x-min-position-reached')).toBe('false');
  });

  it('says nothing of it when no position was asked for', async () => {
    const answer = await api.get('/api/summary', 'analyst');
    expect(answer.body).not.toHaveProperty('minPositionReached');
    expect(answer.headers.get('x-min-position-reached')).toBeNull();
  });
});

describe('health', () => {
  it('reports a degraded status when a projection has parked an event it could not apply', async () => {
    expect((await api.get('/api/health', null)).body.status).toBe('ok');
    // An event written by some other program, bypassing the API's bounds: no total can hold it.
    const store = new PostgresEventStore({ connectionString: api.database.url });
    try {
      const [{ position }] = (
        await store.appendToStream(
          'entries-scorpion_5_dorset',
          [
            {
              id: randomUUID(),
              type: 'WarrantExecuted',
              data: {
                operation: 'scorpion',
                phase: 5,
                entryId: randomUUID(),
                force: 'dorset',
                occurredAt: '2023-06-28T10:00:00.000Z',
                count: 1e300,
              },
              metadata: { schemaVersion: 1 },
            },
          ],
          { expectedRevision: 'any' },
        )
      ).positions.map((p) => ({ position: p.toString() }));
      lastPosition = position;
    } finally {
      await store.close();
    }
    await phaseTotals();
    const { status, body } = await api.get('/api/health', null);
    expect([status, body.status, body.parkedEvents]).toEqual([200, 'degraded', 1]);
  });
});
