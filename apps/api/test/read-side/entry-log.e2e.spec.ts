import { registerScorpionPhase5, warrants } from '../fixtures';
import { TestApi } from '../test-api';

let api: TestApi;
let path: string;
let lastPosition = '0';
const logged: Record<string, string[]> = { dorset: [], wiltshire: [] };

const list = (query: string, as: Parameters<TestApi['get']>[1]) =>
  api.get(`${path}?${query}${query ? '&' : ''}`, as).then(async (answer) => answer);

beforeAll(async () => {
  api = await TestApi.start();
  path = await registerScorpionPhase5(api);
  for (const force of ['dorset', 'wiltshire', 'dorset', 'dorset', 'wiltshire'] as const) {
    const entry = warrants(1, force);
    const answer = await api.post(path, entry);
    logged[force].push(entry.entryId);
    lastPosition = answer.body.position;
  }
  const [first] = logged.dorset;
  const { entryId: _id, ...body } = warrants(3, 'dorset');
  lastPosition = (
    await api.post(`${path}/${first}/correction`, { reason: 'recount', entry: body }, 'dorset')
  ).body.position;
  lastPosition = (
    await api.post(
      `${path}/${logged.wiltshire[0]}/retraction`,
      { reason: 'duplicate' },
      'wiltshire',
    )
  ).body.position;
  // the entry log is projected too: wait until the totals have caught up, then a little
  await api.get(`/api/summary?minPosition=${lastPosition}&waitMs=10000`);
  await new Promise((resolve) => setTimeout(resolve, 300));
}, 60_000);
afterAll(() => api.stop());

describe('the entry log', () => {
  it('shows analysts every force’s entries, as they stand, with their history', async () => {
    const { status, body } = await list('', 'analyst');
    expect(status).toBe(200);
    expect(body.items).toHaveLength(5);
    const corrected = body.items.find((i: any) => i.entryId === logged.dorset[0]);
    expect(corrected).toMatchObject({
      force: 'dorset',
      kind: 'warrant',
      status: 'corrected',
      current: { count: 3 },
      recordedBy: 'admin',
    });
    expect(corrected.history.map((h: any) => [h.change, h.recordedBy])).toEqual([
      ['logged', 'admin'],
      ['corrected', 'dorset'],
    ]);
    expect(corrected.history[1].reason).toBe('recount');
    const retracted = body.items.find((i: any) => i.entryId === logged.wiltshire[0]);
    expect(retracted.status).toBe('retracted');
  });

  it('filters by force, kind and status', async () => {
    expect((await list('force=wiltshire', 'analyst')).body.items).toHaveLength(2);
    expect(
      (await list('status=retracted', 'analyst')).body.items.map((i: any) => i.entryId),
    ).toEqual([logged.wiltshire[0]]);
    expect((await list('kind=arrest', 'analyst')).body.items).toHaveLength(0);
  });

  it('pages with limit and cursor, in the order entries were recorded', async () => {
    const first = await list('limit=2', 'admin');
    expect(first.body.items).toHaveLength(2);
    const second = await list(`limit=2&cursor=${first.body.nextCursor}`, 'admin');
    const third = await list(`limit=2&cursor=${second.body.nextCursor}`, 'admin');
    expect(third.body.nextCursor).toBeNull();
    const ids = [...first.body.items, ...second.body.items, ...third.body.items].map(
      (i: any) => i.entryId,
    );
    expect(new Set(ids).size).toBe(5);
  });

  it('shows a coordinator their own force only, and refuses another force (403) and PCCs (403)', async () => {
    const own = await list('', 'dorset');
    expect(own.body.items.map((i: any) => i.force)).toEqual(['dorset', 'dorset', 'dorset']);
    expect((await list('force=wiltshire', 'dorset')).status).toBe(403);
    expect((await list('', 'pcc')).status).toBe(403);
  });

  it('refuses bad parameters (400) and an unknown phase (404)', async () => {
    expect((await list('limit=0', 'analyst')).status).toBe(400);
    expect((await list('limit=5000', 'analyst')).status).toBe(400);
    expect((await list('status=deleted', 'analyst')).status).toBe(400);
    expect((await list('cursor=!!', 'analyst')).status).toBe(400);
    expect((await api.get('/api/operations/scorpion/phases/9/entries', 'analyst')).status).toBe(
      404,
    );
  });
});

describe('forces and their population', () => {
  it('lists the five forces with population and source', async () => {
    const { body } = await api.get('/api/forces', 'pcc');
    expect(body.map((f: any) => f.id)).toEqual([
      'avon-and-somerset',
      'devon-and-cornwall',
      'dorset',
      'gloucestershire',
      'wiltshire',
    ]);
    expect(body.find((f: any) => f.id === 'dorset')).toEqual({
      id: 'dorset',
      name: 'Dorset Police',
      population: 779770,
      populationSource: 'Dorset Council + BCP Council',
      populationAppliesFrom: '2000-01-01',
    });
  });

  it('lets an admin update a population, which the summary’s rates then use', async () => {
    const update = { population: 800000, source: 'ONS mid-2024 estimates, Dorset Council + BCP' };
    expect(
      (await api.request('PUT', '/api/forces/dorset/population', { body: update, as: 'pcc' }))
        .status,
    ).toBe(403);
    expect(
      (
        await api.request('PUT', '/api/forces/dorset/population', {
          body: { population: -1, source: 'x' },
        })
      ).status,
    ).toBe(400);
    expect((await api.request('PUT', '/api/forces/kent/population', { body: update })).status).toBe(
      404,
    );
    const { status, body } = await api.request('PUT', '/api/forces/dorset/population', {
      body: update,
    });
    expect([status, body.population, body.populationSource]).toEqual([200, 800000, update.source]);
    const summary = await api.get(`/api/summary?minPosition=${body.position}&waitMs=10000`, 'pcc');
    const dorset = summary.body.forces.find((f: any) => f.force === 'dorset');
    expect(dorset.population).toBe(800000);
    expect(dorset.per1000.warrants).toBe(Math.round((dorset.totals.warrants / 800000) * 1e6) / 1e3);
  });
});

describe('operating the read side', () => {
  it('reports projection progress in health and Prometheus metrics', async () => {
    const health = await api.get('/api/health', null);
    expect(health.body).toMatchObject({ status: 'ok', parkedEvents: 0 });
    const metrics = await api.request('GET', '/metrics', { as: null });
    expect(metrics.status).toBe(200);
    expect(metrics.body).toContain('ros_events_projected_total{projection="totals"}');
    expect(metrics.body).toContain('ros_projection_lag_seconds{projection="entry-log"}');
    expect(metrics.body).toMatch(
      /ros_http_request_duration_seconds_bucket\{.*route="\/api\/operations\/:op\/phases\/:n\/entries"/,
    );
  });
});
