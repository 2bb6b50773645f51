import { TestApi } from '../test-api';
import { FORCES, logDataSet, OPERATIONS } from './data-set';
import { occurredOn, oracleTotals, type OracleEntry } from '../../../../libs/testing/src/oracle';

let api: TestApi;
let entries: OracleEntry[];
let original: OracleEntry[];
let knownBeforeCorrections: string;
let publicationId: string;
let lastPosition: string;

const POPULATION: Record<string, number> = {
  'avon-and-somerset': 1760000,
  'devon-and-cornwall': 1810000,
  dorset: 779770,
  gloucestershire: 645076,
  wiltshire: 751542,
};

/** Reads a totals route once the read model has caught up with every write so far. */
const totals = (path: string, as: Parameters<TestApi['get']>[1] = 'analyst') =>
  api.get(`${path}${path.includes('?') ? '&' : '?'}minPosition=${lastPosition}&waitMs=10000`, as);

const find = (operation: string, phase: number, match: (body: any) => boolean) =>
  entries.find((e) => e.operation === operation && e.phase === phase && match(e.body))!;

const correct = async (entry: OracleEntry, changes: Record<string, unknown>) => {
  const body = { ...entry.body, ...changes };
  const answer = await api.post(
    `/api/operations/${entry.operation}/phases/${entry.phase}/entries/${entry.entryId}/correction`,
    { reason: 'final collated results', entry: body },
  );
  expect(answer.status).toBe(200);
  entry.body = body;
  lastPosition = answer.body.position;
};

const retract = async (entry: OracleEntry) => {
  const answer = await api.post(
    `/api/operations/${entry.operation}/phases/${entry.phase}/entries/${entry.entryId}/retraction`,
    { reason: 'logged twice' },
  );
  expect(answer.status).toBe(200);
  entry.retracted = true;
  lastPosition = answer.body.position;
};

beforeAll(async () => {
  api = await TestApi.start();
  ({ entries, lastPosition } = await logDataSet(api));
  original = entries.map((e) => ({ ...e, body: { ...e.body } }));
  expect((await totals('/api/summary')).status).toBe(200); // caught up
  knownBeforeCorrections = new Date().toISOString();
  const published = await api.post(
    '/api/publications',
    {
      title: 'Operation Scorpion phase 7: the results',
      scope: { operation: 'scorpion', phase: 7 },
    },
    'pcc',
  );
  expect(published.status).toBe(201);
  publicationId = published.body.id;
  await new Promise((resolve) => setTimeout(resolve, 50));

  await correct(
    find('scorpion', 7, (b) => b.force === 'dorset' && b.count === 17),
    { count: 18 },
  );
  await correct(
    find('scorpion', 1, (b) => b.item === 'class-a-drugs'),
    { quantity: 1300, unit: 'g', estimatedValueGBP: 110000 },
  );
  await correct(
    find('scorpion', 1, (b) => b.force === 'gloucestershire' && b.kind === 'arrest'),
    { kind: 'charge', offence: undefined },
  );
  await correct(
    find('scorpion', 2, (b) => b.ageGroup === 'child'),
    { count: 20, occurredAt: '2022-07-07T09:00:00Z' },
  );
  await retract(find('scorpion', 1, (b) => b.lineName === 'line 7'));
  await retract(find('viper', 1, (b) => b.item === 'class-b-drugs'));
}, 120_000);
afterAll(() => api.stop());

const where = (filter: (e: OracleEntry) => boolean, from = entries) =>
  oracleTotals(from.filter(filter));

