import { randomUUID } from 'node:crypto';
import { FIVE_FORCES } from '../fixtures';
import { TestApi } from '../test-api';

/**
 * Rates per 1,000 can be reproduced: population estimates are events, so `asOf` and
 * publications show the rates that were shown then, and the CSV carries them.
 */
let api: TestApi;
let lastPosition = '0';
let knownBeforeNewEstimate: string;

const rate = (count: number, population: number) => Math.round((count / population) * 1e6) / 1e3;

const summary = async (query = '', as: Parameters<TestApi['get']>[1] = 'pcc') =>
  (await api.get(`/api/summary?minPosition=${lastPosition}&waitMs=10000${query}`, as)).body;
const dorsetIn = (body: any) => body.forces.find((f: any) => f.force === 'dorset');

beforeAll(async () => {
  api = await TestApi.start();
  await api.post('/api/operations', {
    id: 'scorpion',
    name: 'Operation Scorpion',
    scope: 'regional',
    forces: FIVE_FORCES,
  });
  await api.post('/api/operations', {
    id: 'wiltshire-op',
    name: 'Wiltshire’s own',
    scope: 'force',
    forces: ['wiltshire'],
  });
  await api.post('/api/operations/scorpion/phases', { number: 7, startsOn: '2024-03-04' });
  const answer = await api.post('/api/operations/scorpion/phases/7/entries', {
    entryId: randomUUID(),
    kind: 'arrest',
    count: 37,
    force: 'dorset',
    occurredAt: '2024-03-05T10:00:00Z',
  });
  lastPosition = answer.body.position;
  await summary();
  knownBeforeNewEstimate = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 20));
}, 60_000);
afterAll(() => api.stop());

const estimate = async (body: Record<string, unknown>, force = 'dorset') => {
  const answer = await api.request('PUT', `/api/forces/${force}/population`, { body });
  if (answer.status === 200) lastPosition = answer.body.position;
  return answer;
};

describe('population estimates are events', () => {
  it('starts from the published estimates, each applying from 2000', async () => {
    const dorset = dorsetIn(await summary());
    expect(dorset).toMatchObject({
      population: 779770,
      populationSource: 'Dorset Council + BCP Council',
    });
    expect(dorset.per1000.arrests).toBe(rate(37, 779770));
  });

  it('records a new estimate as an event; a repeat of it records nothing', async () => {
    const body = { population: 800000, source: 'ONS mid-2024 estimates' };
    const before = await api.eventCount();
    const first = await estimate(body);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      id: 'dorset',
      population: 800000,
      populationSource: body.source,
    });
    expect(await api.eventCount()).toBe(before + 1);
    expect(
      (await estimate({ ...body, appliesFrom: first.body.populationAppliesFrom })).status,
    ).toBe(200);
    expect(await api.eventCount()).toBe(before + 1);
    const [event] = await api.sql(
      `SELECT event_type, data, metadata FROM events WHERE stream_name = 'force-dorset' ORDER BY position DESC LIMIT 1`,
    );
    expect([event.event_type, event.data.population, event.metadata.recordedBy]).toEqual([
      'PopulationEstimated',
      800000,
      'admin',
    ]);
    const dorset = dorsetIn(await summary());
    expect([dorset.population, dorset.per1000.arrests]).toEqual([800000, rate(37, 800000)]);
  });

  it('reproduces the rates as known before the new estimate with asOf', async () => {
    const dorset = dorsetIn(await summary(`&asOf=${knownBeforeNewEstimate}`));
    expect([dorset.population, dorset.per1000.arrests]).toEqual([779770, rate(37, 779770)]);
  });

  it('uses, for a window, the estimate that applied on its last day', async () => {
    await estimate({
      population: 790000,
      source: 'ONS mid-2023 estimates',
      appliesFrom: '2024-01-01',
    });
    expect(dorsetIn(await summary('&from=2023-01-01&to=2023-12-31')).population).toBe(779770);
    expect(dorsetIn(await summary('&from=2024-01-01&to=2024-06-30')).population).toBe(790000);
  });

  it('lists each force with the estimate that applies today', async () => {
    const { body } = await api.get('/api/forces', 'analyst');
    expect(body.find((f: any) => f.id === 'dorset')).toMatchObject({ population: 800000 });
  });

  it.each([
    [{ population: 0, source: 'x y z' }, 'population must not be less than 1'],
    [{ population: 100_000_001, source: 'x y z' }, 'population must not be greater than'],
    [{ population: 1.5, source: 'x y z' }, 'population must be an integer'],
    [{ population: 800000, source: 'x' }, 'source must be'],
    [
      { population: 800000, source: 'ONS', appliesFrom: '1999-06-30' },
      'appliesFrom must be a real date',
    ],
  ])('refuses %j (400), storing nothing', async (body, message) => {
    const before = await api.stored();
    const { status, body: error } = await api.request('PUT', '/api/forces/dorset/population', {
      body,
    });
    expect([status, JSON.stringify(error.message)]).toEqual([
      400,
      expect.stringContaining(message),
    ]);
    expect(await api.stored()).toEqual(before);
  });
});