describe('every totals route equals the oracle', () => {
  it('phase totals, and each force of the operation, zeros included', async () => {
    for (const operation of OPERATIONS)
      for (const [phase] of operation.phases) {
        const { status, body } = await totals(
          `/api/operations/${operation.id}/phases/${phase}/totals`,
        );
        expect(status).toBe(200);
        const inPhase = (e: OracleEntry) => e.operation === operation.id && e.phase === phase;
        expect(body.totals).toEqual(where(inPhase));
        expect(Object.keys(body.byForce)).toEqual([...operation.forces]);
        for (const force of operation.forces)
          expect([operation.id, phase, force, body.byForce[force]]).toEqual([
            operation.id,
            phase,
            force,
            where((e) => inPhase(e) && e.body.force === force),
          ]);
        expect(BigInt(body.projectedPosition)).toBeGreaterThanOrEqual(BigInt(lastPosition));
      }
  });

  it('operation totals, by phase and by force', async () => {
    for (const operation of OPERATIONS) {
      const { body } = await totals(`/api/operations/${operation.id}/totals`);
      const inOperation = (e: OracleEntry) => e.operation === operation.id;
      expect(body.totals).toEqual(where(inOperation));
      expect(body.byPhase).toEqual(
        operation.phases.map(([phase]) => ({
          phase,
          totals: where((e) => inOperation(e) && e.phase === phase),
        })),
      );
      for (const force of operation.forces)
        expect(body.byForce[force]).toEqual(where((e) => inOperation(e) && e.body.force === force));
    }
  });

  it('force totals, by operation and phase', async () => {
    for (const force of FORCES) {
      const { body } = await totals(`/api/forces/${force}/totals`);
      const ofForce = (e: OracleEntry) => e.body.force === force;
      expect(body.totals).toEqual(where(ofForce));
      const operations = OPERATIONS.filter((o) => (o.forces as readonly string[]).includes(force));
      expect(body.byOperation.map((o: any) => o.operation)).toEqual(
        operations.map((o) => o.id).sort(),
      );
      for (const item of body.byOperation) {
        expect(item.totals).toEqual(where((e) => ofForce(e) && e.operation === item.operation));
        for (const { phase, totals: phaseTotals } of item.byPhase)
          expect(phaseTotals).toEqual(
            where((e) => ofForce(e) && e.operation === item.operation && e.phase === phase),
          );
      }
    }
  });

  it('tag totals: everything logged with the tag', async () => {
    const { body } = await totals('/api/tags/cliw-2024-03/totals');
    const tagged = (e: OracleEntry) => (e.body.tags ?? []).includes('cliw-2024-03');
    expect(body.totals).toEqual(where(tagged));
    expect(body.totals.arrests).toBe(20 + 18 + 31);
    for (const force of FORCES)
      expect(body.byForce[force]).toEqual(where((e) => tagged(e) && e.body.force === force));
    expect(body.byOperation).toEqual([{ operation: 'scorpion', totals: where(tagged) }]);
  });

  it('the PCC summary, with rates per 1,000 population', async () => {
    const { body } = await totals('/api/summary', 'pcc');
    expect(body.regional).toEqual(where(() => true));
    expect(body.since).toBe('2022-03-07');
    expect(body.forces.map((f: any) => f.force)).toEqual(FORCES);
    for (const force of body.forces) {
      const expected = where((e) => e.body.force === force.force);
      expect(force.totals).toEqual(expected);
      expect(force.population).toBe(POPULATION[force.force]);
      const rate = (n: number) => Math.round((n / POPULATION[force.force]) * 1e6) / 1e3;
      const disruptions = Object.values(expected.disruptions as Record<string, number>).reduce(
        (a, b) => a + b,
        0,
      );
      expect(force.per1000).toEqual({
        arrests: rate(expected.arrests),
        disruptions: rate(disruptions),
        warrants: rate(expected.warrants),
        countyLinesClosed: rate(expected.countyLinesClosed),
      });
    }
    expect(body.operations).toEqual(
      OPERATIONS.map((o) => ({
        operation: o.id,
        name: o.name,
        totals: where((e) => e.operation === o.id),
      })).sort((a, b) => a.operation.localeCompare(b.operation)),
    );
  });
});