describe('the summary as CSV', () => {
  it('carries each force’s population and rates per 1,000, as the JSON does', async () => {
    const json = await summary();
    const csv: string = (await api.get(`/api/summary?format=csv`, 'pcc')).body;
    const [header, ...rows] = csv
      .trim()
      .split('\r\n')
      .map((line) => line.split(','));
    expect(header.slice(0, 6)).toEqual([
      'force',
      'population',
      'arrestsPer1000',
      'disruptionsPer1000',
      'warrantsPer1000',
      'countyLinesClosedPer1000',
    ]);
    for (const force of json.forces) {
      const row = rows.find((r) => r[0] === force.force)!;
      expect(row.slice(1, 6).map(Number)).toEqual([
        force.population,
        force.per1000.arrests,
        force.per1000.disruptions,
        force.per1000.warrants,
        force.per1000.countyLinesClosed,
      ]);
    }
  });
});

describe('publications', () => {
  it('publish the whole collaboration summary, rates included, when no scope is given', async () => {
    const { status, body } = await api.post('/api/publications', { title: 'The region' }, 'pcc');
    expect(status).toBe(201);
    expect(dorsetIn(body.figures)).toMatchObject({
      population: 800000,
      per1000: { arrests: rate(37, 800000) },
    });
    expect(body.figures.regional.arrests).toBe(37);
    const later = await api.get(`/api/publications/${body.id}`, 'pcc');
    expect(later.body.drift).toEqual([]);
  });

  it('freeze the rates: a later estimate for the same day shows as drift, with both values', async () => {
    const published = await api.post(
      '/api/publications',
      { title: 'Dorset, phase 7', scope: { operation: 'scorpion', phase: 7, force: 'dorset' } },
      'pcc',
    );
    expect(published.body.figures.per1000.dorset).toEqual({
      population: 800000,
      arrests: rate(37, 800000),
      disruptions: 0,
      warrants: 0,
      countyLinesClosed: 0,
    });
    await estimate({ population: 400000, source: 'ONS, corrected' });
    await summary();
    const { body } = await api.get(`/api/publications/${published.body.id}`, 'pcc');
    expect(body.drift).toEqual([
      { figure: 'per1000.dorset.arrests', published: rate(37, 800000), current: rate(37, 400000) },
      { figure: 'per1000.dorset.population', published: 800000, current: 400000 },
    ]);
  });

  it('let a PCC publish regional scopes and their own force’s, not another force’s alone (403)', async () => {
    const publish = (scope: object) => api.post('/api/publications', { title: 't', scope }, 'pcc');
    expect((await publish({ force: 'dorset' })).status).toBe(201);
    expect((await publish({ operation: 'scorpion' })).status).toBe(201);
    const before = await api.stored();
    expect((await publish({ force: 'wiltshire' })).status).toBe(403);
    expect((await publish({ operation: 'scorpion', force: 'wiltshire' })).status).toBe(403);
    expect((await publish({ operation: 'wiltshire-op' })).status).toBe(403);
    expect(await api.stored()).toEqual(before);
    expect(
      (await api.post('/api/publications', { title: 't', scope: { force: 'wiltshire' } }, 'admin'))
        .status,
    ).toBe(201);
  });

  it('refuse a window whose from is after its to (400), as the totals routes do', async () => {
    const { status, body } = await api.post(
      '/api/publications',
      { title: 't', scope: { from: '2024-03-10', to: '2024-03-01' } },
      'pcc',
    );
    expect([status, body.message]).toEqual([400, ['scope.from must not be after scope.to']]);
  });
});