describe('figures as known at a moment, and as occurred in a window', () => {
  it('asOf before the corrections returns the figures as they were', async () => {
    const { body } = await totals(`/api/operations/scorpion/totals?asOf=${knownBeforeCorrections}`);
    expect(body.totals).toEqual(oracleTotals(original.filter((e) => e.operation === 'scorpion')));
    const now = await totals('/api/operations/scorpion/totals');
    expect(now.body.totals).not.toEqual(body.totals);
  });

  it('asOf before anything was recorded returns zeros', async () => {
    const { body } = await totals('/api/summary?asOf=2020-01-01T00:00:00Z');
    expect(body.regional).toEqual(oracleTotals([]));
  });

  it('from/to counts only what occurred in the window, corrections moved in or out of it', async () => {
    const { body } = await totals(
      '/api/operations/scorpion/phases/7/totals?from=2024-03-05&to=2024-03-07',
    );
    const inWindow = (e: OracleEntry) =>
      e.operation === 'scorpion' &&
      e.phase === 7 &&
      occurredOn(e) >= '2024-03-05' &&
      occurredOn(e) <= '2024-03-07';
    expect(body.totals).toEqual(where(inWindow));
    const moved = await totals(
      '/api/operations/scorpion/phases/2/totals?from=2022-07-07&to=2022-07-07',
    );
    expect(moved.body.totals.safeguarded.children).toBe(20);
  });

  it('asOf and a window together', async () => {
    const { body } = await totals(
      `/api/forces/dorset/totals?asOf=${knownBeforeCorrections}&from=2024-03-01&to=2024-03-31`,
    );
    expect(body.totals).toEqual(
      oracleTotals(
        original.filter(
          (e) =>
            e.body.force === 'dorset' &&
            occurredOn(e) >= '2024-03-01' &&
            occurredOn(e) <= '2024-03-31',
        ),
      ),
    );
  });
});

describe('publications', () => {
  it('keep the figures as published, and show later corrections as drift', async () => {
    const { status, body } = await api.get(`/api/publications/${publicationId}`, 'pcc');
    expect(status).toBe(200);
    const before = original.filter((e) => e.operation === 'scorpion' && e.phase === 7);
    expect(body.figures.totals).toEqual(oracleTotals(before));
    expect(body.publishedBy).toBe('pcc');
    const rate = (arrests: number) => Math.round((arrests / POPULATION.dorset) * 1e6) / 1e3;
    expect(body.drift).toEqual([
      { figure: 'byForce.dorset.arrests', published: 37, current: 38 },
      { figure: 'per1000.dorset.arrests', published: rate(37), current: rate(38) },
      { figure: 'totals.arrests', published: 37 + 31 + 13, current: 82 },
    ]);
    const listed = await api.get('/api/publications', 'analyst');
    expect(listed.body.map((p: any) => p.id)).toContain(publicationId);
  });

  it('refuse a phase without its operation (400), an unknown operation (404), and analysts and coordinators (403)', async () => {
    expect(
      (await api.post('/api/publications', { title: 'x', scope: { phase: 7 } }, 'pcc')).status,
    ).toBe(400);
    expect(
      (await api.post('/api/publications', { title: 'x', scope: { operation: 'nope' } }, 'pcc'))
        .status,
    ).toBe(404);
    expect((await api.post('/api/publications', { title: 'x', scope: {} }, 'analyst')).status).toBe(
      403,
    );
    expect((await api.post('/api/publications', { title: 'x', scope: {} }, 'dorset')).status).toBe(
      403,
    );
    expect((await api.get('/api/publications/00000000-0000-4000-8000-000000000000')).status).toBe(
      404,
    );
  });
});

describe('CSV', () => {
  it('gives the same figures, one row per force, with a header row', async () => {
    const json = (await totals('/api/operations/scorpion/phases/7/totals')).body;
    for (const request of [
      () => api.get(`/api/operations/scorpion/phases/7/totals?format=csv`),
      () =>
        api.request('GET', '/api/operations/scorpion/phases/7/totals', {
          as: 'analyst',
          csvAccept: true,
        } as any),
    ]) {
      const { status, body } = await request();
      expect(status).toBe(200);
      const [header, ...rows] = (body as string)
        .trim()
        .split('\r\n')
        .map((line) => line.split(','));
      expect(header.slice(0, 4)).toEqual(['force', 'entries', 'warrants', 'arrests']);
      expect(header).toContain('cash quantity (GBP)');
      expect(rows.map((r) => r[0])).toEqual(FORCES);
      const dorset = rows.find((r) => r[0] === 'dorset')!;
      expect(Number(dorset[header.indexOf('arrests')])).toBe(json.byForce.dorset.arrests);
      expect(Number(dorset[header.indexOf('cash quantity (GBP)')])).toBe(18000);
    }
  });
});

describe('Accept, weighed as HTTP says', () => {
  it.each([
    ['text/csv', 'text/csv'],
    ['TEXT/CSV', 'text/csv'],
    ['text/csv;q=0.9, application/json;q=0.5', 'text/csv'],
    ['application/json, text/csv;q=0.1', 'application/json'],
    ['*/*', 'application/json'],
    ['image/png', 'application/json'],
  ])('Accept: %s answers %s', async (accept, type) => {
    const answer = await api.request('GET', '/api/summary', {
      as: 'analyst',
      headers: { accept },
    });
    expect([answer.status, answer.headers.get('content-type')]).toEqual([
      200,
      expect.stringContaining(type),
    ]);
  });
});

describe('read-your-writes', () => {
  it('waits for the position a write answered, and says how far it got', async () => {
    const answer = await api.post('/api/operations/ragwort/phases/1/entries', {
      entryId: '6a0f4a2e-1b1c-4a9e-8f00-0000000000aa',
      force: 'dorset',
      kind: 'vehicle-stop',
      count: 40,
      occurredAt: '2023-11-10T10:00:00Z',
    });
    const { body } = await api.get(
      `/api/operations/ragwort/phases/1/totals?minPosition=${answer.body.position}&waitMs=5000`,
    );
    expect(BigInt(body.projectedPosition)).toBeGreaterThanOrEqual(BigInt(answer.body.position));
    expect(body.byForce.dorset.vehicleStops).toBe(40);
    entries.push({
      entryId: answer.body.entryId,
      operation: 'ragwort',
      phase: 1,
      body: {
        force: 'dorset',
        kind: 'vehicle-stop',
        count: 40,
        occurredAt: '2023-11-10T10:00:00Z',
      },
      retracted: false,
    });
    lastPosition = answer.body.position;
  });
});

describe('bad queries are refused', () => {
  it.each([
    ['/api/summary?asOf=yesterday', 400],
    ['/api/summary?asOf=1999-12-31T23:59:59Z', 400],
    ['/api/summary?asOf=2100-01-01T00:30:00%2B00:30', 400],
    ['/api/summary?from=2024-02-30', 400],
    ['/api/summary?from=2024-03-10&to=2024-03-01', 400],
    ['/api/summary?waitMs=20000&minPosition=1', 400],
    ['/api/summary?minPosition=abc', 400],
    ['/api/summary?format=xml', 400],
    ['/api/summary?colour=red', 400],
    ['/api/operations/nope/totals', 404],
    ['/api/operations/scorpion/phases/99/totals', 404],
    ['/api/forces/kent/totals', 404],
    ['/api/tags/Not%20A%20Tag/totals', 400],
  ])('%s → %i', async (path, status) => {
    const answer = await api.get(path, 'analyst');
    expect([answer.status, answer.body.statusCode]).toEqual([status, status]);
  });

  it('needs a token', async () => {
    expect((await api.get('/api/summary', null)).status).toBe(401);
  });
});
